import { MODALS } from '../lists/grammar';
import { ATTEMPT_VERBS } from '../lists/outcome-words';
import {
  GENERIC_NOUNS,
  GENERIC_OBJECTS,
  INVESTIGATE_VERBS,
  VAGUE_ACTION_PHRASES,
  VAGUE_ACTION_VERBS,
} from '../lists/vague';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { spanFinding, type Rule, type RuleContext } from './context';
import { specificsNear } from './vague-measure';
import { endsClause, pauseAfter, sameSentence } from '../token-context';
import { ACTION_REASON, ACTION_SUGGEST } from './reasons';
import { reworkEnd } from './vague-rework';
import { toldAsPast } from './vague-lesson';
import { endsClauseOrJoins } from './vague-amount';
import { deliberationNamed, withParty } from './vague-framing';
import { ACT_GAP, DELIBERATIONS, OTHER_PARTIES } from '../lists/vague-roles';
import {
  DONE_STATES,
  FINDING,
  FINDING_HEDGES,
  GET_VERBS,
  HOW_FOLLOWS,
  KEEP_VERBS,
  KEPT_STATES,
  NAMED_AFTER,
  NOT_SPECIFIED_AFTER,
  PARTICLES,
  SUBJECT_GAP,
  TALK_VERBS,
  UNNAMED_PARTIES,
  UNNAMED_PARTY_GAP,
} from '../lists/vague-context';

const ACTIONS = phraseSet(VAGUE_ACTION_VERBS);
const OBJECTS = phraseSet(GENERIC_OBJECTS);
const ACTION_PHRASES = phraseSet(VAGUE_ACTION_PHRASES);
const INVESTIGATE = phraseSet(INVESTIGATE_VERBS);
/** Verbs that report what an investigation found. */
const FOUND = new Set(
  'found find saw see noticed realized realised discovered figured traced turned spotted learned was were it there'.split(
    ' ',
  ),
);
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'our', 'their', 'my', 'his', 'her', 'its', 'your']);
/** "clean up" -> "cleaned things up": phrasal verbs of the list whose particle can follow the object. */
const SPLIT_PARTICLE = new Map(
  VAGUE_ACTION_VERBS.map((p) => p.split(' '))
    .filter((w) => w.length === 2 && (w[1] === 'up' || w[1] === 'out' || w[1] === 'down'))
    .map((w) => [w[0], w[1]] as const),
);

function isStepVerb(t: Token | undefined): boolean {
  return (
    !!t &&
    t.tags.has('Verb') &&
    !t.tags.has('Copula') &&
    !t.tags.has('Modal') &&
    ![
      'have',
      'had',
      'has',
      'do',
      'did',
      'need',
      'needed',
      'want',
      'wanted',
      'saw',
      'noticed',
      'said',
      'know',
      'knew',
      'mean',
      'meant',
    ].includes(t.norm)
  );
}

function subjectBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3 && tokens[k].sent === tokens[i].sent; k--) {
    const w = tokens[k].norm;
    if (w === 'we' || w === 'i' || w === 'they') return k;
    if (!SUBJECT_GAP.has(w)) break;
  }
  return i;
}

/** True when a "to + verb" earlier in the clause governs this verb too ("asked them to test and
 * fix it"); "went to the logs and fixed it" has no infinitive. */
function underInfinitive(tokens: readonly Token[], i: number): boolean {
  // A goal coordinates its verbs: "to restore the service within our recovery objective and find".
  for (let k = i - 1; k >= 0 && k >= i - 16 && tokens[k].sent === tokens[i].sent; k--) {
    if (tokens[k].norm === 'to' && (k === i - 1 || tokens[k + 1]?.tags.has('Verb'))) {
      return !ATTEMPT_VERBS.has(tokens[k - 1]?.norm ?? '');
    }
    // (Most words are followed by one space: no need for the regex there.)
    const post = tokens[k].post;
    if (post !== ' ' && /[,;]/.test(post)) return false;
  }
  return false;
}

/** A word that can start a split phrase: a verb with its particle, or one of getting or keeping. */
function splitStart(w: string): boolean {
  return SPLIT_PARTICLE.has(w) || GET_VERBS.has(w) || KEEP_VERBS.has(w);
}

/** "cleaned things up", "got it working", "got everything sorted": a verb, a generic object, then a
 * particle or a state that says only that it is done. */
function splitPhraseEnd(tokens: readonly Token[], i: number): number {
  const w = tokens[i].norm;
  const particle = SPLIT_PARTICLE.get(w);
  // "kept things moving", "kept everything flexible": a state kept, with no how.
  const kept = KEEP_VERBS.has(w);
  const state = GET_VERBS.has(w) || kept;
  if (!particle && !state) return i;
  const obj = phraseAt(tokens, i + 1, OBJECTS);
  const after = obj && sameSentence(tokens, obj.last, i);
  if (!after) return i;
  if (particle && after.norm === particle) {
    // "narrowed it down to the rounding logic", "tracked it down in the consumer": what was found.
    const then = sameSentence(tokens, obj.last + 1, i);
    const end = then?.norm === 'in' && tokens[obj.last + 3]?.norm === 'end';
    const found = FINDING.has(w) && !!then && /^(to|in|inside)$/.test(then.norm) && !end;
    return found ? i : obj.last + 1;
  }
  if (!state || !(kept ? KEPT_STATES : DONE_STATES).has(after.norm)) return i;
  // "got it working again by pinning the version": the how follows.
  for (let k = obj.last + 1; k < obj.last + 3 && sameSentence(tokens, k, i); k++)
    if (HOW_FOLLOWS.has(tokens[k].norm)) return i;
  return obj.last + 1;
}

/** "I looked into it.", "we investigated the issue.": looking into a generic object, and the
 * sentence ends there without what was found. */
function investigatedEnd(tokens: readonly Token[], i: number): number {
  const verb = phraseAt(tokens, i, INVESTIGATE);
  const prev = sameSentence(tokens, i - 1, i);
  if (!verb || (prev && (prev.norm === 'to' || MODALS.has(prev.norm)))) return i;
  // The speaker's own looking: "he looked at it and said ..." is someone else's review.
  const who = tokens[subjectBefore(tokens, i)]?.norm;
  if (who !== 'i' && who !== 'we') return i;
  const obj = phraseAt(tokens, verb.last, OBJECTS);
  if (!obj || !sameSentence(tokens, obj.first, i)) return i;
  const next = sameSentence(tokens, obj.last, i);
  if (!next) return obj.last;
  // "dug into it and we did a bunch of stuff": the next step comes with nothing found; "looked
  // into it and found the leak", "looked into it, the consumer was lagging": what was found.
  if (next.norm !== 'and' || pauseAfter(tokens[obj.last - 1])) return i;
  let k = obj.last + 1;
  if (tokens[k]?.norm === 'i' || tokens[k]?.norm === 'we') k++;
  // "dug into it and I think it was the scheduler": what was found, told with a hedge.
  if (FINDING_HEDGES.has(tokens[k]?.norm ?? '')) k++;
  const step = sameSentence(tokens, k, i);
  return step && !FOUND.has(step.norm) && step.tags.has('Verb') ? obj.last : i;
}

/** "we handled it", "dealt with it", "figured it out": an action with a generic object and no how. */
function vagueActionEnd(tokens: readonly Token[], i: number): number {
  const whole = phraseAt(tokens, i, ACTION_PHRASES);
  if (whole) {
    // "pushed a fix for the race", "found a workaround that ...": what it was follows.
    const next = sameSentence(tokens, whole.last, i);
    const named =
      /:/.test(tokens[whole.last - 1].post) ||
      (DELIBERATIONS.has(whole.phrase) && deliberationNamed(tokens, whole.last)) ||
      (!!next && (HOW_FOLLOWS.has(next.norm) || NAMED_AFTER.has(next.norm)));
    return named ? i : whole.last;
  }
  const prevWord = sameSentence(tokens, i - 1, i)?.norm ?? '';
  // (splitPhraseEnd reads only words that can start one: the look back for "to" waits for them.)
  if (
    splitStart(tokens[i].norm) &&
    !MODALS.has(prevWord) &&
    prevWord !== 'how' &&
    !underInfinitive(tokens, i)
  ) {
    const split = splitPhraseEnd(tokens, i);
    if (split > i) return split;
  }
  const verb = phraseAt(tokens, i, ACTIONS);
  const prev = sameSentence(tokens, i - 1, i);
  if (
    !verb ||
    // "a balance that didn't match": a noun after its article or possessive, not an action.
    NOUN_BEFORE.has(prev?.norm ?? '') ||
    (prev && (prev.norm === 'how' || MODALS.has(prev.norm))) ||
    underInfinitive(tokens, i)
  )
    return i;
  const obj = phraseAt(tokens, verb.last, OBJECTS);
  if (!obj || !sameSentence(tokens, obj.first, i)) return i;
  let end = obj.last;
  if (verb.last - verb.first === 1 && PARTICLES.has(tokens[end]?.norm ?? '')) end++;
  const next = sameSentence(tokens, end, i);
  // "sorted it out with the customers": a party dealt with, not a how.
  const how = howSoon(tokens, end, i);
  if (/:/.test(tokens[end - 1].post) || how) return i;
  // "found the issue was a race", "found it in the consumer", "found it retried twice": the
  // specifics follow (a preposition, or a clause whose subject is the object).
  if (
    next &&
    (next.norm === 'was' ||
      next.norm === 'is' ||
      (FINDING.has(tokens[i].norm) &&
        (next.tags.has('Preposition') ||
          (next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Modal')))))
  )
    return i;
  if (stepsNamedAfter(tokens, end, i)) return i;
  // "figured out that the producer ...", "fixed this race": a clause or a real noun follows.
  const objWord = tokens[obj.first].norm;
  const single = obj.last - obj.first === 1 && (objWord === 'that' || objWord === 'this');
  // "found that quotes were off", "found that when a pod restarted ...": a clause follows.
  if (
    single &&
    objWord === 'that' &&
    FINDING.has(tokens[i].norm) &&
    next &&
    !endsClause(tokens, obj.first)
  )
    return i;
  if (
    single &&
    next &&
    !endsClause(tokens, obj.first) &&
    (next.tags.has('Noun') ||
      next.tags.has('Determiner') ||
      next.tags.has('Adjective') ||
      next.tags.has('Value'))
  )
    return i;
  return end;
}

/** True when the how follows from `end`, right away or after a short time phrase ("redid it that
 * night with gh-ost", "fixed it on Monday by pinning the client"); "with the customers" names a
 * party, not a how. */
function howSoon(tokens: readonly Token[], end: number, ref: number): boolean {
  for (let k = end; k < end + 4; k++) {
    const t = sameSentence(tokens, k, ref);
    if (!t) return false;
    if (HOW_FOLLOWS.has(t.norm)) return !withParty(tokens, k);
    if (pauseAfter(t) || t.tags.has('Verb') || /^(and|but|so|then)$/.test(t.norm)) return false;
  }
  return false;
}

/** Words between the comma after a vague action and the steps that name it (", and then I"). */
const STEP_JOINS = new Set(['and', 'then']);

/** True when, right after a vague action, the same sentence goes on with a list of the speaker's
 * concrete steps ("sorted it from there, we patched the rounding, and we wrote a backfill",
 * "handled it: I rotated the signing keys"): the vague verb heads a list whose items are the how. */
function stepsNamedAfter(tokens: readonly Token[], end: number, ref: number): boolean {
  // A comma lists the steps as the how ("sorted it that week, we patched ..."); "and" may just go
  // on to the next step ("handled the changes and we built the service"). Up to a short tail
  // with no verb ("from there", "that week") before the comma.
  let comma = -1;
  for (let c = end - 1; c < end + 3; c++) {
    const t = sameSentence(tokens, c, ref);
    if (!t || (c >= end && t.tags.has('Verb'))) return false;
    if (/[,:;—]/.test(t.post)) {
      comma = c;
      break;
    }
  }
  if (comma < 0) return false;
  for (let k = comma + 1; k < comma + 3; k++) {
    const t = sameSentence(tokens, k, ref);
    if (!t) return false;
    if (t.norm !== 'i' && t.norm !== 'we') {
      if (STEP_JOINS.has(t.norm) || t.text === '') continue;
      return false;
    }
    let v = k + 1;
    while (v < k + 3 && ACT_GAP.has(tokens[v]?.norm ?? '')) v++;
    const verb = sameSentence(tokens, v, ref);
    if (!verb || !verb.tags.has('PastTense') || !isStepVerb(verb)) return false;
    const det = sameSentence(tokens, v + 1, ref);
    if (!det || !NOUN_BEFORE.has(det.norm)) return false;
    // "we rolled out the fix": a generic object names nothing.
    for (let n = v + 2; n < v + 5; n++) {
      const w = sameSentence(tokens, n, ref);
      if (!w || w.tags.has('Pronoun') || GENERIC_NOUNS.has(w.norm) || w.norm === 'whole')
        return false;
      // Without the post-tagger a noun after its article can read as a gerund ("the rounding").
      if (w.tags.has('Noun') || w.tags.has('Gerund')) return true;
      if (!w.tags.has('Adjective')) return false;
    }
    return false;
  }
  return false;
}

/** True when the actor right before the verb at i is another party ("the vendor never fixed the
 * bugs we reported"): what they did or failed to do is not the speaker's vague claim. */
function partyActor(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4) {
    const t = sameSentence(tokens, k, i);
    if (!t || !(ACT_GAP.has(t.norm) || t.tags.has('Negative') || t.tags.has('Adverb'))) break;
    k--;
  }
  const subject = sameSentence(tokens, k, i);
  if (!subject || pauseAfter(subject)) return false;
  // "let the queue's backoff handle it", "the retry job cleaned it up": a mechanism acts.
  const thing =
    subject.tags.has('Noun') &&
    !subject.tags.has('Pronoun') &&
    !subject.tags.has('Possessive') &&
    k < i;
  // "Farid found the problem": a name the tagger may read as an adjective is still a party.
  const named = /^[A-Z][a-z]+$/.test(subject.text) && subject.tags.has('Adjective') && k < i;
  return OTHER_PARTIES.has(subject.norm) || thing || named;
}

/** "talked to some people.", "went around and spoke with folks,": talking, with nobody named and
 * nothing said about what, closing its clause. "talked to people and explained how ..." goes on
 * with what was said. Returns the end token or i. */
function unnamedTalkEnd(tokens: readonly Token[], i: number): number {
  if (!TALK_VERBS.has(tokens[i].norm)) return i;
  let j = i + 1;
  if (tokens[j]?.norm === 'out') j++;
  if (!/^(to|with)$/.test(sameSentence(tokens, j, i)?.norm ?? '')) return i;
  j++;
  while (j < i + 7 && UNNAMED_PARTY_GAP.has(sameSentence(tokens, j, i)?.norm ?? '')) j++;
  const party = sameSentence(tokens, j, i);
  if (!party || !UNNAMED_PARTIES.has(party.norm)) return i;
  const who = sameSentence(tokens, i - 1, i)?.norm;
  // The speaker's talking: "I talked", "and talked", or a fragment with no subject.
  if (who && !/^(i|we|and|then|so|also|just)$/.test(who)) return i;
  return endsClause(tokens, j) ? j + 1 : i;
}

function find({ doc, unitParts }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A goal in the Task part states what had to be done; it is not a claim of how (taxonomy).
    const part = unitParts[doc.unitOf[i]];
    // A lesson says what to do next time ("we wouldn't have had to redo it"), not what was done.
    const goal =
      doc.units.length >= 3 &&
      (part === 'task' || (part === 'learning' && !toldAsPast(doc, i, i + 1)));
    if (goal) continue;
    // "if we didn't fix those first, ...": a supposition, not a step taken.
    if (supposed(tokens, i) || notDone(tokens, i)) continue;
    const end = Math.max(
      vagueActionEnd(tokens, i),
      reworkEnd(tokens, i),
      investigatedEnd(tokens, i),
      unnamedTalkEnd(tokens, i),
    );
    if (end > i && (specificsNear(doc, i, end) || partyActor(tokens, i))) {
      i = end - 1;
      continue;
    }
    if (specificsNear(doc, i, i + 1)) continue;
    if (end > i) {
      out.push(
        spanFinding(doc, 'vague', subjectBefore(tokens, i), end, ACTION_REASON, ACTION_SUGGEST),
      );
      i = end - 1;
      continue;
    }
    // "we restarted things and ...", "started building something": a bare placeholder object.
    const prev = sameSentence(tokens, i - 1, i);
    // "I felt I must say something", "if you build something": not a step that was taken.
    const before = sameSentence(tokens, i - 2, i)?.norm ?? '';
    const taken =
      !MODALS.has(before) &&
      before !== 'to' &&
      (doc.units.length < 3 || part === 'action' || part === 'result');
    if (
      tokens[i].norm === 'something' &&
      taken &&
      isStepVerb(prev) &&
      !NOT_SPECIFIED_AFTER.has(tokens[i + 1]?.norm ?? '') &&
      !describedAfter(tokens, i) &&
      !othersDid(tokens, i - 1)
    ) {
      out.push(spanFinding(doc, 'vague', i, i + 1, ACTION_REASON, ACTION_SUGGEST));
      continue;
    }
    if (
      tokens[i].norm === 'things' &&
      prev?.tags.has('PastTense') &&
      endsClauseOrJoins(tokens, i)
    ) {
      out.push(spanFinding(doc, 'vague', i, i + 1, ACTION_REASON, ACTION_SUGGEST));
    }
  }
  return out;
}

/** "I proposed something narrower: a backend-for-frontend ...", "something simpler": what it
 * was follows, described or after a colon. */
function describedAfter(tokens: readonly Token[], i: number): boolean {
  const next = sameSentence(tokens, i + 1, i);
  return (
    /:/.test(tokens[i].post) || (!!next && next.tags.has('Adjective') && !pauseAfter(tokens[i]))
  );
}

/** "they had changed something", "he tweaked something": another person's act, which the speaker
 * was not told the details of. */
function othersDid(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > verb - 4 && ACT_GAP.has(sameSentence(tokens, k, verb)?.norm ?? '')) k--;
  const subject = sameSentence(tokens, k, verb)?.norm ?? '';
  return /^(they|he|she)$/.test(subject) || partyActor(tokens, verb);
}

/** True when "if", "unless" or "whether" opens the clause of token i. */
function supposed(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 5; k--) {
    const t = sameSentence(tokens, k, i);
    if (!t || pauseAfter(t)) return false;
    if (/^(if|unless|whether)$/.test(t.norm)) return true;
  }
  return false;
}

/** "we couldn't fix those", "I never handled it", "we would sort it out": a step not taken (or
 * only supposed) claims nothing done. */
function notDone(tokens: readonly Token[], i: number): boolean {
  const prev = sameSentence(tokens, i - 1, i);
  if (!prev) return false;
  if (prev.tags.has('Negative') || prev.norm === 'never') return true;
  return prev.tags.has('Modal') && prev.norm !== 'did';
}

/** Vague actions: something was done, with no what or how ("we handled it", "we fixed it"). */
export const vagueActionRule: Rule = { kind: 'vague', run: find };
