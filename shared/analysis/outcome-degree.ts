import {
  DEGREE_LEADS,
  EXPECTING,
  FRAGMENT_FILLERS,
  LEVEL_COMPARATIVES,
  RANKING,
} from './lists/outcome-context';
import { OUTCOME_WORDS } from './lists/vague';
import { comparedWithPast } from './outcome-clause';
import { endsClause, sameSentence } from './token-context';
import type { Token } from './tokens';

/** "way faster", "a lot more stable", "far lower": a degree lead and the comparative it leads, at
 * token i. Returns the comparative's last token, or -1. A bare outcome word ("way calmer" read as
 * no comparative) counts only where `outcomeWords` says so. */
function degreePhrase(tokens: readonly Token[], i: number, outcomeWords: boolean): number {
  let j = i;
  if (tokens[j]?.norm === 'a' && tokens[j + 1]?.norm === 'lot') j += 2;
  else if (DEGREE_LEADS.has(tokens[j]?.norm ?? '')) j++;
  else return -1;
  const w = sameSentence(tokens, j, i);
  if (!w) return -1;
  if (w.norm === 'more' || w.norm === 'less') {
    const adj = sameSentence(tokens, j + 1, i);
    // Without the post-tagger "stable" can read as a noun; the outcome words are known.
    const state = !!adj && (adj.tags.has('Adjective') || OUTCOME_WORDS.has(adj.norm));
    return adj && state && !RANKING.has(adj.norm) ? j + 1 : -1;
  }
  const comparative =
    (w.tags.has('Comparative') && w.tags.has('Adjective')) ||
    (outcomeWords && OUTCOME_WORDS.has(w.norm)) ||
    // Without the post-tagger "lower", "higher" can read as verbs.
    LEVEL_COMPARATIVES.has(w.norm);
  return comparative ? j : -1;
}

/** "way more stable than before", "a lot faster than it used to be", "far calmer than usual": a
 * comparison with the past by degree only, with or without a verb before it (speech-to-text
 * run-ons string them after another state). Returns the end token (exclusive) or i. */
export function degreeComparisonEnd(tokens: readonly Token[], i: number): number {
  const k = degreePhrase(tokens, i, true);
  if (k < 0 || sameSentence(tokens, k + 1, i)?.norm !== 'than') return i;
  return comparedWithPast(tokens, k + 2, i) || expectation(tokens, k + 2, i) ? k + 1 : i;
}

/** "than it should have", "than we had hoped": a comparison with what was expected. */
function expectation(tokens: readonly Token[], k: number, ref: number): boolean {
  const who = sameSentence(tokens, k, ref)?.norm ?? '';
  const verb = sameSentence(tokens, k + 1, ref)?.norm ?? '';
  return /^(it|we|i|anyone|anybody|everyone)$/.test(who) && EXPECTING.has(verb);
}

/** "deploys got way faster, way less scary", "everything was better after that, much more
 * stable", "p99 went to 4 ms, basically way more predictable", "like, way fewer pages": a
 * comparison by degree with no verb of its own, set off by a comma (a spoken filler may follow
 * it), closing its clause. Returns the end token (exclusive) or i. */
export function listedDegreeEnd(tokens: readonly Token[], i: number): number {
  let b = i - 1;
  while (
    b > i - 3 &&
    FRAGMENT_FILLERS.has(tokens[b]?.norm ?? '') &&
    tokens[b].sent === tokens[i].sent
  )
    b--;
  const before = tokens[b];
  if (!before || before.sent !== tokens[i].sent || !/,/.test(before.post)) return i;
  const k = degreePhrase(tokens, i, false);
  if (k < 0) return i;
  // "way fewer pages": a count compared, its noun closing the clause.
  const noun = sameSentence(tokens, k + 1, i);
  const counted =
    /^(fewer|less|more)$/.test(tokens[k].norm) && !!noun && noun.tags.has('Plural') ? k + 1 : k;
  const next = sameSentence(tokens, counted + 1, i);
  return endsClause(tokens, counted) || !next || next.norm === 'and' ? counted + 1 : i;
}
