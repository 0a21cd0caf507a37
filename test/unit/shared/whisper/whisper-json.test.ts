import { describe, expect, it } from 'vitest';
import { parseWhisperJson, repairWhisperJson } from '../../../../shared/whisper/whisper-json';

const sample = (tokenText: string, p = '0.9') => `{
\t"systeminfo": "AVX = 1",
\t"result": {
\t\t"language": "en"
\t},
\t"transcription": [
\t\t{
\t\t\t"timestamps": { "from": "00:00:00,000", "to": "00:00:02,000" },
\t\t\t"offsets": { "from": 0, "to": 2000 },
\t\t\t"text": "${tokenText}",
\t\t\t"tokens": [
\t\t\t\t{ "text": "${tokenText}", "offsets": { "from": 0, "to": 900 }, "id": 17, "p": ${p}, "t_dtw": -1 }
\t\t\t]
\t\t}
\t]
}`;

describe('parseWhisperJson', () => {
  it('reads segments, tokens, offsets and probabilities', () => {
    const out = parseWhisperJson(sample(' Hello'));
    expect(out.result?.language).toBe('en');
    expect(out.transcription[0]!.tokens![0]).toMatchObject({ text: ' Hello', id: 17, p: 0.9 });
    expect(out.transcription[0]!.tokens![0]!.offsets).toEqual({ from: 0, to: 900 });
  });

  it('repairs raw control characters inside strings', () => {
    const out = parseWhisperJson(sample(' a\tb\u0001'));
    expect(out.transcription[0]!.text).toBe(' a\tb\u0001');
  });

  it('repairs probabilities printed as nan or inf', () => {
    expect(parseWhisperJson(sample(' x', 'nan')).transcription[0]!.tokens![0]!.p).toBe(0);
    expect(parseWhisperJson(sample(' x', '-inf')).transcription[0]!.tokens![0]!.p).toBe(0);
  });

  it('leaves words like "infinite" and "banana" inside strings alone', () => {
    expect(repairWhisperJson('{"t": "nan infinite"}')).toBe('{"t": "nan infinite"}');
  });

  it('explains a file that is not JSON', () => {
    expect(() => parseWhisperJson('{"transcription": [')).toThrow(/cannot be read/);
  });

  it('explains JSON of the wrong shape', () => {
    expect(() => parseWhisperJson('{"transcription": [{"text": 1}]}')).toThrow(/unexpected shape/);
  });

  it('accepts output without tokens (plain -oj)', () => {
    const out = parseWhisperJson(
      '{"transcription": [{"offsets": {"from": 0, "to": 10}, "text": " Hi"}]}',
    );
    expect(out.transcription[0]!.tokens).toBeUndefined();
  });
});
