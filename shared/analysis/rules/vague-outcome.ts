import { notAClaim, outcomeReading } from '../outcome';
import { conditional, settledOutcomeAt } from '../outcome-more';
import { stateOutcomeAt } from '../outcome-state';
import { adoptionOutcomeAt, negatedOutcomeAt } from '../outcome-negated';
import { receptionOutcomeAt } from '../outcome-reception';
import {
  ADEQUATE,
  APPRECIATIONS,
  APPROVALS,
  CHECK_VERBS,
  COLLEAGUES,
  DURATION_VERBS,
  FINDING_WORDS,
  HELD_THROUGH,
  LOOK_VERBS,
  ONE_PERSON,
  PRAISE,
  RELATIVES,
  SATISFACTIONS,
} from '../lists/outcome-context';
import { LINKS, REPORT_VERBS } from '../lists/outcome-words';
import { pauseAfter, sameSentence } from '../token-context';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { claimMeasured } from './vague-measure';
import { comparedWithPast } from '../outcome-clause';
import { figureAtHand, framedAsCost, mechanismOrBackstory } from './vague-framing';
import { toldAsPast } from './vague-lesson';
import { spanFinding, type Rule, type RuleContext } from './context';
import { OUTCOME_REASON, OUTCOME_SUGGEST } from './reasons';

const PERSONS = new Set(['he', 'she']);
const REASONS = new Set(['because', 'cause']);
const BOUNDS = new Set(['past', 'beyond', 'above', 'over', 'below', 'under']);
const CHANGE_LINKS = new Set(['got', 'get', 'gets', 'became', 'become', 'went', 'there']);
const HELD = phraseSet(HELD_THROUGH);
/** Between one person and their reaction ("he didn't really love it"). */
const REACTION_GAP = new Set(['did', 'didn', 'not', "n't", 'never', 'really', 'does', 'just']);

/** "it got better", "the launch went fine", "a huge improvement", "made it faster": outcomes with no
 * number in the sentence, in the action or result part of the answer. */
function find({ doc, unitParts }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  // A measure of the result in the sentence answers "by how much"; the story's clock ("after
  // eight months") does not.
  // Steps still follow up to the last action: a state read before it is on the way.
  const lastAction = unitParts.lastIndexOf('action');
  for (let i = 0; i < tokens.length; i++) {
    // Setup describes the before-state ("the old version was stable"); lessons generalise.
    // (A one- or two-clause answer has no real parts: everything in it counts.)
    const part = unitParts[doc.unitOf[i]];
    const claimPart = doc.units.length < 3 || part === 'action' || part === 'result';
    if (!claimPart && part !== 'learning') continue;
    // A view or a goal ("I thought it was fine", "to make it faster") states no outcome: checked
    // once, before any reading.
    const hit = notAClaim(tokens, i)
      ? null
      : (outcomeReading(tokens, i) ??
        settledOutcomeAt(tokens, i) ??
        stateOutcomeAt(tokens, i, part !== 'action' || doc.units.length < 3) ??
        (part === 'result' || doc.units.length < 3
          ? (negatedOutcomeAt(tokens, i) ?? adoptionOutcomeAt(tokens, i))
          : null) ??
        // How a party took the work: in the result, or after the last step.
        (part !== 'action' || doc.unitOf[i] >= lastAction ? receptionOutcomeAt(tokens, i) : null));
    if (
      !hit ||
      (!claimPart && !toldAsPast(doc, hit.first, hit.last)) ||
      conditional(tokens, hit.first) ||
      stepDuration(tokens, i, hit.last) ||
      ownView(tokens, hit.first, hit.last) ||
      (doc.unitOf[hit.first] < lastAction && checkOnTheWay(tokens, hit.first, hit.last)) ||
      heldThrough(tokens, hit.first, hit.last) ||
      tolerance(doc, hit.first) ||
      approval(tokens, hit.first, hit.last, unitParts[doc.unitOf[i]]) ||
      judgedAdequate(
        tokens,
        hit.first,
        hit.last,
        doc.units.length >= 3 && (part !== 'result' || doc.unitOf[hit.first] < lastAction),
      ) ||
      credit(tokens, hit.first, hit.last) ||
      onePersonsReaction(tokens, hit.first) ||
      feltAbout(tokens, hit.first) ||
      framedAsCost(tokens, hit.first) ||
      reasonGiven(tokens, hit.first, hit.last) ||
      boundPassed(tokens, hit.first, hit.last) ||
      objectRelative(tokens, hit.first) ||
      generalRule(tokens, hit.first, hit.last) ||
      mechanismOrBackstory(tokens, hit.first, hit.last)
    )
      continue;
    if (
      claimMeasured(doc, unitParts, hit.first, hit.last) ||
      figureAtHand(doc, hit.first, hit.last)
    ) {
      i = hit.last - 1;
      continue;
    }
    out.push(spanFinding(doc, 'vague', hit.first, hit.last, OUTCOME_REASON, OUTCOME_SUGGEST));
    i = hit.last - 1;
  }
  return out;
}

/** "which took forever because the heap was eight gigs", "it took a while, because nobody ...":
 * how long a step took, told with its cause or as an aside on the step, is not an outcome. */
function stepDuration(tokens: readonly Token[], i: number, last: number): boolean {
  if (!DURATION_VERBS.has(tokens[i].norm)) return false;
  const before = sameSentence(tokens, i - 1, i)?.norm ?? '';
  const before2 = sameSentence(tokens, i - 2, i)?.norm ?? '';
  return (
    sameSentence(tokens, last, i)?.norm === 'because' ||
    RELATIVES.has(before) ||
    RELATIVES.has(before2)
  );
}

/** "I was happy with the design", "I got better at reading flame graphs": the speaker's own view
 * or growth, not an outcome of the work. */
function ownView(tokens: readonly Token[], first: number, last: number): boolean {
  const after = sameSentence(tokens, last, first);
  if (after?.norm === 'at' && sameSentence(tokens, last + 1, first)?.tags.has('Gerund'))
    return true;
  return tokens[first - 1]?.norm === 'i' && LINKS.has(tokens[first].norm);
}

/** While the work is still being done (an action follows), a state read on the way: reported by another party ("the vendor
 * said everything was fine"), or a gate before the next step ("the canary looked good, so we went
 * to half the fleet"). */
function checkOnTheWay(tokens: readonly Token[], first: number, last: number): boolean {
  const next = sameSentence(tokens, last, first);
  const after = sameSentence(tokens, last + 1, first);
  if (next?.norm === 'so' && (after?.norm === 'i' || after?.norm === 'we')) return true;
  for (let k = first - 1; k >= first - 3 && sameSentence(tokens, k, first); k--)
    if (REPORT_VERBS.has(tokens[k].norm)) return true;
  // "I opened the dashboards and the cluster was green, but ...": what the speaker looked at.
  for (let k = first - 1; k >= first - 8 && sameSentence(tokens, k, first); k--)
    if (LOOK_VERBS.has(tokens[k].norm) && /^(i|we)$/.test(tokens[k - 1]?.norm ?? '')) return true;
  return false;
}

/** "two minutes of delay was fine", "a few seconds of lag is acceptable": an amount judged
 * tolerable is a requirement, not a result. */
function tolerance(doc: RuleContext['doc'], first: number): boolean {
  if (doc.tokens[first - 1]?.norm !== 'of') return false;
  return doc.quantities.some((q) => q.last === first - 1);
}

/** "the status page was green the whole time": a state held through the incident, not a result. */
function heldThrough(tokens: readonly Token[], first: number, last: number): boolean {
  const hit = phraseAt(tokens, last, HELD);
  return !!hit && !!sameSentence(tokens, hit.last - 1, first);
}

/** "my manager was fine with the plan" while the work is being done: an approval, not an outcome. */
function approval(tokens: readonly Token[], first: number, last: number, part: string): boolean {
  const w = tokens[last - 1]?.norm ?? '';
  if (!APPROVALS.has(w)) return false;
  // "he asked for one more column and then he was fine": one person consenting, not how the work
  // was received.
  if (sameSentence(tokens, last, first)?.norm !== 'with')
    return PERSONS.has(tokens[first].norm) && last - first <= 4;
  // "Dana, our product lead, ... and she was fine with it": a person consenting, wherever told.
  return (
    part === 'action' ||
    PERSONS.has(tokens[first].norm) ||
    PERSONS.has(tokens[first - 1]?.norm ?? '')
  );
}

/** "rabbit was fine at our message rates", "showed the Python code was fine", "on staging it
 * looked fine", "because our hit rates looked good": an option, a check or a reason judged
 * adequate, not a result claimed. */
function judgedAdequate(tokens: readonly Token[], first: number, last: number, onTheWay: boolean) {
  const w = tokens[last - 1]?.norm ?? '';
  if (!ADEQUATE.has(w)) return false;
  const next = sameSentence(tokens, last, first);
  if (next && /^(at|on|for)$/.test(next.norm)) return true;
  for (let k = first - 1; k >= first - 4 && sameSentence(tokens, k, first); k--)
    if (FINDING_WORDS.has(tokens[k].norm)) return true;
  // A check read on the way: "all of them looked okay", "it looked fine", "I tested it against
  // my own service and it was fine".
  const looked = tokens.slice(first, last).some((t) => /^look(ed|s)?$/.test(t.norm));
  return (looked || checkedBefore(tokens, first)) && onTheWay;
}

/** True when the speaker's check comes earlier in the sentence ("I tested it ... and it was fine"). */
function checkedBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= first - 10 && sameSentence(tokens, k, first); k--)
    if (CHECK_VERBS.has(tokens[k].norm) && /^(i|we)$/.test(tokens[k - 1]?.norm ?? '')) return true;
  return false;
}

/** "the data team was great at this", "the QA folks are great", "the data team helped a lot":
 * colleagues credited, not a result. */
function credit(tokens: readonly Token[], first: number, last: number): boolean {
  let head = -1;
  for (let k = first; k < last; k++)
    if (LINKS.has(tokens[k].norm) || tokens[k].norm === 'helped') {
      head = k - 1;
      break;
    }
  const subject = tokens[head]?.norm ?? '';
  // "Dana helped a lot", "she was great": a named colleague.
  const named = /^[A-Z][a-z]/.test(tokens[head]?.text ?? '') || /^(he|she)$/.test(subject);
  if (head < first - 1 || !(COLLEAGUES.has(subject) || named)) return false;
  const words = tokens.slice(head + 1, last).map((t) => t.norm);
  return words[0] === 'helped' || words.some((w) => PRAISE.has(w));
}

/** "He didn't love it", "my manager liked it": one person's reaction to a proposal or a step,
 * not how the work was received by the people it was for. */
function onePersonsReaction(tokens: readonly Token[], first: number): boolean {
  if (!APPRECIATIONS.has(tokens[first].norm)) return false;
  let k = first - 1;
  let negated = false;
  while (k > first - 5 && REACTION_GAP.has(sameSentence(tokens, k, first)?.norm ?? '')) {
    if (/^(not|n't|never)$/.test(tokens[k].norm)) negated = true;
    k--;
  }
  // "Kenji did not love it at first", "they didn't love it": a reaction withheld from a plan is
  // the friction of the story, whoever had it, not how the work was received.
  return negated || ONE_PERSON.has(sameSentence(tokens, k, first)?.norm ?? '');
}

/** "people were happy it came back", "glad that it worked": what a feeling is about belongs to
 * the feeling's claim, not a second one. */
function feltAbout(tokens: readonly Token[], first: number): boolean {
  // "the partner was happy it was a bit of a win": a state read by its own linking verb is a
  // claim of its own (speech-to-text drops the stop before it).
  if (LINKS.has(tokens[first + 1]?.norm ?? '')) return false;
  let k = first - 1;
  // "happy it came back": a restored state starts at its verb.
  if (/^(it|they|everything|things)$/.test(sameSentence(tokens, k, first)?.norm ?? '')) k--;
  if (sameSentence(tokens, k, first)?.norm === 'that') k--;
  const feeling = sameSentence(tokens, k, first);
  return (
    !!feeling &&
    SATISFACTIONS.has(feeling.norm) &&
    !pauseAfter(feeling) &&
    !/[.!?]/.test(feeling.post)
  );
}

/** "because Redis is a lot cheaper", "because for what they needed a ticket was still faster":
 * a state told as the reason for a choice or a step explains it; it claims no result. */
function reasonGiven(tokens: readonly Token[], first: number, last: number): boolean {
  // "because their on-call got easier", "because there were fewer failures": a change told as the
  // cause is still a result claimed.
  if (tokens.slice(first, last).some((t) => CHANGE_LINKS.has(t.norm))) return false;
  for (let k = first - 1; k >= first - 6; k--) {
    const t = sameSentence(tokens, k, first);
    if (!t) return false;
    if (REASONS.has(t.norm)) return true;
    if (pauseAfter(t) && k < first - 1) return false;
  }
  return false;
}

/** "the replica lag grew past the health check threshold": a change up to a named bound tells
 * the mechanism, not a result. */
function boundPassed(tokens: readonly Token[], first: number, last: number): boolean {
  return BOUNDS.has(sameSentence(tokens, last, first)?.norm ?? '') && last - first <= 4;
}

/** "the SSO work slipped a sprint, which the sales team was annoyed about": a feeling about a
 * thing named before it (most often a cost), not a result of the work. */
function objectRelative(tokens: readonly Token[], first: number): boolean {
  const before = sameSentence(tokens, first - 1, first);
  return before?.norm === 'which' && !tokens[first].tags.has('Verb');
}

/** "pushback lands better with the numbers attached than with an opinion", "cutting scope is
 * easier when the user says what they use": a present-tense rule of thumb, not a result. */
function generalRule(tokens: readonly Token[], first: number, last: number): boolean {
  const present = tokens
    .slice(first, last)
    .some(
      (t) => /^(is|are)$/.test(t.norm) || (t.tags.has('PresentTense') && !t.tags.has('Copula')),
    );
  if (!present) return false;
  for (let k = last; k < last + 7; k++) {
    const t = sameSentence(tokens, k, first);
    if (!t || t.norm === 'now') return false;
    if (t.norm === 'when' || t.norm === 'if') return k === last;
    if (t.norm === 'than') return !comparedWithPast(tokens, k + 1, first);
  }
  return false;
}

/** Vague outcomes: improvement claims with no number in the sentence. */
export const vagueOutcomeRule: Rule = { kind: 'vague', run: find };
