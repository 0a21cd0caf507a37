import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeAnswer,
  answerAnalysisSchema,
  type AnswerAnalysis,
} from '../../../../shared/analysis';
import type { TranscriptWord } from '../../../../shared/transcript';

/** Every invariant an analysis must hold, whatever the input. */
function checkInvariants(text: string, a: AnswerAnalysis): void {
  expect(() => answerAnalysisSchema.parse(a)).not.toThrow();
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  const spans = [...a.flags, ...a.signals.impact.quantities];
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const f of a.flags)
    if (f.startSec !== undefined) expect(f.endSec!).toBeGreaterThanOrEqual(f.startSec);
  const byKind = new Map<string, { start: number; end: number }[]>();
  for (const f of a.flags) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  for (const list of byKind.values()) {
    const sorted = [...list].sort((x, y) => x.start - y.start);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
  }
  for (const seg of a.star.segments) {
    expect(0 <= seg.start && seg.start <= seg.end && seg.end <= text.length).toBe(true);
  }
  for (let i = 1; i < a.star.segments.length; i++)
    expect(a.star.segments[i].start).toBeGreaterThanOrEqual(a.star.segments[i - 1].end);
  const shares = a.star.parts.reduce((n, p) => n + p.wordShare, 0);
  expect(a.wordCount === 0 || Math.abs(shares - 1) < 0.05).toBe(true);
  for (const q of a.followUps)
    if (q.start !== undefined) expect(q.end!).toBeLessThanOrEqual(text.length);
}

const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const exotic = fc.constantFrom(
  '😀',
  '👍🏽',
  '👩‍💻',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u202e',
  '\u0000',
  '\t',
  '\n',
  'é',
  'ﬁ',
  '…',
  '’',
  '"',
  '—',
  '%',
  '$',
  '.',
  ',',
  '?',
);
const speech = fc.constantFrom(
  ...'um uh like you know i mean so yeah basically we i they fixed handled it things got better kind of sort of maybe probably 3x 800ms 40% p99 leveraged synergy best practices not my fault QA missed it the ops team never told us we decided we built a lot of issues stuff etc . , ? right CI'.split(
    ' ',
  ),
);
const mixedUnit = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 3 }),
  surrogate,
  exotic,
  speech.map((w) => ` ${w} `),
);

/** Word timings for whatever words the text has, in order, with random gaps. */
const withWords = (text: string, gaps: number[]): TranscriptWord[] => {
  let t = 0;
  return [...text.matchAll(/\S+/g)].map((m, i) => {
    t += gaps[i % gaps.length];
    const w = {
      text: m[0],
      start: t,
      end: t + 0.2,
      p: 0.5,
      charStart: m.index,
      charEnd: m.index + m[0].length,
    };
    t += 0.2;
    return w;
  });
};

describe('analysis of any string', () => {
  it('never throws and gives valid, non-overlapping-per-kind offsets (any unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        checkInvariants(text, analyzeAnswer({ text })),
      ),
      { numRuns: 150 },
    );
  });

  it('holds with emoji, RTL text, control characters and lone surrogates mixed into speech', () => {
    fc.assert(
      fc.property(
        fc.array(mixedUnit, { maxLength: 120 }).map((u) => u.join('')),
        (text) => checkInvariants(text, analyzeAnswer({ text })),
      ),
      { numRuns: 200 },
    );
  });

  it('holds with word timings, and every flag gets times', () => {
    fc.assert(
      fc.property(
        fc.array(speech, { minLength: 1, maxLength: 80 }).map((w) => w.join(' ')),
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (text, gaps) => {
          const a = analyzeAnswer({ text, words: withWords(text, gaps) });
          checkInvariants(text, a);
          expect(a.flags.every((f) => f.startSec !== undefined)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles 100,000 characters of random text and of speech-like text', () => {
    const [random] = fc.sample(
      fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }),
      { numRuns: 1, seed: 42 },
    );
    const speechy = fc
      .sample(fc.array(speech, { minLength: 25_000, maxLength: 25_000 }), {
        numRuns: 1,
        seed: 7,
      })[0]
      .join(' ')
      .slice(0, 100_000);
    for (const text of [random, speechy, 'a'.repeat(100_000), '\ud800'.repeat(100_000)]) {
      checkInvariants(text, analyzeAnswer({ text }));
    }
  }, 60_000);

  it('survives odd inputs: empty text, whitespace, word timings that do not fit the text', () => {
    checkInvariants('', analyzeAnswer({ text: '' }));
    checkInvariants('   \n\t ', analyzeAnswer({ text: '   \n\t ' }));
    const bad: TranscriptWord[] = [
      { text: 'x', start: 5, end: 1, p: 1, charStart: 50, charEnd: 60 },
    ];
    checkInvariants('we fixed it', analyzeAnswer({ text: 'we fixed it', words: bad }));
  });
});
