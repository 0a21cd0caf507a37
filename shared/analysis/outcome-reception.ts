import {
  APPRECIATIONS,
  FIND_VERBS,
  GROUP_HEADS,
  ONE_PERSON,
  PARTY_SUBJECTS,
  RECEPTION_GAP,
  TAKE_UPS,
  ADOPTIONS,
} from './lists/outcome-context';
import { DEGREE_PHRASES } from './lists/outcome-words';
import { REACHED_PEOPLE } from './lists/vague-context';
import { boosterAt } from './outcome';
import { evaluationCloses } from './outcome-runon';
import { phraseAt, phraseSet } from './phrase-match';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';

const TAKE = phraseSet(TAKE_UPS);
const DEGREES = phraseSet(DEGREE_PHRASES);
const PRONOUN_OBJECTS = new Set(['it', 'them', 'this', 'that']);

/** Start of the party told as the subject of the verb at i ("some teams", "the finance lot",
 * "people"), over gap words ("really", "seemed to"); -1 when the subject is not a party. */
function partyStart(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > i - 4 && RECEPTION_GAP.has(sameSentence(tokens, k, i)?.norm ?? '')) k--;
  const head = sameSentence(tokens, k, i);
  if (!head || pauseAfter(head) || ONE_PERSON.has(head.norm)) return -1;
  const before = sameSentence(tokens, k - 1, i);
  // "the finance lot", "the billing crowd": a group named by the word before its head.
  const group =
    GROUP_HEADS.has(head.norm) &&
    !!before &&
    !before.tags.has('Determiner') &&
    !before.tags.has('Pronoun') &&
    !pauseAfter(before);
  // A plural of people who could take the work up ("the accountants", "dispatchers").
  const plural = head.tags.has('Plural') && head.tags.has('Noun') && !head.tags.has('Pronoun');
  const party =
    PARTY_SUBJECTS.has(head.norm) || REACHED_PEOPLE.has(head.norm) || head.norm === 'they';
  if (!party && !group && !plural) return -1;
  // "some teams", "the sales team", "the finance lot": the subject's own modifiers.
  let first = k;
  while (
    first > 0 &&
    first > k - 3 &&
    !pauseAfter(tokens[first - 1]) &&
    // "... to 300 ms. The support folks": the tagger may keep a unit's stop in the sentence.
    !/[.!?]/.test(tokens[first - 1].post) &&
    sameSentence(tokens, first - 1, i) &&
    (tokens[first - 1].tags.has('Determiner') ||
      tokens[first - 1].tags.has('Adjective') ||
      tokens[first - 1].tags.has('Gerund') ||
      (tokens[first - 1].tags.has('Noun') && !tokens[first - 1].tags.has('Pronoun')))
  )
    first--;
  // "in the end people liked it": the words before belong to a phrase of their own.
  return sameSentence(tokens, first - 1, i)?.tags.has('Preposition') ? k : first;
}

/** End (exclusive) of a degree after token j-1 ("a lot", "a fair bit", "loads", "way better"), or j. */
function degreeEnd(tokens: readonly Token[], j: number, ref: number): number {
  const hit = phraseAt(tokens, j, DEGREES);
  if (hit && sameSentence(tokens, hit.last - 1, ref))
    // "a lot better": the comparative the degree leads.
    return sameSentence(tokens, hit.last, ref)?.tags.has('Comparative') ? hit.last + 1 : hit.last;
  // "a lot better", "way more".
  let k = j;
  while (k < j + 3 && boosterAt(tokens, k) && sameSentence(tokens, k, ref)) k++;
  const w = sameSentence(tokens, k, ref);
  return k > j && w?.tags.has('Comparative') ? k + 1 : j;
}

/** End (exclusive) of the work liked, from j: "it", "using it", "the second version". */
function objectEnd(tokens: readonly Token[], j: number, ref: number): number {
  let k = j;
  if (sameSentence(tokens, k, ref)?.tags.has('Gerund')) k++;
  const o = sameSentence(tokens, k, ref);
  if (!o) return -1;
  if (PRONOUN_OBJECTS.has(o.norm)) return k + 1;
  if (!o.tags.has('Determiner') || k > j) return -1;
  for (let n = k + 1; n < k + 4; n++) {
    const w = sameSentence(tokens, n, ref);
    if (!w || w.tags.has('Verb') || w.tags.has('Preposition')) return -1;
    if (w.tags.has('Noun') && !w.tags.has('Adjective') && (endsClause(tokens, n) || n === k + 3))
      return n + 1;
    if (w.tags.has('Noun') && !sameSentence(tokens, n + 1, ref)?.tags.has('Noun')) return n + 1;
  }
  return -1;
}

const STARTS = new Set(['started', 'began', 'start', 'starts']);

/** "teams started caring a lot more", "people began using it way more": a party's habit changed,
 * by degree only. End (exclusive) of the degree, or i. */
function habitChangeEnd(tokens: readonly Token[], i: number): number {
  if (!STARTS.has(tokens[i].norm)) return i;
  const g = sameSentence(tokens, i + 1, i);
  if (!g || !(g.tags.has('Gerund') || /ing$/.test(g.norm)) || pauseAfter(tokens[i])) return i;
  // A short object or complement before the degree: "using it", "trusting the alerts".
  for (let k = i + 2; k < i + 7; k++) {
    const t = sameSentence(tokens, k, i);
    if (!t || t.tags.has('Value') || /\d/.test(t.text)) return i;
    if (t.norm === 'more') {
      // "more" alone, or after a degree ("a lot more", "way more", "much more").
      return evaluationCloses(tokens, k, i) ? k + 1 : i;
    }
    if (pauseAfter(t) || t.tags.has('Verb')) return i;
  }
  return i;
}

/** "people really liked using it", "Sales liked the second version a lot better", "the sales team
 * found it useful", "some teams really got into it", "people seemed to use it a fair bit", "the
 * finance lot loved it": how a party took the work, with nothing that says how many or how much.
 * Returns the token range or null. */
export function receptionOutcomeAt(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  const v = tokens[i];
  const habit = habitChangeEnd(tokens, i);
  if (habit > i) {
    const first = partyStart(tokens, i);
    return first < 0 ? null : { first, last: habit };
  }
  const take = phraseAt(tokens, i, TAKE);
  const liked = APPRECIATIONS.has(v.norm) && v.tags.has('Verb');
  const found = FIND_VERBS.has(v.norm);
  const used = ADOPTIONS.has(v.norm) && v.tags.has('Verb');
  if (!take && !liked && !found && !used) return null;
  const first = partyStart(tokens, i);
  if (first < 0) return null;
  let end: number;
  if (take) {
    const o = sameSentence(tokens, take.last, i);
    if (!o || !PRONOUN_OBJECTS.has(o.norm)) return null;
    end = take.last + 1;
  } else if (found) {
    // "found it useful", "found the new flow a lot easier".
    const o = objectEnd(tokens, i + 1, i);
    if (o < 0) return null;
    let k = o;
    while (k < o + 3 && boosterAt(tokens, k)) k++;
    const a = sameSentence(tokens, k, i);
    if (!a || !a.tags.has('Adjective') || a.tags.has('Determiner')) return null;
    end = k + 1;
  } else {
    const o = objectEnd(tokens, i + 1, i);
    if (o < 0) return null;
    end = degreeEnd(tokens, o, i);
    // "people used it" with no degree is the adoption rule's, read in the result only.
    if (used && end === o) return null;
  }
  return evaluationCloses(tokens, end - 1, i) ? { first, last: end } : null;
}
