import { describe, expect, it } from 'vitest';
import { analyzeAnswer, buildTimeIndex, timeOfSpan } from '../../../../shared/analysis';
import type { TranscriptWord } from '../../../../shared/transcript';

/** Word timings for a text: one word every `step` seconds from `t0`, each lasting 0.3 s. */
function timed(text: string, t0 = 1, step = 0.5): TranscriptWord[] {
  return [...text.matchAll(/\S+/g)].map((m, i) => ({
    text: m[0],
    start: t0 + i * step,
    end: t0 + i * step + 0.3,
    p: 0.9,
    charStart: m.index,
    charEnd: m.index + m[0].length,
  }));
}

describe('word-time mapping', () => {
  const text = 'um we fixed the cache and it got better';
  const words = timed(text);

  it('maps a span to the first and last word it touches (binary search)', () => {
    const index = buildTimeIndex(words)!;
    expect(timeOfSpan(index, 3, 11)).toEqual({ startSec: 1.5, endSec: 2.3 }); // "we fixed"
    expect(timeOfSpan(index, 0, 2)).toEqual({ startSec: 1, endSec: 1.3 }); // "um"
    expect(timeOfSpan(index, 2, 3)).toEqual({ startSec: 1.5, endSec: 1.8 }); // a space snaps to "we"
  });

  it('gives every flag and STAR-L part start and end times', () => {
    const a = analyzeAnswer({ text, words });
    expect(a.hasWordTimings).toBe(true);
    expect(a.flags.length).toBeGreaterThan(0);
    for (const f of a.flags) {
      expect(f.startSec).toBeTypeOf('number');
      expect(f.endSec!).toBeGreaterThanOrEqual(f.startSec!);
    }
    const um = a.flags.find((f) => f.text === 'um')!;
    expect([um.startSec, um.endSec]).toEqual([1, 1.3]);
    for (const p of a.star.parts.filter((x) => x.present)) expect(p.startSec).toBeTypeOf('number');
  });

  it('leaves times out without word timings', () => {
    const a = analyzeAnswer({ text });
    expect(a.flags.every((f) => f.startSec === undefined && f.endSec === undefined)).toBe(true);
  });
});
