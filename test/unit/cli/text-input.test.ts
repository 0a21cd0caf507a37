import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../cli/text-input';

const TEXT = 'Our café’s payments failed — I rolled back.';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    expect(decodeText(utf8, 'a.txt')).toEqual({ text: TEXT, notice: null });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(decodeText(bom, 'a.txt')).toEqual({ text: TEXT, notice: null });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark, and without one', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a.txt')).toEqual({
      text: TEXT,
      notice: null,
    });
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.txt')).toEqual({
      text: TEXT,
      notice: null,
    });
    expect(decodeText(le, 'a.txt')).toEqual({
      text: TEXT,
      notice: 'Read a.txt as UTF-16 (no byte-order mark).',
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a notice', () => {
    const latin = Buffer.from('café, naïve, 50 € saved', 'latin1');
    latin[latin.length - 7] = 0x80; // the euro sign in Windows-1252
    expect(decodeText(latin, 'old.txt')).toEqual({
      text: 'café, naïve, 50 € saved',
      notice:
        'old.txt is not UTF-8, so it was read as Latin-1 (Windows-1252). If letters look wrong in the report, save the file as UTF-8 and run again.',
    });
  });

  it('calls bytes with scattered zeros binary', () => {
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    expect(decodeText(binary, 'a.png')).toEqual({ binary: true });
  });
});
