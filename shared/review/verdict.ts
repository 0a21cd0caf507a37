import type { AnswerAnalysis, DurationSignal, PaceSignal } from '../analysis/types';
import { LONG_SETUP_SHARE as LONG_SETUP_LIMIT } from '../analysis/star-report';
import { clock } from './format';
import { COMFORTABLE_WPM } from '../delivery/pace-over-time';

/** What the duration gauge says: "24 s over" and what to do about it, in words. */
export type DurationVerdict = {
  band: DurationSignal['band'];
  /** "24 s over", "38 s short" or "On target". */
  headline: string;
  /** What to change first, e.g. "cut background first". */
  advice: string;
  /** The whole verdict as one sentence: "24 s over: cut background first." */
  sentence: string;
};

type VerdictInput = Pick<AnswerAnalysis, 'signals' | 'star' | 'answerFlags'>;

const shareOf = (input: VerdictInput, part: string) =>
  input.star.parts.find((p) => p.part === part)?.wordShare ?? 0;
const isPresent = (input: VerdictInput, part: string) => input.star.present.some((p) => p === part);

/** The first thing to cut from a long answer: the part that is over its fair share. */
function cutAdvice(input: VerdictInput): string {
  if (input.star.longSetup) return 'cut background first';
  if (shareOf(input, 'learning') > 0.2) return 'shorten the lesson to one sentence';
  if (shareOf(input, 'result') > 0.3) return 'keep only the result numbers that matter';
  return 'keep the two or three actions that mattered most';
}

/** The first thing to add to a short answer: the biggest missing piece. */
function addAdvice(input: VerdictInput): string {
  if (!isPresent(input, 'action')) return 'say what you did, step by step';
  if (!isPresent(input, 'result')) return 'add the result, with a number';
  if (input.answerFlags.some((f) => f.kind === 'no-metric'))
    return 'add the numbers behind your result';
  if (input.star.noLearning) return 'end with what you learned';
  return 'add detail to the actions you took';
}

/** The duration verdict in words, from the engine's duration signal and STAR-L picture. */
export function durationVerdict(input: VerdictInput): DurationVerdict {
  const d = input.signals.duration;
  const outside = Math.max(1, Math.round(d.secondsOutside));
  const estimated = d.estimated ? ' (estimated from the word count)' : '';
  if (d.band === 'on-target') {
    const advice = `${clock(d.seconds)} is inside the ${clock(d.targetMinSec)} to ${clock(d.targetMaxSec)} window`;
    return {
      band: d.band,
      headline: 'On target',
      advice,
      sentence: `On target: ${advice}${estimated}.`,
    };
  }
  const headline = d.band === 'long' ? `${outside} s over` : `${outside} s short`;
  const advice = d.band === 'long' ? cutAdvice(input) : addAdvice(input);
  return { band: d.band, headline, advice, sentence: `${headline}: ${advice}${estimated}.` };
}

/** Speaking rate in words, against the same comfortable band as the pace strip (110 to 170). */
export function paceVerdict(pace: PaceSignal): string {
  const wpm = pace.wordsPerMinute;
  if (wpm === null) return 'Pace unknown: the transcript has no word timings.';
  const rate = `${Math.round(wpm)} words a minute`;
  if (wpm < COMFORTABLE_WPM.min) return `${rate}: slow; tighten the pauses between steps.`;
  if (wpm > COMFORTABLE_WPM.max) return `${rate}: fast; slow down and pause between steps.`;
  return `${rate}: an easy pace to follow.`;
}

/** The word budget in words: "At your pace, 90 to 120 s is 222 to 296 words; you said 180 (add about 42)." */
export function wordBudgetSentence(d: DurationSignal): string {
  const { min, max, wordsPerMinute } = d.wordBudget;
  const pace = d.estimated ? `At a typical ${wordsPerMinute} words a minute` : `At your pace`;
  const change =
    d.band === 'short'
      ? ` (add about ${d.wordsToChange})`
      : d.band === 'long'
        ? ` (cut about ${d.wordsToChange})`
        : '';
  return `${pace}, ${d.targetMinSec} to ${d.targetMaxSec} s is ${min} to ${max} words; you said ${d.wordCount}${change}.`;
}

/** Fillers per minute of speaking time (0 when nothing was said). */
export function fillersPerMinute(analysis: Pick<AnswerAnalysis, 'flagCounts' | 'signals'>): number {
  const minutes = analysis.signals.duration.seconds / 60;
  return minutes > 0 ? (analysis.flagCounts.filler ?? 0) / minutes : 0;
}

/** Above this share of the answer the setup is long (the engine's `long-setup`); at or below
 * SHORT_SETUP it is short; in between it is near the limit, never "short". */
const SHORT_SETUP = 0.2;

/** The STAR-L structure in one sentence, read from the shares it reports: "Setup 29% of the
 * answer, near the 30% limit; action 41%, the largest part; it ends with a lesson (8%)." */
export function structureVerdict(star: AnswerAnalysis['star']): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const share = (p: string) => star.parts.find((x) => x.part === p)?.wordShare ?? 0;
  const setup = star.setupShare;
  const setupText = star.longSetup
    ? `Setup ${pct(setup)} of the answer, over the ${pct(LONG_SETUP_LIMIT)} limit`
    : setup <= SHORT_SETUP
      ? `Setup ${pct(setup)} of the answer, short`
      : `Setup ${pct(setup)} of the answer, near the ${pct(LONG_SETUP_LIMIT)} limit`;
  const action = share('action');
  const largest = [...star.parts].sort((a, b) => b.wordShare - a.wordShare)[0];
  const actionText = !star.present.includes('action')
    ? 'no action part'
    : star.actionIsLargest
      ? `action ${pct(action)}, the largest part`
      : `action only ${pct(action)}, less than the ${largest.part} (${pct(largest.wordShare)})`;
  const lesson = star.noLearning
    ? 'no lesson at the end'
    : `it ends with a lesson (${pct(share('learning'))})`;
  return `${setupText}; ${actionText}; ${lesson}.`;
}
