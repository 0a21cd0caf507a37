import type { TranscriptWord } from '../../transcript';
import type { DurationSignal } from '../types';

/** The target window, from the brief's article: "Aim for 90 seconds to 2 minutes". */
const TARGET_MIN_SEC = 90;
/** Upper end of the target window. */
const TARGET_MAX_SEC = 120;
/** Typical speaking pace, used when there are no word timings. */
const TYPICAL_WPM = 150;

/** Speaking time: first word start to last word end, so leading and trailing silence do not count. */
export function speakingSeconds(words: readonly TranscriptWord[]): number {
  let first = Infinity;
  let last = 0;
  for (const w of words) {
    if (w.start < first) first = w.start;
    if (w.end > last) last = w.end;
  }
  return words.length ? Math.max(0, last - first) : 0;
}

/** A target window for the spoken length, in seconds. */
export type TargetWindow = { minSec: number; maxSec: number };

/** The window for a main answer (the article's 90 seconds to 2 minutes). */
export const ANSWER_WINDOW: TargetWindow = { minSec: TARGET_MIN_SEC, maxSec: TARGET_MAX_SEC };

/** A follow-up probe deserves a short, direct answer: half a minute to a minute. */
export const FOLLOW_UP_WINDOW: TargetWindow = { minSec: 30, maxSec: 60 };

/** Duration band against the target window (90 to 120 s unless given), with the seconds outside
 * and a word budget at this pace. */
export function durationSignal(
  wordCount: number,
  words: readonly TranscriptWord[] | undefined,
  audioDurationSec?: number,
  window: TargetWindow = ANSWER_WINDOW,
): DurationSignal {
  const TARGET_MIN_SEC = window.minSec;
  const TARGET_MAX_SEC = window.maxSec;
  const timed = !!words && words.length > 1 && speakingSeconds(words) > 0;
  const seconds = timed ? speakingSeconds(words) : (wordCount / TYPICAL_WPM) * 60;
  const wpm = timed && seconds > 0 ? (wordCount / seconds) * 60 : TYPICAL_WPM;
  // Judged on whole seconds, as every screen shows them: 29.6 s reads "0:30" and is in a 30 s window.
  const shown = Math.round(seconds);
  const band = shown < TARGET_MIN_SEC ? 'short' : shown > TARGET_MAX_SEC ? 'long' : 'on-target';
  const secondsOutside =
    band === 'short' ? TARGET_MIN_SEC - seconds : band === 'long' ? seconds - TARGET_MAX_SEC : 0;
  const min = Math.round((TARGET_MIN_SEC / 60) * wpm);
  const max = Math.round((TARGET_MAX_SEC / 60) * wpm);
  const wordsToChange = band === 'short' ? min - wordCount : band === 'long' ? wordCount - max : 0;
  const out: DurationSignal = {
    seconds: round1(seconds),
    estimated: !timed,
    source: timed ? 'word-timings' : 'word-count',
    band,
    targetMinSec: TARGET_MIN_SEC,
    targetMaxSec: TARGET_MAX_SEC,
    secondsOutside: round1(secondsOutside),
    wordCount,
    wordBudget: { min, max, wordsPerMinute: Math.round(wpm) },
    wordsToChange: Math.max(0, wordsToChange),
  };
  if (audioDurationSec !== undefined && Number.isFinite(audioDurationSec) && audioDurationSec >= 0)
    out.audioDurationSec = audioDurationSec;
  return out;
}

/** One decimal place. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
