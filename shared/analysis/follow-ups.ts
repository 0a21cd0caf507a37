import type { Doc } from './doc';
import {
  statesOwnPart,
  statesOwnStepNear,
  statesPrevention,
  statesRootCause,
} from './follow-up-stated';
import { RESOLUTION_STATED } from './lists/follow-up-cues';
import { findPhrases, phraseSet, type PhraseSet } from './phrase-match';
import { ACTION_REASON, OUTCOME_REASON } from './rules/reasons';
import type { AnswerFlag, Finding, FollowUp } from './types';
import { TRADEOFF_WORDS } from './lists/follow-up-cues';
import { tradeoffSignal } from './signals/tradeoff';

const RESOLUTION = phraseSet(RESOLUTION_STATED);

/** True when the answer says it somewhere: then the question that asks for it is not asked. */
function states(doc: Doc, set: PhraseSet): boolean {
  return findPhrases(doc.tokens, set).length > 0;
}

/** At most this many probes: the ones an interviewer would ask first. */
const MAX_FOLLOW_UPS = 5;

/** Follow-up questions an interviewer would ask about each gap, most important first; never one
 * that asks for what the answer already states (the root cause, a number, the speaker's part).
 * `tradeoff` is the answer's tradeoff signal when the caller has it (else it is read here). */
export function followUps(
  doc: Doc,
  flags: readonly Finding[],
  answer: readonly AnswerFlag[],
  questionId?: string,
  tradeoff?: { statesTradeoff: boolean },
): FollowUp[] {
  const out: FollowUp[] = [];
  const has = (k: string) => answer.some((a) => a.kind === k);
  const first = (pred: (f: Finding) => boolean) => flags.find(pred);
  const at = (f: Finding | undefined) => (f ? { start: f.start, end: f.end } : {});
  const we = first((f) => f.kind === 'we-ownership');
  // When the answer says what the speaker did, only the step said with "we" is asked about.
  const ownPart = statesOwnPart(doc);
  if (we || (has('low-ownership') && !ownPart))
    out.push({
      question:
        we && ownPart ? `Which part of "${we.text}" was yours?` : 'What did you personally do?',
      gap: 'we-ownership',
      why: `You said "${we?.text ?? 'we'}": the interviewer cannot tell your part from the team's.`,
      ...at(we),
    });
  const blame = first((f) => f.kind === 'blame');
  if (blame)
    out.push({
      question: 'What could you have done differently, and how did you work with them afterwards?',
      gap: 'blame',
      why: `"${blame.text}" puts the failure on others.`,
      ...at(blame),
    });
  if (has('no-metric'))
    out.push({
      question: 'What metrics moved, and by how much?',
      gap: 'no-metric',
      why: 'The answer has no numbers.',
    });
  // A number stated anywhere answers "from what to what".
  const outcome = first((f) => f.kind === 'vague' && f.reason === OUTCOME_REASON);
  if (outcome && has('no-metric'))
    out.push({
      question: 'What exactly changed? From what to what?',
      gap: 'vague',
      why: `"${outcome.text}" has no measure.`,
      ...at(outcome),
    });
  const rootCause = statesRootCause(doc);
  const action = first((f) => f.kind === 'vague' && f.reason === ACTION_REASON);
  // A step of the speaker's said next to the vague one ("We looked into it. I added a timeout ...",
  // or "I added a backoff ... We got it sorted.") is the how: then only a root cause left unsaid
  // is asked for.
  const vagueSpans = flags.filter((f) => f.kind === 'vague');
  const howStated = !!action && statesOwnStepNear(doc, action.start, vagueSpans);
  if (action && !howStated)
    out.push({
      question: rootCause
        ? 'How exactly did you fix it?'
        : 'How exactly did you fix it? What was the root cause?',
      gap: 'vague',
      why: `"${action.text}" does not say how.`,
      ...at(action),
    });
  else if (action && !rootCause)
    out.push({
      question: 'What was the root cause?',
      gap: 'vague',
      why: 'The answer says what you changed, not what caused the problem.',
    });
  if (has('too-shallow'))
    out.push({
      question: rootCause
        ? 'Walk me through the technical details of the fix.'
        : 'What was the bottleneck? Walk me through the technical details.',
      gap: 'too-shallow',
      why: 'Few technical specifics.',
    });
  // The same reading as the tradeoff signal, so the review never shows "tradeoff stated" beside a
  // question asking for one.
  // (`tradeoff` is that signal when the caller already has it: it is read once per answer.)
  if (
    !doc.tokens.some((t) => TRADEOFF_WORDS.has(t.norm)) &&
    !(tradeoff ?? tradeoffSignal(doc)).statesTradeoff
  ) {
    out.push({
      question: 'What tradeoff did you make? Why was that the right choice?',
      gap: 'no-tradeoff',
      why: 'No alternatives or tradeoffs are mentioned.',
    });
  }
  // A measured change anywhere in the answer is its outcome, even inside the action part.
  if (has('no-result') && has('no-metric'))
    out.push({
      question: 'What was the outcome, and how did you know it worked?',
      gap: 'no-result',
      why: 'The answer does not say how it ended.',
    });
  if (has('no-learning'))
    out.push({
      question: 'What would you do differently next time?',
      gap: 'no-learning',
      why: 'No reflection at the end.',
    });
  const topic = (questionId ?? '').toLowerCase();
  if (/disagree|conflict/.test(topic) && !states(doc, RESOLUTION))
    out.push({
      question: 'How did you resolve it, and where do you stand with that person now?',
      gap: 'question',
      why: 'Disagreement answers are judged on how it ended between you.',
    });
  else if (/mistake|fail/.test(topic) && !statesPrevention(doc))
    out.push({
      question: 'What did you change so it cannot happen again?',
      gap: 'question',
      why: 'Mistake answers are judged on the prevention.',
    });
  else if (/incident|outage/.test(topic) && !rootCause)
    out.push({
      question: 'What was the root cause, and how did you confirm it?',
      gap: 'question',
      why: 'Incident answers are judged on diagnosis.',
    });
  return out.slice(0, MAX_FOLLOW_UPS);
}
