import type { Doc } from '../doc';
import { CLAUSE_BREAKS } from '../lists/grammar';
import { ACT_GAP, COST_CUES, MEASURE_LEADS, OTHER_PARTIES, STAFF } from '../lists/vague-roles';
import { endsClause, pauseAfter, sameSentence } from '../token-context';
import type { Token } from '../tokens';

/** True when a stated quantity sits inside the claim over [first, last) or follows it in the same
 * clause after a measuring preposition ("made it $2,000 a month cheaper", "it was closer to
 * eight", "brought CPU down to 40%"): the claim carries its own figure, even one the impact
 * rules do not count. */
export function figureAtHand(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  for (const q of doc.quantities) {
    // "helped the relationship between the two teams a lot": a head count measures nothing.
    if (STAFF.has(tokens[q.last - 1].norm)) continue;
    if (q.first >= first && q.first < last) return true;
    if (q.first < last || q.first > last + 4 || tokens[q.first].sent !== tokens[first].sent)
      continue;
    // Only a short gap, with no clause break, and the figure led by to/by/from/at.
    let ok = MEASURE_LEADS.has(tokens[q.first - 1]?.norm ?? '');
    for (let k = last - 1; k < q.first - 1 && ok; k++)
      if (k >= last && (CLAUSE_BREAKS.has(tokens[k].norm) || endsClause(tokens, k))) ok = false;
    if (ok && !endsClause(tokens, last - 1)) return true;
  }
  return false;
}

/** True when the claim at first is framed as the price of a choice: "the tradeoff was that
 * reports got slower", "the downside is ranking is weaker", "the cost of this was more
 * mismatches". A cost weighed is judgement, not a result claimed. */
export function framedAsCost(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= first - 8; k--) {
    const t = sameSentence(tokens, k, first);
    if (!t) return false;
    if (COST_CUES.has(t.norm)) return true;
    if (pauseAfter(t) && k < first - 1) return false;
  }
  return false;
}

/** True when the amount at i is the object of another party's act: "the DBA team had pushed some
 * change", "the network team changed some dns thing", "the previous developer had written some
 * terrible queries". The speaker tells what was done to them; the vagueness is not their claim. */
export function otherPartyAct(tokens: readonly Token[], i: number): boolean {
  const verb = sameSentence(tokens, i - 1, i);
  if (!verb || !verb.tags.has('Verb') || verb.tags.has('Copula') || verb.tags.has('Modal'))
    return false;
  let k = i - 2;
  while (k > i - 5 && ACT_GAP.has(sameSentence(tokens, k, i)?.norm ?? '')) k--;
  const subject = sameSentence(tokens, k, i);
  return !!subject && OTHER_PARTIES.has(subject.norm) && !pauseAfter(subject);
}
