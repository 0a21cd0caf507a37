import { BOOSTERS, METRIC_NOUNS, SKIPPABLE, SUBJECT_WORDS } from './lists/outcome-words';
import {
  CONDITION_OPENERS,
  COUNT_COMPARATIVES,
  COUNT_VERBS,
  RESTORE_VERBS,
  RESTORED_STATES,
  SETTLED_PHRASES,
  STOP_VERBS,
  VANISH_HEDGES,
} from './lists/outcome-context';
import { GENERIC_NOUNS, VANISH_PHRASES } from './lists/vague';
import { CLAUSE_BREAKS } from './lists/grammar';
import { HOW_FOLLOWS } from './lists/vague-context';
import { phraseAt, phraseSet } from './phrase-match';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';

const SETTLED = phraseSet(SETTLED_PHRASES);
const HEDGES = phraseSet(VANISH_HEDGES);
const VANISH = phraseSet(VANISH_PHRASES);
const PEOPLE_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'you']);

/** True when the clause closes right after token j, or only "again", "too", "after that" and the
 * like follow. */
function closesAt(tokens: readonly Token[], j: number, ref: number): boolean {
  const next = sameSentence(tokens, j + 1, ref);
  return endsClause(tokens, j) || !next || CLOSERS.has(next.norm);
}
const CLOSERS = new Set(
  'and again too after afterwards now then pretty fairly quickly eventually soon though'.split(' '),
);

/** "it was back up", "everything was working again", "it all came back", "we got everything back
 * up": a system restored, with no time or measure. Not a person coming back ("he came back"). */
function restoredEnd(tokens: readonly Token[], i: number): number {
  const v = tokens[i];
  if (!RESTORE_VERBS.has(v.norm)) return i;
  let subject = i - 1;
  while (subject > i - 4 && SKIPPABLE.has(sameSentence(tokens, subject, i)?.norm ?? '')) subject--;
  const who = sameSentence(tokens, subject, i);
  if (PEOPLE_PRONOUNS.has(who?.norm ?? '')) {
    // "we got everything back up": the speaker brought a generic object back.
    if (v.norm !== 'got' && v.norm !== 'brought') return i;
  } else if (COME.has(v.norm) && who && !pauseAfter(who) && namedSubject(who)) {
    // "the site came back", "search came back": a named system returning is an event of the
    // story's clock (how soon is the question), not a claim; "it all came back" claims the whole
    // was fine again, and so does a state read of it ("the whole site was back up").
    return i;
  }
  let j = i + 1;
  // A short generic object: "got everything back up", "brought it back".
  if (SUBJECT_WORDS.has(tokens[j]?.norm ?? '') && tokens[j]?.norm !== 'it' && j === i + 1) j++;
  else if (tokens[j]?.norm === 'it' && (v.norm === 'got' || v.norm === 'brought')) j++;
  while (j < i + 5 && BOOSTERS.has(sameSentence(tokens, j, i)?.norm ?? '')) j++;
  const w = sameSentence(tokens, j, i);
  if (!w) return i;
  if (w.norm === 'back') {
    const state = sameSentence(tokens, j + 1, i);
    if (state && RESTORED_STATES.has(state.norm) && closesAt(tokens, j + 1, i)) return j + 2;
    // "it all came back", "it was back": back by itself closes the clause.
    return closesAt(tokens, j, i) && (v.norm === 'came' || v.norm === 'was' || v.norm === 'were')
      ? j + 1
      : i;
  }
  const again = sameSentence(tokens, j + 1, i);
  // "were right again twenty-five minutes after the flag": how soon is said.
  const soon = sameSentence(tokens, j + 2, i);
  if (
    RESTORED_STATES.has(w.norm) &&
    again?.norm === 'again' &&
    !COME.has(v.norm) &&
    !(soon?.tags.has('Value') || /\d/.test(soon?.text ?? ''))
  )
    return j + 2;
  // "and after that it was working.": a generic subject running again after the steps.
  if (
    RUNNING.has(w.norm) &&
    /^(was|were)$/.test(v.norm) &&
    SUBJECT_WORDS.has(tokens[subject]?.norm ?? '') &&
    endsClause(tokens, j) &&
    afterSteps(tokens, subject)
  )
    return j + 1;
  return i;
}

const RUNNING = new Set(['working', 'running']);

/** True when token t names a system or thing ("the site", "search", "the API") rather than a
 * generic whole ("it", "everything", "most of it", "the stuff"). */
function namedSubject(t: Token): boolean {
  if (SUBJECT_WORDS.has(t.norm) || GENERIC_NOUNS.has(t.norm) || WHOLES.has(t.norm)) return false;
  return t.tags.has('Noun') || t.tags.has('Acronym') || t.tags.has('ProperNoun');
}
const WHOLES = new Set(['all', 'rest', 'most', 'everything']);
const COME = new Set(['came', 'come', 'comes']);

/** True when "after that", "afterwards" or "from then on" opens the clause before token k. */
function afterSteps(tokens: readonly Token[], k: number): boolean {
  const a = sameSentence(tokens, k - 1, k)?.norm ?? '';
  const b = sameSentence(tokens, k - 2, k)?.norm ?? '';
  return a === 'afterwards' || (b === 'after' && a === 'that') || (b === 'then' && a === 'on');
}

/** "payments started working again", "the consumers began running again": a system restored. */
function restartedEnd(tokens: readonly Token[], i: number): number {
  if (!/^(started|began)$/.test(tokens[i].norm)) return i;
  const w = sameSentence(tokens, i + 1, i);
  const again = sameSentence(tokens, i + 2, i);
  if (!w || !RUNNING.has(w.norm) || again?.norm !== 'again') return i;
  const subject = sameSentence(tokens, i - 1, i)?.norm ?? '';
  return PEOPLE_PRONOUNS.has(subject) ? i : i + 3;
}

/** "the 502s pretty much went away", "the night pages mostly stopped", "the pods stopped crashing
 * as much": whatever went away, a hedged degree leaves how much unsaid. */
function hedgedVanishEnd(tokens: readonly Token[], i: number): number {
  const hedge = phraseAt(tokens, i, HEDGES);
  if (hedge) {
    const at = hedge.last;
    const vanish = phraseAt(tokens, at, VANISH);
    if (vanish && sameSentence(tokens, vanish.first, i)) return vanish.last;
    if (STOP_VERBS.has(sameSentence(tokens, at, i)?.norm ?? '')) {
      // "pretty much stopped", "mostly stopped happening".
      const next = sameSentence(tokens, at + 1, i);
      if (next?.tags.has('Gerund')) return at + 2;
      return closesAt(tokens, at, i) || next?.tags.has('Preposition') ? at + 1 : i;
    }
    return i;
  }
  // "complaints stopped", "the pages stopped": a count of trouble that ended, with no measure.
  if (STOP_VERBS.has(tokens[i].norm) && closesAt(tokens, i, i)) {
    const subject = sameSentence(tokens, i - 1, i)?.norm ?? '';
    if (METRIC_NOUNS.has(subject)) return i + 1;
  }
  // "stopped crashing as much", "stopped complaining as much".
  // "stopped batching up their changes as much": the activity may carry a short object.
  if (STOP_VERBS.has(tokens[i].norm) && sameSentence(tokens, i + 1, i)?.tags.has('Gerund')) {
    for (let k = i + 2; k < i + 7; k++) {
      const a = sameSentence(tokens, k, i);
      if (!a || pauseAfter(tokens[k - 1]) || /^(and|but|so)$/.test(a.norm)) break;
      if (a.norm === 'as' && tokens[k + 1]?.norm === 'much') return k + 2;
    }
  }
  return i;
}

/** "we had fewer breakages", "there were fewer weird failures", "people found more books": a count
 * compared with no number, closing its clause. */
function countComparedEnd(tokens: readonly Token[], i: number): number {
  if (!COUNT_VERBS.has(tokens[i].norm)) return i;
  const subject = sameSentence(tokens, i - 1, i)?.norm ?? '';
  // "I had less time", "we need more memory": the speaker's means, not an outcome.
  if (subject === 'i' || subject === 'to') return i;
  let j = i + 1;
  while (
    j < i + 4 &&
    BOOSTERS.has(sameSentence(tokens, j, i)?.norm ?? '') &&
    !COUNT_COMPARATIVES.has(tokens[j].norm)
  )
    j++;
  const c = sameSentence(tokens, j, i);
  if (!c || !COUNT_COMPARATIVES.has(c.norm)) return i;
  let k = j + 1;
  while (k < j + 3 && sameSentence(tokens, k, i)?.tags.has('Adjective')) k++;
  const noun = sameSentence(tokens, k, i);
  if (!noun || !noun.tags.has('Plural') || noun.tags.has('Pronoun')) return i;
  const next = sameSentence(tokens, k + 1, i);
  // "more requests than the pool could take", "fewer retries per call": compared with a thing.
  if (next && (next.norm === 'than' || next.norm === 'per' || next.norm === 'to')) return i;
  return closesAt(tokens, k, i) || next?.tags.has('Preposition') ? k + 1 : i;
}

/** "got it working again by pinning the client": the how follows within a few words. */
function howFollows(tokens: readonly Token[], end: number, ref: number): boolean {
  for (let k = end; k < end + 3; k++) {
    const t = sameSentence(tokens, k, ref);
    // "got the migration done and dealt with ...": another step, not the how.
    if (!t || /^(and|but|so)$/.test(t.norm)) return false;
    if (HOW_FOLLOWS.has(t.norm)) return true;
  }
  return false;
}

/** True when a condition or time opener starts the clause of token i ("when a client came back",
 * "once the pods were stable"): the outcome is not claimed there. */
export function conditional(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k].sent === tokens[i].sent; k--) {
    if (CONDITION_OPENERS.has(tokens[k].norm)) return true;
    // "once I rolled that out the issue went away": the opener's clause had its verb already.
    if (pauseAfter(tokens[k]) || CLAUSE_BREAKS.has(tokens[k].norm) || tokens[k].tags.has('Verb'))
      return false;
  }
  return false;
}

/** "in the end it sort of worked, I guess", "it worked.", "it kind of helped": that the work worked, with its subject a
 * generic "it" and nothing after it (not "it worked for small tenants", "it worked on staging"). */
function bareWorkedEnd(tokens: readonly Token[], i: number): number {
  if (!/^(worked|works|helped)$/.test(tokens[i].norm)) return i;
  let k = i - 1;
  while (k > i - 4 && SKIPPABLE.has(sameSentence(tokens, k, i)?.norm ?? '')) k--;
  const subject = sameSentence(tokens, k, i);
  // "we failed over, which sort of worked": a relative set off by a comma judges the step.
  const step = subject?.norm === 'which' && /,/.test(tokens[k - 1]?.post ?? '');
  if (!subject || !(WORKED_SUBJECTS.has(subject.norm) || step)) return i;
  const next = sameSentence(tokens, i + 1, i);
  return endsClause(tokens, i) || !next || next.norm === 'in' ? i + 1 : i;
}
const WORKED_SUBJECTS = new Set(['it', 'that', 'this', 'everything', 'things']);

/** "we got the migration done", "got the whole rollout finished": the work named, then only that
 * it was done. Returns the end token (exclusive) or i. */
function gotDoneEnd(tokens: readonly Token[], i: number): number {
  if (!/^(got|get)$/.test(tokens[i].norm) || tokens[i + 1]?.norm !== 'the') return i;
  for (let k = i + 2; k < i + 5; k++) {
    const t = sameSentence(tokens, k, i);
    if (!t) return i;
    if (/^(done|finished)$/.test(t.norm)) return k > i + 2 ? k + 1 : i;
    if (!t.tags.has('Noun') && !t.tags.has('Adjective')) return i;
  }
  return i;
}

/** Outcomes the linking-verb and change patterns of outcome.ts do not read: a system restored, a
 * hedged disappearance, a count compared with no number, people won over ("most teams came
 * around"). Read only by the vague rule. Returns a token range or null. */
export function settledOutcomeAt(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  if (conditional(tokens, i)) return null;
  const phrase = phraseAt(tokens, i, SETTLED);
  if (phrase) return { first: i, last: phrase.last };
  for (const end of [
    restoredEnd(tokens, i),
    restartedEnd(tokens, i),
    hedgedVanishEnd(tokens, i),
    countComparedEnd(tokens, i),
    bareWorkedEnd(tokens, i),
    gotDoneEnd(tokens, i),
  ])
    if (end > i) return howFollows(tokens, end, i) ? null : { first: i, last: end };
  return null;
}
