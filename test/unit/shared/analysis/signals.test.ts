import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import type { TranscriptWord } from '../../../../shared/transcript';

function wordsAt(times: [number, number][]): { text: string; words: TranscriptWord[] } {
  const tokens = times.map((_, i) => `w${i}`);
  const text = tokens.join(' ');
  let at = 0;
  const words = tokens.map((t, i) => {
    const w = {
      text: t,
      start: times[i][0],
      end: times[i][1],
      p: 1,
      charStart: at,
      charEnd: at + t.length,
    };
    at += t.length + 1;
    return w;
  });
  return { text, words };
}

describe('answer-level signals', () => {
  it('estimates duration at 150 wpm without timings and says so', () => {
    const text = Array.from({ length: 300 }, () => 'word').join(' ');
    const d = analyzeAnswer({ text }).signals.duration;
    expect(d).toMatchObject({
      seconds: 120,
      estimated: true,
      source: 'word-count',
      band: 'on-target',
      wordsToChange: 0,
    });
    expect(d.wordBudget).toEqual({ min: 225, max: 300, wordsPerMinute: 150 });
  });

  it('measures speaking time without leading and trailing silence', () => {
    // 4 s of silence before the first word; 150 words over 60 s of speech.
    const times = Array.from(
      { length: 150 },
      (_, i) => [4 + i * 0.4, 4 + i * 0.4 + 0.3] as [number, number],
    );
    const { text, words } = wordsAt(times);
    const a = analyzeAnswer({ text, words, audioDurationSec: 70 });
    expect(a.signals.duration).toMatchObject({
      source: 'word-timings',
      estimated: false,
      band: 'short',
      audioDurationSec: 70,
    });
    expect(a.signals.duration.seconds).toBeCloseTo(59.9, 1);
    expect(a.signals.duration.secondsOutside).toBeCloseTo(30.1, 1);
    expect(a.signals.pace.wordsPerMinute).toBe(150);
    // At this speaker's 150 wpm the window is 225 to 300 words: 75 more to reach it.
    expect(a.signals.duration.wordsToChange).toBe(75);
  });

  it('reports long answers with the seconds over and words to cut', () => {
    const text = Array.from({ length: 400 }, () => 'word').join(' ');
    const d = analyzeAnswer({ text }).signals.duration;
    expect(d.band).toBe('long');
    expect(d.secondsOutside).toBe(40);
    expect(d.wordsToChange).toBe(100);
    expect(analyzeAnswer({ text }).answerFlags.map((f) => f.kind)).toContain('too-long');
  });

  it('finds pauses over 3 seconds between words', () => {
    const { text, words } = wordsAt([
      [0, 0.5],
      [0.6, 1],
      [4.5, 5],
      [5.1, 5.5],
      [8.4, 9],
    ]);
    const p = analyzeAnswer({ text, words }).signals.pace;
    expect(p.longPauses.map((x) => [x.startSec, x.endSec, x.durationSec])).toEqual([[1, 4.5, 3.5]]);
    expect(p.longPauses[0].afterOffset).toBe(words[1].charEnd);
  });

  it('counts I-actions against we-actions, not raw pronouns', () => {
    const text =
      'We had a monolith and our team was small. I profiled the hot path and I rewrote the serializer. We deployed it. My manager and I talked about it.';
    const o = analyzeAnswer({ text }).signals.ownership;
    expect(o).toEqual({ iActions: 2, weActions: 1, iShare: 0.67 });
  });

  it('measures technical terms per minute and flags shallow answers', () => {
    const deep =
      'I added a composite index on the orders table, moved the retry logic behind a circuit breaker, and set Kafka consumer lag alerts. The p99 latency dropped and the Postgres CPU went down.';
    const shallow =
      'I talked to everyone, we worked hard on the project together and things went well for the customer.';
    const s = analyzeAnswer({ text: deep }).signals.specificity;
    expect(s.distinctTerms).toBeGreaterThanOrEqual(8);
    expect(analyzeAnswer({ text: deep }).answerFlags.map((f) => f.kind)).not.toContain(
      'too-shallow',
    );
    expect(analyzeAnswer({ text: shallow }).answerFlags.map((f) => f.kind)).toContain(
      'too-shallow',
    );
  });
});
