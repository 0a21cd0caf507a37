import { describe, expect, it } from 'vitest';
import {
  decideCut,
  MAX_SEGMENT_SEC,
  MIN_SEGMENT_SEC,
  TARGET_SEGMENT_SEC,
} from '../../../../../../electron/services/transcription/live/segmenter';

const FRAME = 0.03;
const SPEECH = -20;
const QUIET = -70;

/** Frame levels from [seconds, level] runs. */
function levels(...runs: [number, number][]): Float32Array {
  const out: number[] = [];
  for (const [sec, level] of runs) {
    // Speech rises and falls between syllables; a flat level would look like steady noise.
    for (let i = 0; i < Math.round(sec / FRAME); i++)
      out.push(level === SPEECH ? level - (i % 4) * 3 : level);
  }
  return Float32Array.from(out);
}

const at = (frame: number) => frame * FRAME;

describe('live segmenter', () => {
  it('waits until the segment is long enough', () => {
    const l = levels([2, SPEECH], [0.5, QUIET], [TARGET_SEGMENT_SEC - 3, SPEECH]);
    expect(decideCut(l, FRAME, 0)).toBeNull();
  });

  it('cuts in the middle of the longest pause at least MIN_SEGMENT_SEC in', () => {
    const m = MIN_SEGMENT_SEC;
    const l = levels(
      [m - 2, SPEECH],
      [1.2, QUIET], // long, but it would leave a segment shorter than the minimum
      [1.7, SPEECH],
      [0.9, QUIET], // the longest pause after the minimum: m + 0.9 to m + 1.8 s
      [1, SPEECH],
      [0.35, QUIET],
      [TARGET_SEGMENT_SEC, SPEECH],
    );
    const cut = decideCut(l, FRAME, 0)!;
    expect(cut.forced).toBe(false);
    expect(at(cut.cutFrame)).toBeGreaterThan(m + 1.1);
    expect(at(cut.cutFrame)).toBeLessThan(m + 1.6);
  });

  it('never cuts in a pause that would leave a segment shorter than the minimum', () => {
    const l = levels(
      [2, SPEECH],
      [1.5, QUIET],
      [TARGET_SEGMENT_SEC, SPEECH],
      [0.4, QUIET],
      [1, SPEECH],
    );
    const cut = decideCut(l, FRAME, 0)!;
    expect(at(cut.cutFrame)).toBeGreaterThan(MIN_SEGMENT_SEC);
    // The only pause after the minimum: right after the long stretch of speech.
    expect(at(cut.cutFrame)).toBeGreaterThan(3.5 + TARGET_SEGMENT_SEC);
  });

  it('ignores gaps shorter than a pause (stop consonants), then forces a cut at the quietest moment', () => {
    const runs: [number, number][] = [];
    for (let t = 0; t < MAX_SEGMENT_SEC + 2; t += 1.1) runs.push([1, SPEECH], [0.1, QUIET]);
    const l = levels(...runs);
    const cut = decideCut(l, FRAME, 0)!;
    expect(cut.forced).toBe(true);
    expect(at(cut.cutFrame)).toBeGreaterThanOrEqual(MIN_SEGMENT_SEC);
    expect(at(cut.cutFrame)).toBeLessThanOrEqual(MAX_SEGMENT_SEC);
    // It lands in one of the short gaps, not inside a word.
    expect(l[cut.cutFrame]).toBe(QUIET);
  });

  it('measures segments from their start frame', () => {
    const l = levels(
      [20, SPEECH],
      [0.6, QUIET],
      [TARGET_SEGMENT_SEC, SPEECH],
      [0.6, QUIET],
      [1, SPEECH],
    );
    const start = Math.round(20.3 / FRAME);
    const cut = decideCut(l, FRAME, start)!;
    expect(at(cut.cutFrame)).toBeGreaterThan(20.3 + TARGET_SEGMENT_SEC);
  });
});
