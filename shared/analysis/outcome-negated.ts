import {
  NEGATED_FATES,
  NEGATED_TAIL,
  NEGATION_GAP,
  NOBODY,
  ADOPTIONS,
  NOT_FATE_SUBJECTS,
  PARTY_SUBJECTS,
  REACTIONS,
} from './lists/outcome-context';
import { EVALUATION_TAIL } from './lists/outcome-words';
import { subjectStart } from './outcome';
import { phraseAt, phraseSet } from './phrase-match';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';

const NOBODIES = phraseSet(NOBODY);
const FATES = phraseSet(NEGATED_FATES);
const OBJECTS = new Set(['it', 'them', 'anything', 'that', 'this', 'much']);

/** Index after gap words ("really", "even") from j. */
function skipGap(tokens: readonly Token[], j: number, ref: number): number {
  while (j < ref + 8 && NEGATION_GAP.has(sameSentence(tokens, j, ref)?.norm ?? '')) j++;
  return j;
}

/** True when the clause closes after token j, or only a tail ("after that", "at all") follows. */
function closes(tokens: readonly Token[], j: number, ref: number): boolean {
  const next = sameSentence(tokens, j + 1, ref);
  return (
    endsClause(tokens, j) ||
    !next ||
    EVALUATION_TAIL.has(next.norm) ||
    NEGATED_TAIL.has(next.norm) ||
    next.norm === 'and'
  );
}

/** End of a reaction ("noticed", "was using it") from j, with its short object, or -1. */
function reactionEnd(tokens: readonly Token[], j: number, ref: number): number {
  let k = j;
  const be = sameSentence(tokens, k, ref);
  if (be && /^(was|were)$/.test(be.norm)) k = skipGap(tokens, k + 1, ref);
  const v = sameSentence(tokens, k, ref);
  if (!v || !REACTIONS.has(v.norm) || !v.tags.has('Verb')) return -1;
  if (OBJECTS.has(sameSentence(tokens, k + 1, ref)?.norm ?? '') && !pauseAfter(v)) k++;
  return closes(tokens, k, ref) ? k + 1 : -1;
}

/** "people didn't really use it", "nobody was really using it", "it didn't really go anywhere",
 * "the hot shard thing never became an issue", "most people didn't even notice": an outcome told
 * as what did not happen, with nothing that says how many or how much. Read in the result part
 * only: in the setup the same words describe the problem ("the list grew and nobody noticed").
 * Returns the token range or null. */
export function negatedOutcomeAt(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  const nobody = phraseAt(tokens, i, NOBODIES);
  if (nobody) {
    const end = reactionEnd(tokens, skipGap(tokens, nobody.last, i), i);
    if (end < 0) return null;
    // "a migration nobody noticed": a relative clause names the thing, it claims nothing; "after
    // a year nobody was using it" opens with a time.
    const before = sameSentence(tokens, i - 1, i);
    const noun = !!before?.tags.has('Noun') && !before.tags.has('Pronoun') && !pauseAfter(before);
    const timed = [2, 3].some((d) => sameSentence(tokens, i - d, i)?.tags.has('Preposition'));
    if (noun && !OBJECTS.has(tokens[end - 1].norm) && !timed) return null;
    return { first: i, last: end };
  }
  // The negation: "did not", "didn't", "never".
  const t = tokens[i];
  let j: number;
  if (t.norm === 'never') j = i + 1;
  else if (/^(did|does)$/.test(t.norm) && sameSentence(tokens, i + 1, i)?.norm === 'not') j = i + 2;
  else return null;
  const subject = sameSentence(tokens, i - 1, i);
  if (!subject || pauseAfter(subject) || NOT_FATE_SUBJECTS.has(subject.norm)) return null;
  if (!subject.tags.has('Noun') && !subject.tags.has('Pronoun')) return null;
  j = skipGap(tokens, j, i);
  const first = subjectStart(tokens, i);
  // A party: "customers", or any plural of people or things told as taking the work up.
  const party = PARTY_SUBJECTS.has(subject.norm) || subject.tags.has('Plural');
  if (party) {
    const end = reactionEnd(tokens, j, i);
    if (end > 0) return { first: first < i ? first : i - 1, last: end };
  }
  const fate = phraseAt(tokens, j, FATES);
  if (!fate || !sameSentence(tokens, fate.last - 1, i) || !closes(tokens, fate.last - 1, i))
    return null;
  // "the old index never worked for that query": a named thing failing is the problem told.
  if (subject.norm !== 'it' && !party && fate.last - fate.first === 1) return null;
  return { first: first < i ? first : i - 1, last: fate.last };
}

const ONGOING = new Set(['was', 'were', 'is', 'are']);
const ADOPTION_ING = new Set(['using', 'adopting']);
const SCARCE = new Set(['hardly', 'barely', 'scarcely']);
const SCARCE_SUBJECTS = new Set(['anyone', 'anybody']);
const USE_DEGREES = new Set(['lot', 'bit', 'ton', 'widely', 'heavily', 'loads']);

/** "it got used quite a bit", "it was used a lot": the work taken up, by degree only. */
function usedEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i].norm !== 'it' || !/^(got|was|gets|is)$/.test(tokens[i + 1]?.norm ?? '')) return i;
  if (sameSentence(tokens, i + 2, i)?.norm !== 'used') return i;
  for (let k = i + 3; k < i + 6; k++) {
    const t = sameSentence(tokens, k, i);
    if (!t) return i;
    if (!USE_DEGREES.has(t.norm)) continue;
    // "used a lot by the billing crew": who used it is still no count.
    const next = sameSentence(tokens, k + 1, i);
    return endsClause(tokens, k) || !next || next.norm === 'by' ? k + 1 : i;
  }
  return i;
}

/** "people used it", "some teams use it", "most merchants adopted it": a party took the work up,
 * with no count of how many. Read in the result part only. Returns the token range or null. */
export function adoptionOutcomeAt(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  const v = tokens[i];
  const used = usedEnd(tokens, i);
  if (used > i) return { first: i, last: used };
  // "hardly anyone was using it", "most teams are using it": the same, told as it went on.
  const ongoing = ONGOING.has(v.norm) && ADOPTION_ING.has(tokens[i + 1]?.norm ?? '');
  if (!ongoing && (!ADOPTIONS.has(v.norm) || !v.tags.has('Verb'))) return null;
  const subject = sameSentence(tokens, i - 1, i);
  if (!subject || pauseAfter(subject) || NOT_FATE_SUBJECTS.has(subject.norm)) return null;
  const scarce = SCARCE_SUBJECTS.has(subject.norm) && SCARCE.has(tokens[i - 2]?.norm ?? '');
  if (
    !PARTY_SUBJECTS.has(subject.norm) &&
    !(subject.tags.has('Plural') && subject.tags.has('Noun')) &&
    !scarce
  )
    return null;
  const verb = ongoing ? i + 1 : i;
  const object = sameSentence(tokens, verb + 1, i);
  if (!object || !/^(it|them)$/.test(object.norm) || !closes(tokens, verb + 1, i)) return null;
  const first = scarce ? i - 2 : subjectStart(tokens, i);
  // "1,900 landlords used it": counted.
  const count = sameSentence(tokens, (first < i ? first : i - 1) - 1, i);
  if (count && (count.tags.has('Value') || /\d/.test(count.text))) return null;
  return { first: first < i ? first : i - 1, last: verb + 2 };
}
