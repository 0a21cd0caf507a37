import type {
  AnswerFlag,
  DurationSignal,
  OwnershipSignal,
  SpecificitySignal,
  StarAnalysis,
} from './types';
import { isTooShallow } from './signals/specificity';

/** Inputs of the answer-level verdicts. */
export type AnswerFacts = {
  duration: DurationSignal;
  ownership: OwnershipSignal;
  quantityCount: number;
  specificity: SpecificitySignal;
  star: StarAnalysis;
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Answer-level flags, each with the number behind it. */
export function answerFlags(f: AnswerFacts): AnswerFlag[] {
  const out: AnswerFlag[] = [];
  const { duration: d, star, specificity: s, ownership: o } = f;
  const est = d.estimated ? ' (estimated from the word count at 150 words per minute)' : '';
  if (d.band === 'short') {
    out.push({
      kind: 'too-short',
      reason: `About ${Math.round(d.seconds)} s${est}, ${Math.round(d.secondsOutside)} s under the ${d.targetMinSec} to ${d.targetMaxSec} s window.`,
      suggestion: `Add about ${d.wordsToChange} words: the action you took and a number for the result.`,
    });
  } else if (d.band === 'long') {
    out.push({
      kind: 'too-long',
      reason: `About ${Math.round(d.seconds)} s${est}, ${Math.round(d.secondsOutside)} s over the ${d.targetMinSec} to ${d.targetMaxSec} s window.`,
      suggestion: `Cut about ${d.wordsToChange} words, starting with the setup.`,
    });
  }
  if (f.quantityCount === 0) {
    out.push({
      kind: 'no-metric',
      reason: 'No numbers anywhere: no latency, percentage, count, duration or money.',
      suggestion:
        'Add the one number that shows the impact: before and after, or how many users or dollars.',
    });
  }
  if (isTooShallow(s, f.quantityCount)) {
    out.push({
      kind: 'too-shallow',
      reason: `${s.perMinute} technical terms per minute (${s.distinctTerms} distinct): could a product manager have told this story?`,
      suggestion:
        'Name the system, the bottleneck and the mechanism of your fix (the queue, the index, the timeout).',
    });
  }
  if (!star.present.includes('action')) {
    out.push({
      kind: 'no-action',
      reason: 'No part of the answer says what you did.',
      suggestion:
        'Spend most of the answer on your actions: "I profiled ..., I changed ..., I rolled out ...".',
    });
  }
  if (!star.present.includes('result')) {
    out.push({
      kind: 'no-result',
      reason: 'The answer never says how it ended.',
      suggestion: 'Close with the outcome and a number: what changed after your work.',
    });
  }
  if (star.longSetup) {
    out.push({
      kind: 'long-setup',
      reason: `Situation and task take ${pct(star.setupShare)} of the answer (aim for under 30%).`,
      suggestion: 'Give the context in two sentences and get to what you did.',
    });
  }
  if (star.noLearning) {
    out.push({
      kind: 'no-learning',
      reason: 'No lesson or reflection at the end.',
      suggestion: 'End with one sentence on what you learned or would do differently.',
    });
  }
  if (star.present.includes('action') && !star.actionIsLargest) {
    const action = star.parts.find((p) => p.part === 'action')?.wordShare ?? 0;
    out.push({
      kind: 'action-not-largest',
      reason: `Action is only ${pct(action)} of the answer; it should be the largest part.`,
      suggestion: 'Trim the setup and add the steps you took.',
    });
  }
  if (o.weActions >= 2 && o.weActions > o.iActions) {
    out.push({
      kind: 'low-ownership',
      reason: `${o.weActions} actions said with "we" against ${o.iActions} with "I".`,
      suggestion: 'Retell the key steps in the first person: what you decided, built or changed.',
    });
  }
  return out;
}
