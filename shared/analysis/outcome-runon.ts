import { FILLER_SOUNDS } from './lists/fillers';
import { RUNON_SUBJECTS, TIME_TAILS } from './lists/outcome-context';
import { EVALUATION_TAIL } from './lists/outcome-words';
import { LEARNING_CUES } from './lists/star-cues';
import { phraseAt, phraseSet } from './phrase-match';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';

const TAILS = phraseSet(TIME_TAILS);
// Cue phrases, not single words ("a really good lesson" is still the outcome's noun).
const LESSONS = phraseSet(LEARNING_CUES.filter((c) => c.includes(' ')));

/** True when token k, with no punctuation before it, starts another statement: speech-to-text
 * run-ons string clauses with no stops ("the whole thing felt really smooth support had a quieter
 * day", "it was fine um i learned"). A subject pronoun or a filler, or a short noun phrase whose
 * finite verb follows within three words. */
export function newStatementAt(tokens: readonly Token[], k: number, ref: number): boolean {
  const t = sameSentence(tokens, k, ref);
  if (!t) return false;
  // "um", or "you know" as a pause ("people liked it you know and ...").
  if (FILLER_SOUNDS.has(t.norm)) return true;
  if (t.norm === 'you' && sameSentence(tokens, k + 1, ref)?.norm === 'know') return true;
  const finite = (u: Token | undefined) =>
    !!u &&
    u.tags.has('Verb') &&
    !u.tags.has('Gerund') &&
    !u.tags.has('Infinitive') &&
    (u.tags.has('PastTense') || u.tags.has('Copula') || u.tags.has('PresentTense'));
  // After a subject pronoun any verb form but a gerund is finite ("i think", "we would").
  if (RUNON_SUBJECTS.has(t.norm)) {
    const v = sameSentence(tokens, k + 1, ref);
    return !!v && (v.tags.has('Verb') || v.tags.has('Modal')) && !v.tags.has('Gerund');
  }
  if (t.tags.has('Pronoun') || (!t.tags.has('Noun') && !t.tags.has('Determiner'))) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const u = sameSentence(tokens, j, ref);
    if (!u || pauseAfter(tokens[j - 1])) return false;
    if (finite(u)) return j > k && (tokens[j - 1].tags.has('Noun') || tokens[j - 1].text === '');
    if (!u.tags.has('Noun') && !u.tags.has('Adjective')) return false;
  }
  return false;
}

/** End (exclusive) of a time tail at k ("the next time round", "after that", "straight away"), or k. */
function timeTailEnd(tokens: readonly Token[], k: number, ref: number): number {
  const hit = phraseAt(tokens, k, TAILS);
  return hit && sameSentence(tokens, hit.last - 1, ref) ? hit.last : k;
}

/** True when an outcome ending at token j closes its clause in a run-on: a time tail may follow
 * ("the next time round"), then the sentence ends, "and/so/but" joins another clause, or another
 * statement starts with no stop before it, or the lesson does ("... a lot less frustrated next time
 * i'd ..."). */
export function runOnCloses(tokens: readonly Token[], j: number, ref: number): boolean {
  const k = timeTailEnd(tokens, j + 1, ref);
  const next = sameSentence(tokens, k, ref);
  if (!next) return true;
  if (k === j + 1 && phraseAt(tokens, k, LESSONS)) return true;
  if (k > j + 1 && (/^(and|so|but)$/.test(next.norm) || /[.!?,;:]/.test(tokens[k - 1].post)))
    return true;
  return newStatementAt(tokens, k, ref);
}

/** True when an evaluation ending at token j closes its clause: the clause or sentence ends, only
 * a tail ("now", "straight away") or "and" follows, or a run-on goes on to another statement. */
export function evaluationCloses(tokens: readonly Token[], j: number, ref: number): boolean {
  const next = sameSentence(tokens, j + 1, ref);
  return (
    endsClause(tokens, j) ||
    !next ||
    EVALUATION_TAIL.has(next.norm) ||
    next.norm === 'and' ||
    runOnCloses(tokens, j, ref)
  );
}
