import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transcriptSchema } from '../../../../shared/transcript';
import { buildTranscript } from '../../../../shared/whisper/build-transcript';
import { parseWhisperJson } from '../../../../shared/whisper/whisper-json';

// Captured from whisper-cli 1.9.1 -ojf with the converted tiny.en model on jfk.wav (no prompt).
const raw = readFileSync(new URL('./fixtures/jfk-tiny-en.ojf.json', import.meta.url), 'utf8');

describe('whisper-cli 1.9.1 full JSON output', () => {
  it('becomes a transcript with one word per spoken word, timed from the token offsets', () => {
    const t = buildTranscript(parseWhisperJson(raw), {
      audioDurationSec: 11.088,
      model: 'ggml-tiny.en.bin',
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    expect(transcriptSchema.safeParse(t).success).toBe(true);
    expect(t.text).toBe(
      'And so, my fellow Americans, ask not what your country can do for you, ask what you can do for your country.',
    );
    expect(t.words).toHaveLength(22);
    expect(t.words.map((w) => w.text).slice(0, 5)).toEqual([
      'And',
      'so',
      'my',
      'fellow',
      'Americans',
    ]);
    // "so" ends with its own token, not with the comma timed over the pause after it.
    expect(t.words[1]).toMatchObject({ start: 0.43, end: 0.62 });
    expect(t.words[2]).toMatchObject({ start: 0.86, end: 1.08 });
    expect(t.words.every((w) => w.p > 0 && w.p <= 1)).toBe(true);
    expect(t.segments).toHaveLength(1);
  });
});
