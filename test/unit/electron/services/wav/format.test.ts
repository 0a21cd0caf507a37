import { describe, expect, it } from 'vitest';
import {
  MAX_WAV_DATA_BYTES,
  buildWavHeader,
  pcmDurationSec,
} from '../../../../../electron/services/wav/format';
import { parseWavHeader } from '../../../../../electron/services/wav/probe';

describe('buildWavHeader', () => {
  it('writes every field of a 16 kHz mono 16-bit PCM header, byte by byte', () => {
    const h = buildWavHeader(16000, 32000);
    expect(h.length).toBe(44);
    const expected = Buffer.concat([
      Buffer.from('RIFF', 'latin1'),
      Buffer.from([0x24, 0x7d, 0x00, 0x00]), // 36 + 32000 = 32036 = 0x7d24
      Buffer.from('WAVEfmt ', 'latin1'),
      Buffer.from([0x10, 0, 0, 0]), // fmt chunk: 16 bytes
      Buffer.from([0x01, 0x00]), // PCM
      Buffer.from([0x01, 0x00]), // mono
      Buffer.from([0x80, 0x3e, 0x00, 0x00]), // 16000 Hz
      Buffer.from([0x00, 0x7d, 0x00, 0x00]), // byte rate 32000
      Buffer.from([0x02, 0x00]), // block align 2
      Buffer.from([0x10, 0x00]), // 16 bits
      Buffer.from('data', 'latin1'),
      Buffer.from([0x00, 0x7d, 0x00, 0x00]), // 32000 bytes of samples
    ]);
    expect([...h]).toEqual([...expected]);
  });

  it('writes an empty data chunk as RIFF size 36 and data size 0', () => {
    const h = buildWavHeader(16000, 0);
    expect(h.readUInt32LE(4)).toBe(36);
    expect(h.readUInt32LE(40)).toBe(0);
  });

  it('refuses sizes a 32-bit RIFF header cannot describe', () => {
    expect(() => buildWavHeader(16000, -2)).toThrow(RangeError);
    expect(() => buildWavHeader(16000, 1.5)).toThrow(RangeError);
    expect(() => buildWavHeader(16000, MAX_WAV_DATA_BYTES + 1)).toThrow(RangeError);
    expect(buildWavHeader(16000, MAX_WAV_DATA_BYTES).readUInt32LE(4)).toBe(0xffffffff - 1);
  });
});

describe('parseWavHeader', () => {
  it('reads back what buildWavHeader wrote', () => {
    expect(parseWavHeader(buildWavHeader(16000, 1234))).toMatchObject({
      riffSize: 36 + 1234,
      formatTag: 1,
      channels: 1,
      sampleRate: 16000,
      byteRate: 32000,
      blockAlign: 2,
      bitsPerSample: 16,
      dataSize: 1234,
    });
  });

  it('says what is wrong with headers that are not ours', () => {
    const cut = buildWavHeader(16000, 0).subarray(0, 30);
    expect(parseWavHeader(cut)).toEqual({
      problem: 'not-ours',
      why: 'it is shorter than a WAV header',
    });
    const zeroed = Buffer.alloc(44);
    expect(parseWavHeader(zeroed)).toEqual({
      problem: 'not-ours',
      why: 'it does not start with RIFF/WAVE',
    });
    const stereo = buildWavHeader(16000, 0);
    stereo.writeUInt16LE(2, 22);
    expect(parseWavHeader(stereo)).toEqual({
      problem: 'not-ours',
      why: 'it is not mono 16-bit PCM',
    });
    const listFirst = buildWavHeader(16000, 0);
    listFirst.write('LIST', 36, 'latin1');
    expect(parseWavHeader(listFirst)).toEqual({
      problem: 'not-ours',
      why: 'its header is not the layout Rehearse writes',
    });
  });
});

describe('pcmDurationSec', () => {
  it('counts whole 16-bit samples only', () => {
    expect(pcmDurationSec(32000, 16000)).toBe(1);
    expect(pcmDurationSec(32001, 16000)).toBe(1);
    expect(pcmDurationSec(3, 16000)).toBe(1 / 16000);
  });
});
