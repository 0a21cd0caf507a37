import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transcriptSchema } from '../../../../shared/transcript';
import { bareSpan, buildTranscript } from '../../../../shared/whisper/build-transcript';
import type { WhisperOutput } from '../../../../shared/whisper/whisper-json';
import { segment } from './make-segment';

const meta = {
  audioDurationSec: 10,
  model: 'ggml-tiny.en.bin',
  createdAt: '2025-01-01T00:00:00.000Z',
};

const jfkLike: WhisperOutput = {
  result: { language: 'en' },
  transcription: [
    segment(
      [
        ['[_BEG_]', 0, 0, 1],
        [' And', 320, 370, 0.8],
        [' so', 370, 580, 0.9],
        [' my', 580, 800, 0.95],
        [' fellow', 800, 1100, 0.9],
        [' Americans', 1100, 1500, 0.9],
        [',', 1500, 1500, 0.99],
        ['[_TT_150]', 1500, 1500, 0.5],
      ],
      0,
      1500,
    ),
    segment(
      [
        [' ask', 1600, 1800, 0.9],
        [' not', 1800, 2100, 0.9],
        ['.', 2100, 2100, 0.99],
      ],
      1500,
      2200,
    ),
  ],
};

describe('buildTranscript', () => {
  it('joins segments and gives every word its span in the text', () => {
    const t = buildTranscript(jfkLike, meta);
    expect(t.text).toBe('And so my fellow Americans, ask not.');
    expect(t.words.map((w) => w.text)).toEqual([
      'And',
      'so',
      'my',
      'fellow',
      'Americans',
      'ask',
      'not',
    ]);
    for (const w of t.words) expect(t.text.slice(w.charStart, w.charEnd)).toBe(w.text);
    expect(t.segments.map((s) => s.text)).toEqual(['And so my fellow Americans,', 'ask not.']);
    expect(t.noSpeech).toBe(false);
    expect(transcriptSchema.parse(t)).toEqual(t);
  });

  it('keeps word times non-decreasing, inside the audio, and each word ending by the next start', () => {
    const out: WhisperOutput = {
      transcription: [
        segment(
          [
            [' one', 900, 1200, 1],
            [' two', 800, 950, 1],
            [' three', 11000, 12500, 1],
          ],
          0,
          12500,
        ),
      ],
    };
    const t = buildTranscript(out, meta);
    expect(t.words.map((w) => [w.start, w.end])).toEqual([
      [0.9, 0.9],
      [0.9, 0.95],
      [10, 10],
    ]);
    expect(t.segments[0]!.end).toBe(10);
  });

  it('drops segments the speech check rejects, and reports no speech when none is left', () => {
    const kept = buildTranscript(jfkLike, { ...meta, hasSpeech: (start) => start < 1 });
    expect(kept.text).toBe('And so my fellow Americans,');
    const none = buildTranscript(jfkLike, { ...meta, hasSpeech: () => false });
    expect(none).toMatchObject({ noSpeech: true, text: '', words: [], segments: [] });
    expect(transcriptSchema.parse(none)).toEqual(none);
  });

  it('treats annotation-only output such as [BLANK_AUDIO] as no speech', () => {
    const out: WhisperOutput = {
      transcription: [
        segment([
          [' [', 0, 10, 1],
          ['BL', 10, 20, 1],
          ['ANK', 20, 30, 1],
          ['_AUDIO', 30, 40, 1],
          [']', 40, 50, 1],
        ]),
      ],
    };
    expect(buildTranscript(out, meta)).toMatchObject({ noSpeech: true, text: '' });
  });

  it('keeps a bare dash in the text but not among the words', () => {
    const out: WhisperOutput = {
      transcription: [
        segment([
          [' -', 0, 10, 1],
          [' Yes', 10, 300, 1],
          ['.', 300, 300, 1],
        ]),
      ],
    };
    const t = buildTranscript(out, meta);
    expect(t.text).toBe('- Yes.');
    expect(t.words).toMatchObject([{ text: 'Yes', charStart: 2, charEnd: 5 }]);
  });

  it('word spans always slice their own text out of the transcript (property)', () => {
    const token = fc.tuple(
      fc.stringMatching(/^ ?[A-Za-z'’,.!?"()$%-]{1,6}$/),
      fc.integer({ min: 0, max: 9000 }),
      fc.integer({ min: 0, max: 500 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(token, { minLength: 1, maxLength: 12 }), { maxLength: 5 }),
        (segs) => {
          const out: WhisperOutput = {
            transcription: segs.map((toks) =>
              segment(toks.map(([text, from, len, p]) => [text, from, from + len, p])),
            ),
          };
          const t = buildTranscript(out, meta);
          expect(transcriptSchema.safeParse(t).success).toBe(true);
          let last = 0;
          for (const w of t.words) {
            expect(t.text.slice(w.charStart, w.charEnd)).toBe(w.text);
            expect(w.start).toBeGreaterThanOrEqual(last);
            expect(w.end).toBeGreaterThanOrEqual(w.start);
            expect(w.end).toBeLessThanOrEqual(meta.audioDurationSec);
            last = w.start;
          }
        },
      ),
    );
  });
});

describe('bareSpan', () => {
  it('strips surrounding punctuation but keeps inner apostrophes and percent signs', () => {
    const cut = (raw: string) => raw.slice(...bareSpan(raw));
    expect(cut('"Americans,"')).toBe('Americans');
    expect(cut("don't")).toBe("don't");
    expect(cut('40%.')).toBe('40%');
    expect(cut('(yes)')).toBe('yes');
    expect(cut('...')).toBe('');
  });
});

describe('buildTranscript with DTW times', () => {
  const dtwSegment = (dtw: number[]) => {
    const s = segment(
      [
        [' late', 3000, 5000, 0.9],
        [' offsets', 5000, 8000, 0.9],
        ['.', 8000, 8000, 0.9],
      ],
      0,
      8000,
    );
    s.tokens!.forEach((t, i) => (t.t_dtw = dtw[i]));
    return { transcription: [s] };
  };

  it('times words from t_dtw (centiseconds) when all spoken tokens have a sane one', () => {
    const t = buildTranscript(dtwSegment([120, 180, 190]), meta);
    expect(t.words.map((w) => [w.start, w.end])).toEqual([
      [1.2, 1.8],
      [1.8, 8],
    ]);
    expect(t.segments[0]).toMatchObject({ start: 1.2, end: 8 });
  });

  it('falls back to token offsets when DTW is missing or disordered', () => {
    for (const dtw of [
      [120, -1, 190],
      [500, 180, 190],
    ]) {
      const t = buildTranscript(dtwSegment(dtw), meta);
      expect(t.words.map((w) => w.start)).toEqual([3, 5]);
    }
  });
});
