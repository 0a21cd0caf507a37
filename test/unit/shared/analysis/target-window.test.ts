import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { FOLLOW_UP_WINDOW } from '../../../../shared/analysis/signals/duration';
import type { TranscriptWord } from '../../../../shared/transcript';

/** Words spread evenly over `seconds`, so the spoken length is known. */
function timedWords(text: string, seconds: number): TranscriptWord[] {
  const tokens = [...text.matchAll(/\S+/g)];
  const step = seconds / tokens.length;
  return tokens.map((m, i) => ({
    text: m[0],
    start: i * step,
    end: (i + 1) * step,
    p: 0.9,
    charStart: m.index!,
    charEnd: m.index! + m[0].length,
  }));
}

const answer =
  'I added a circuit breaker to the payments client, and I set the timeout to 800 milliseconds, so checkout errors fell from 4 percent to 0.2 percent.';

describe('the target window', () => {
  it('judges a main answer against 90 to 120 s by default', () => {
    const a = analyzeAnswer({ text: answer, words: timedWords(answer, 45) });
    expect(a.signals.duration).toMatchObject({
      band: 'short',
      targetMinSec: 90,
      targetMaxSec: 120,
    });
    expect(a.answerFlags.find((f) => f.kind === 'too-short')?.reason).toContain('90 to 120 s');
  });

  it('judges a follow-up answer against its shorter window', () => {
    const a = analyzeAnswer({
      text: answer,
      words: timedWords(answer, 45),
      window: FOLLOW_UP_WINDOW,
    });
    expect(a.signals.duration).toMatchObject({
      band: 'on-target',
      targetMinSec: 30,
      targetMaxSec: 60,
    });
    expect(a.answerFlags.some((f) => f.kind === 'too-short' || f.kind === 'too-long')).toBe(false);
    const long = analyzeAnswer({
      text: answer,
      words: timedWords(answer, 75),
      window: FOLLOW_UP_WINDOW,
    });
    expect(long.signals.duration).toMatchObject({ band: 'long', secondsOutside: 15 });
  });

  it('judges whole seconds, as shown: 29.6 s reads 0:30 and is inside a 30 s window', () => {
    const at = (seconds: number) =>
      analyzeAnswer({ text: answer, words: timedWords(answer, seconds), window: FOLLOW_UP_WINDOW })
        .signals.duration.band;
    expect(at(29.6)).toBe('on-target');
    expect(at(29.4)).toBe('short');
    expect(at(60.4)).toBe('on-target');
    expect(at(60.6)).toBe('long');
  });

  it('ignores a window that is not a range', () => {
    const a = analyzeAnswer({
      text: answer,
      words: timedWords(answer, 45),
      window: { minSec: 60, maxSec: 10 },
    });
    expect(a.signals.duration.targetMinSec).toBe(90);
  });
});
