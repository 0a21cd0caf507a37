import { describe, expect, it } from 'vitest';
import { analyzeDelivery } from '../../../../shared/delivery';
import { paceOverTime } from '../../../../shared/delivery/pace-over-time';
import { pausePlace } from '../../../../shared/review/format';
import type { TranscriptWord } from '../../../../shared/transcript';

const RATE = 16000;

/** `count` words, one every `every` seconds from `from`, 0.25 s long. */
function wordsAt(from: number, count: number, every: number, textStart = 0): TranscriptWord[] {
  return Array.from({ length: count }, (_, i) => ({
    text: 'word',
    start: from + i * every,
    end: from + i * every + 0.25,
    p: 0.9,
    charStart: textStart + i * 5,
    charEnd: textStart + i * 5 + 4,
  }));
}

/** A 140 Hz tone where each word is, at `gain` (or the per-word gain), silence elsewhere. */
function voice(words: readonly TranscriptWord[], seconds: number, gain: (i: number) => number) {
  const samples = new Float32Array(Math.round(seconds * RATE));
  words.forEach((w, i) => {
    for (let n = Math.round(w.start * RATE); n < Math.round(w.end * RATE); n++)
      samples[n] = gain(i) * Math.sin((2 * Math.PI * 140 * n) / RATE);
  });
  return samples;
}

describe('pace over time', () => {
  it('marks a rushed stretch and a slow stretch in 10 s windows', () => {
    // 200 wpm for 20 s, then 150 wpm for 10 s, then 90 wpm for 20 s.
    const fast = wordsAt(0, 66, 0.3);
    const easy = wordsAt(20, 25, 0.4);
    const slow = wordsAt(30, 30, 2 / 3);
    const pace = paceOverTime([...fast, ...easy, ...slow]);
    expect(pace.windows.map((w) => w.band)).toEqual([
      'too-fast',
      'too-fast',
      'comfortable',
      'too-slow',
      'too-slow',
    ]);
    expect(pace.stretches).toEqual([
      { startSec: 0, endSec: 20, band: 'too-fast' },
      { startSec: 30, endSec: expect.closeTo(50, 0) as number, band: 'too-slow' },
    ]);
  });
});

describe('delivery from samples', () => {
  it('places a long pause after its word and says it precedes the result', () => {
    const before = wordsAt(0.5, 10, 0.4);
    const after = wordsAt(7, 10, 0.4, 100);
    const words = [...before, ...after];
    const text = 'x'.repeat(200);
    const d = analyzeDelivery({
      samples: voice(words, 12, () => 0.3),
      sampleRate: RATE,
      text,
      words,
      segments: [
        { part: 'action', start: 0, end: 100 },
        { part: 'result', start: 100, end: 200 },
      ],
    });
    expect(d.pauses.pauses).toHaveLength(1);
    const [pause] = d.pauses.pauses;
    expect(pause.startSec).toBeCloseTo(before[9].end, 1);
    expect(pause.endSec).toBeCloseTo(7, 1);
    expect(pause.afterOffset).toBe(before[9].charEnd);
    expect(pause.beforePart).toBe('result');
    expect(pause.opensPart).toBe(true);
    expect(pausePlace(pause)).toBe('before the result');
    expect(pause.toFix).toBe(true);
  });

  it('says a long pause inside the learning is in it, not before it', () => {
    const before = wordsAt(0.5, 10, 0.4);
    const after = wordsAt(7, 10, 0.4, 100);
    const words = [...before, ...after];
    const d = analyzeDelivery({
      samples: voice(words, 12, () => 0.3),
      sampleRate: RATE,
      text: 'x'.repeat(200),
      words,
      // The learning starts two words before the silence, so the silence falls inside it.
      segments: [
        { part: 'result', start: 0, end: before[8].charStart },
        { part: 'learning', start: before[8].charStart, end: 200 },
      ],
    });
    const [pause] = d.pauses.pauses;
    expect(pause.beforePart).toBe('learning');
    expect(pause.opensPart).toBe(false);
    expect(pausePlace(pause)).toBe('in the learning');
  });

  it('flags sentences whose last word falls 12 dB under the rest as trailing off', () => {
    // Three sentences of six words; the text puts a full stop after every sixth word.
    // "word word word word word word. " three times: each word is 4 letters, 5 or 6 apart.
    const text = Array.from({ length: 3 }, () => 'word word word word word word.').join(' ');
    const words = wordsAt(0.2, 18, 0.4).map((w, i) => {
      const charStart = Math.floor(i / 6) * 31 + (i % 6) * 5;
      return { ...w, charStart, charEnd: charStart + 4 };
    });
    const quietEnds = analyzeDelivery({
      samples: voice(words, 8, (i) => (i % 6 === 5 ? 0.3 / 4 : 0.3)),
      sampleRate: RATE,
      text,
      words,
      segments: [],
    });
    expect(quietEnds.volume.sentencesJudged).toBe(3);
    expect(quietEnds.volume.trailingSentences).toHaveLength(3);
    expect(quietEnds.volume.trailingOff).toBe(true);
    const even = analyzeDelivery({
      samples: voice(words, 8, () => 0.3),
      sampleRate: RATE,
      text,
      words,
      segments: [],
    });
    expect(even.volume.trailingOff).toBe(false);
    expect(even.volume.trailingSentences).toEqual([]);
  });

  it('reports nothing heard in digital silence rather than inventing levels', () => {
    const d = analyzeDelivery({
      samples: new Float32Array(RATE * 3),
      sampleRate: RATE,
      text: '',
      words: [],
      segments: [],
    });
    expect(d.volume.speechLevelDb).toBeNull();
    expect(d.volume.tooQuiet).toBe(false);
    expect(d.pitch.medianHz).toBeNull();
    expect(d.pauses.pauses).toEqual([]);
  });
});
