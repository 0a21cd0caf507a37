/** What an answer already states, so that a follow-up never asks for it (taxonomy: "Follow-ups"):
 * the root cause, the speaker's own part, a number. */
import type { Doc } from './doc';
import { CAUSE_NOUNS, FAILURE_WORDS, ROOT_CAUSE_STATED } from './lists/follow-up-cues';
import { findPhrases, phraseSet } from './phrase-match';
import type { Token } from './tokens';

const ROOT_CAUSE = phraseSet(ROOT_CAUSE_STATED);
const COPULA = /^(was|is|were|are|turned|being)$/;

/** "the root cause was a query", "the culprit: a retry loop": a cause noun, then a copula or a
 * colon. "find the root cause" (a goal) names no cause. */
function causeNamed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!CAUSE_NOUNS.has(t.norm)) return false;
  if (/:/.test(t.post)) return true;
  const next = tokens[i + 1];
  return !!next && next.sent === t.sent && COPULA.test(next.norm);
}

/** "it failed because the cert had expired": a failure with its "because" in one sentence. */
function failureExplained(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].norm !== 'because') return false;
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k].sent === tokens[i].sent; k--)
    if (FAILURE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/** True when the answer says what caused the problem, anywhere. */
export function statesRootCause(doc: Doc): boolean {
  const { tokens } = doc;
  if (findPhrases(tokens, ROOT_CAUSE).length > 0) return true;
  return tokens.some((_, i) => causeNamed(tokens, i) || failureExplained(tokens, i));
}

/** True when the speaker says what they did themselves: at least one "I" action. */
export function statesOwnPart(doc: Doc): boolean {
  return doc.statements.some((s) => s.actor === 'i' && s.sense === 'action' && !s.relative);
}
