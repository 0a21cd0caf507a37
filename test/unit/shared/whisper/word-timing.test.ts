import { describe, expect, it } from 'vitest';
import type { TranscriptWord } from '../../../../shared/transcript';
import type { RawWord } from '../../../../shared/whisper/tokens-to-words';
import {
  applyDtwStarts,
  dtwIsUsable,
  fitWordsToSpeech,
  type SpeechTimeline,
} from '../../../../shared/whisper/word-timing';

const raw = (start: number, end: number, dtwStart?: number): RawWord => ({
  raw: 'w',
  start,
  end,
  p: 0.9,
  dtwStart,
});
const word = (start: number, end: number): TranscriptWord => ({
  text: 'w',
  start,
  end,
  p: 0.9,
  charStart: 0,
  charEnd: 1,
});

/** A timeline of speech spans [from, to] (seconds), onsets being span starts. */
function timeline(spans: [number, number][]): SpeechTimeline {
  return {
    onsetBetween: (a, b) =>
      spans
        .map(([from]) => from)
        .filter((t) => t >= a && t <= b)
        .at(-1) ?? null,
    firstOnsetBetween: (a, b) => spans.map(([from]) => from).find((t) => t >= a && t <= b) ?? null,
    lastActiveBetween: (a, b) =>
      spans
        .filter(([from, to]) => from < b && to > a)
        .map(([, to]) => Math.min(to, b))
        .at(-1) ?? null,
    speechEndSec: spans.at(-1)?.[1] ?? null,
  };
}

describe('dtwIsUsable', () => {
  it('accepts ordered DTW starts inside the audio', () => {
    expect(dtwIsUsable([raw(0, 1, 0.2), raw(1, 2, 0.2), raw(2, 3, 1.4)], 10)).toBe(true);
  });

  it('refuses a missing, negative, out-of-audio or backward start, and no words', () => {
    expect(dtwIsUsable([raw(0, 1, 0.2), raw(1, 2)], 10)).toBe(false);
    expect(dtwIsUsable([raw(0, 1, -0.01)], 10)).toBe(false);
    expect(dtwIsUsable([raw(0, 1, 10.5)], 10)).toBe(false);
    expect(dtwIsUsable([raw(0, 1, 3), raw(1, 2, 2)], 10)).toBe(false);
    expect(dtwIsUsable([], 10)).toBe(false);
  });
});

describe('applyDtwStarts', () => {
  it('starts each word at its DTW time and runs it to the next start; the last keeps its end', () => {
    const out = applyDtwStarts([raw(0, 5, 1), raw(5, 9, 2), raw(9, 12, 3)]);
    expect(out.map((w) => [w.start, w.end])).toEqual([
      [1, 2],
      [2, 3],
      [3, 12],
    ]);
  });
});

describe('fitWordsToSpeech', () => {
  it('moves a late word after a pause back to where the voice starts', () => {
    const words = [word(1.3, 2), word(2, 2.5), word(4.4, 6)];
    fitWordsToSpeech(
      words,
      timeline([
        [1, 2.6],
        [4, 5],
      ]),
    );
    expect(words.map((w) => w.start)).toEqual([1, 2, 4]);
  });

  it('moves a word that starts in a pause (token offsets) forward to where its voice starts', () => {
    // Without DTW whisper starts the word after a pause where the previous one ended.
    const words = [word(1, 2), word(2.05, 3.2), word(3.2, 3.6)];
    fitWordsToSpeech(
      words,
      timeline([
        [1, 2],
        [2.8, 3.7],
      ]),
    );
    expect(words.map((w) => w.start)).toEqual([1, 2.8, 3.2]);
  });

  it('leaves a word alone when no pause precedes it within reach', () => {
    const words = [word(1, 2), word(3, 4)];
    fitWordsToSpeech(words, timeline([[0.5, 5]]));
    expect(words[1]!.start).toBe(3);
  });

  it('never moves a word before the previous one', () => {
    const words = [word(1, 1.2), word(1.3, 2)];
    fitWordsToSpeech(words, timeline([[0.9, 3]]));
    expect(words.map((w) => w.start)).toEqual([0.9, 1.3]);
  });

  it('ends a word at the next start and at the end of its sound, not through the pause', () => {
    const words = [word(1, 4), word(4, 5)];
    fitWordsToSpeech(
      words,
      timeline([
        [1, 2],
        [4, 4.8],
      ]),
    );
    expect(words[0]!.end).toBeCloseTo(2.15);
  });

  it('ends the last word with the speech, not with the trailing silence', () => {
    const words = [word(1, 2), word(2, 30)];
    fitWordsToSpeech(words, timeline([[1, 2.5]]));
    expect(words[1]!.end).toBeCloseTo(2.65);
  });

  it('without a timeline only keeps words from overlapping', () => {
    const words = [word(1, 3), word(2, 30)];
    fitWordsToSpeech(words, undefined);
    expect(words.map((w) => [w.start, w.end])).toEqual([
      [1, 2],
      [2, 30],
    ]);
  });
});
