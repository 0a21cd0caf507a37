import { HOW_FOLLOWS, REWORK_TAILS } from '../lists/vague-context';
import { REWORK_VERBS } from '../lists/vague';
import { phraseAt, phraseSet } from '../phrase-match';
import { endsClause, sameSentence } from '../token-context';
import type { Token } from '../tokens';

const REWORK = phraseSet(REWORK_VERBS);
const TAILS = phraseSet(REWORK_TAILS);
const WHOLE = new Set(['whole', 'entire']);
const OBJECT_START = new Set(['the', 'our', 'my', 'their', 'that', 'this', 'those', 'these']);

/** "we reworked the API", "I cleaned up the queries", "rebuilt the whole thing": a verb that says
 * only that something was redone, a short definite object, and the clause ends with no how after
 * it in the sentence ("by batching them", "with a row lock"). Returns the end token or i. */
export function reworkEnd(tokens: readonly Token[], i: number): number {
  const verb = phraseAt(tokens, i, REWORK);
  if (!verb) return i;
  const det = sameSentence(tokens, verb.last, i);
  if (!det || !OBJECT_START.has(det.norm)) return i;
  let j = verb.last + 1;
  while (j < verb.last + 4 && sameSentence(tokens, j, i) && !endsClause(tokens, j - 1)) {
    const t = tokens[j];
    // Without the post-tagger plain nouns can read as verbs ("the queries"): anything but a
    // function word continues the object.
    const functionWord =
      t.tags.has('Preposition') ||
      t.tags.has('Conjunction') ||
      t.tags.has('Pronoun') ||
      t.tags.has('Determiner') ||
      t.tags.has('Adverb');
    if (functionWord) break;
    j++;
  }
  if (j === verb.last + 1) return i;
  // "the dead feature flags", "the old duplicate jobs": a modifier says which; "the whole thing"
  // does not.
  for (let k = verb.last + 1; k < j - 1; k++)
    if (tokens[k].tags.has('Adjective') && !WHOLE.has(tokens[k].norm)) return i;
  // "the queries a bit", "the whole thing myself": a tail that adds no how.
  const tail = endsClause(tokens, j - 1) ? null : phraseAt(tokens, j, TAILS);
  const objectEnd = j;
  if (tail && sameSentence(tokens, tail.last - 1, i)) j = tail.last;
  const next = sameSentence(tokens, j, i);
  const closes = endsClause(tokens, j - 1) || !next || next.norm === 'and' || next.norm === 'then';
  if (!closes) return i;
  for (let k = j; k < j + 8 && sameSentence(tokens, k, i); k++)
    if (HOW_FOLLOWS.has(tokens[k].norm) || tokens[k].norm === 'so') return i;
  return objectEnd;
}
