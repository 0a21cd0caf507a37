import type { Doc } from '../doc';
import {
  LIST_END_QUANTIFIERS,
  NOT_STEPS,
  PARTIAL_AMOUNTS,
  REACHED_PEOPLE,
  SERVED_PEOPLE,
  SOFT_COUNTS,
  SUBJECT_GAP,
} from '../lists/vague-context';
import { phraseAt, phraseSet } from '../phrase-match';
import { endsClause, sameSentence } from '../token-context';
import type { Token } from '../tokens';
import type { StarPart } from '../types';
import { endsClauseOrJoins } from './vague-amount';

const LIST_ENDS = phraseSet(LIST_END_QUANTIFIERS);
const PARTIALS = phraseSet(PARTIAL_AMOUNTS);
const COUNTS = phraseSet(SOFT_COUNTS);

/** End of a plural noun (after at most two modifiers) from j that closes its clause, or -1. */
function pluralEnd(tokens: readonly Token[], j: number, ref: number): number {
  for (let k = j; k < j + 3; k++) {
    const t = sameSentence(tokens, k, ref);
    if (!t || t.tags.has('Verb') || t.tags.has('Preposition')) return -1;
    if (t.tags.has('Plural') || t.norm === 'stuff')
      return endsClauseOrJoins(tokens, k) ? k + 1 : -1;
  }
  return -1;
}

/** "and some other tweaks", "and a couple other things", "all the usual things": the end of a
 * list standing in for the rest of it. Returns [first, last) or null. */
export function listEndAt(tokens: readonly Token[], i: number): [number, number] | null {
  // "battery life, data usage, all that.": the last item of a spoken list.
  // "..., you know, all of that.": with or without "of".
  const that = tokens[i + 1]?.norm === 'of' ? i + 2 : i + 1;
  if (
    tokens[i].norm === 'all' &&
    tokens[that]?.norm === 'that' &&
    sameSentence(tokens, that, i) &&
    /,/.test(tokens[i - 1]?.post ?? '') &&
    endsClause(tokens, that)
  )
    return [i, that + 1];
  const lead = tokens[i].norm === 'and' || tokens[i].norm === 'or' ? 1 : 0;
  const hit = phraseAt(tokens, i + lead, LIST_ENDS);
  if (!hit || !sameSentence(tokens, hit.first, i)) return null;
  const end = pluralEnd(tokens, hit.last, i);
  return end > 0 ? [i, end] : null;
}

/** True when token i is in a part where something was done or came out of it (or the answer is
 * too short to have parts). */
function claimPart(doc: Doc, unitParts: readonly StarPart[], i: number): boolean {
  const part = unitParts[doc.unitOf[i]];
  return doc.units.length < 3 || part === 'action' || part === 'result';
}

/** True when the set at i is the object of a step the speaker or their team took ("we restored
 * most of it", "I finished most of it"), not a view or what another party did. */
function speakerDid(tokens: readonly Token[], i: number): boolean {
  const verb = sameSentence(tokens, i - 1, i);
  if (!verb?.tags.has('PastTense') || verb.tags.has('Copula') || NOT_STEPS.has(verb.norm))
    return false;
  for (let k = i - 2; k >= i - 4; k--) {
    const t = sameSentence(tokens, k, i);
    if (!t) return false;
    if (t.norm === 'i' || t.norm === 'we') return true;
    if (!SUBJECT_GAP.has(t.norm)) return false;
  }
  return false;
}

/** "we restored most of it", "moved some of the services over", "only a few customers noticed",
 * "most teams came around": a part of a set, or a soft count of the people reached, where the
 * interviewer wants how many. Returns [first, last) or null. */
export function partialAt(
  doc: Doc,
  unitParts: readonly StarPart[],
  i: number,
): [number, number] | null {
  const { tokens } = doc;
  if (!claimPart(doc, unitParts, i)) return null;
  const partial = phraseAt(tokens, i, PARTIALS);
  if (partial) {
    if (!speakerDid(tokens, i)) return null;
    // "restored most of it": a part of nothing named; "some of the mappings" names the set.
    const last = tokens[partial.last - 1].norm;
    return last === 'it' || last === 'them' || last === 'could' ? [i, partial.last] : null;
  }
  const count = phraseAt(tokens, i, COUNTS);
  if (!count || tokens[i - 1]?.norm === 'of') return null;
  const people = sameSentence(tokens, count.last, i);
  if (!people || !REACHED_PEOPLE.has(people.norm)) return null;
  // In the result: "a few people showed up at the wrong time"; anywhere a claim is made, the
  // system's users: "only a few customers noticed", "some users couldn't log in".
  const verb = sameSentence(tokens, count.last + 1, i);
  const served =
    SERVED_PEOPLE.has(people.norm) &&
    !!verb &&
    (verb.tags.has('Verb') || verb.tags.has('Adverb')) &&
    !verb.tags.has('Gerund');
  return unitParts[doc.unitOf[i]] === 'result' || doc.units.length < 3 || served
    ? [i, count.last + 1]
    : null;
}
