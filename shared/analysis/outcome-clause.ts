import { EVALUATION_GAP, EVALUATION_TAIL, EVALUATIVE } from './lists/outcome-words';
import { MODALS } from './lists/grammar';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';
import { evaluationCloses, runOnCloses } from './outcome-runon';
import {
  NOT_OUTCOME_VERBS,
  OLD_WAY,
  PAST_REFERENCES,
  RANKING,
  THAN_CLAUSE,
} from './lists/outcome-context';

/** "It handled the load fine", "adoption was pretty low", "the on-call folks were a lot less
 * stressed", "their reports ran faster on the replica": a verb, at most a short object, then an
 * evaluation with no measure, closing its clause. Returns the end token (exclusive) or i. */
export function evaluationEnd(tokens: readonly Token[], i: number): number {
  const v = tokens[i];
  if (
    !v.tags.has('Verb') ||
    v.tags.has('Modal') ||
    v.tags.has('Gerund') ||
    v.tags.has('Infinitive')
  )
    return i;
  if (NOT_OUTCOME_VERBS.has(v.norm) || MODALS.has(tokens[i - 1]?.norm ?? '')) return i;
  // "to make it faster" is a goal; "how fast it was" a question.
  if (tokens[i - 1]?.norm === 'to') return i;
  // "a per-node limiter, which is faster, but ...", "a table, which was way less clever": a
  // relative clause describes an option weighed, not the result of the work.
  if (v.tags.has('Copula') && tokens[i - 1]?.norm === 'which') return i;
  // "recorded traffic, replayed faster": a participle with no subject tells how a step was run.
  if (pauseAfter(tokens[i - 1]) && !v.tags.has('Copula')) return i;
  let j = i + 1;
  if (['out', 'off', 'up'].includes(tokens[j]?.norm ?? '') && v.norm !== 'was') j++;
  // "pages were loading noticeably faster": the progressive's verb carries the evaluation.
  else if (v.tags.has('Copula') && sameSentence(tokens, j, i)?.tags.has('Gerund')) j++;
  let object = 0;
  for (; j < i + 8; j++) {
    const t = sameSentence(tokens, j, i);
    if (!t) return i;
    if (EVALUATIVE.has(t.norm)) break;
    const after = sameSentence(tokens, j + 1, i);
    const compared = !!after && (after.tags.has('Adjective') || /ed$/.test(after.norm));
    if ((t.norm === 'less' || t.norm === 'more') && compared && !RANKING.has(after.norm)) {
      j++;
      break;
    }
    // "our pipelines broke way less", "it failed less often": a count compared with no number.
    const hedged = tokens[j - 1]?.norm === 'or' || tokens[j + 1]?.norm === 'or';
    if (/^(less|more)$/.test(t.norm) && j > i + 1 && !hedged && degreeCloses(tokens, j, i)) {
      // "teams are deploying much more often": the frequency word closes the comparison.
      if (sameSentence(tokens, j + 1, i)?.norm === 'often') j++;
      break;
    }
    if (EVALUATION_GAP.has(t.norm) || t.text === '') continue;
    // A short object: "handled the load fine"; a longer one is a different statement.
    if ((t.tags.has('Noun') || t.tags.has('Determiner')) && !t.tags.has('Pronoun') && ++object <= 2)
      continue;
    if (t.tags.has('Pronoun') && t.norm !== 'i' && t.norm !== 'we' && ++object <= 1) continue;
    return i;
  }
  if (j >= i + 8) return i;
  const next = sameSentence(tokens, j + 1, i);
  // "fine to ship", "better than telling", "good at": an evaluation of something else.
  const closes = evaluationCloses(tokens, j, i);
  if (next?.norm === 'than' && comparedWithPast(tokens, j + 2, i)) return j + 1;
  if (!closes || next?.norm === 'to' || next?.norm === 'than') return i;
  return j + 1;
}

/** True when "less"/"more" at j closes its clause, "often" aside. */
function degreeCloses(tokens: readonly Token[], j: number, ref: number): boolean {
  const at = sameSentence(tokens, j + 1, ref)?.norm === 'often' ? j + 1 : j;
  const next = sameSentence(tokens, at + 1, ref);
  return (
    endsClause(tokens, at) ||
    !next ||
    EVALUATION_TAIL.has(next.norm) ||
    runOnCloses(tokens, at, ref)
  );
}

/** "better than the year before", "quieter than usual": from k, a comparison with the past, not
 * with another thing ("better than telling them"). */
export function comparedWithPast(tokens: readonly Token[], k: number, ref: number): boolean {
  for (let j = k; j < k + 8; j++) {
    const t = sameSentence(tokens, j, ref);
    if (!t) return false;
    if (PAST_REFERENCES.has(t.norm)) return true;
    // "than what we had before", "than with the old spreadsheets", "than the rates sales had been
    // using": the way things were, named by what it was or when.
    if (OLD_WAY.has(t.norm) && j > k) return true;
    // Without the post-tagger a noun can read as a verb ("the spreadsheet rates", "the ones
    // finance used"); a gerund is another activity compared ("than telling them").
    const mistagged = t.tags.has('PresentTense') && !t.tags.has('Gerund');
    const phrase =
      t.tags.has('Determiner') || t.tags.has('Noun') || t.tags.has('Adjective') || mistagged;
    if (!phrase && !THAN_CLAUSE.has(t.norm)) return false;
    if (j > k && pauseAfter(tokens[j - 1])) return false;
  }
  return false;
}
