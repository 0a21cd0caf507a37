/** What an answer already states, so that a follow-up never asks for it (taxonomy: "Follow-ups"):
 * the root cause, the speaker's own part, a number. */
import type { Doc } from './doc';
import {
  CAUSE_NOUNS,
  FAILURE_WORDS,
  PREVENTION_STATED,
  ROOT_CAUSE_STATED,
  SAFEGUARD_NOUNS,
  SAFEGUARD_VERBS,
} from './lists/follow-up-cues';
import { findPhrases, phraseSet } from './phrase-match';
import type { Token } from './tokens';

const ROOT_CAUSE = phraseSet(ROOT_CAUSE_STATED);
const PREVENTION = phraseSet(PREVENTION_STATED);
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

/** True when the answer says what now keeps it from happening again: a stated phrase ("since
 * then", "never happen again") or a safeguard put in place ("I added a CI check that ..."). */
export function statesPrevention(doc: Doc): boolean {
  const { tokens } = doc;
  if (findPhrases(tokens, PREVENTION).length > 0) return true;
  return tokens.some(
    (t, i) =>
      SAFEGUARD_VERBS.has(t.norm) &&
      tokens.slice(i + 1, i + 5).some((n) => n.sent === t.sent && SAFEGUARD_NOUNS.has(n.norm)),
  );
}

/** Sentences before a vague step in which a concrete step still tells its how: "I added a jittered
 * backoff and a dead-letter queue. We got it sorted." sums up what was just said; a step told
 * further back ("I moved the job. It still slowed down. We got it sorted.") did not fix it. */
const STEP_SENTENCES_BEFORE = 1;

/** True when, near `offset` (after it, or in the sentence before it), the speaker says a
 * concrete step of their own: an "I" action (not a relative clause) with two or more words after
 * its verb phrase in its sentence, that no `covered` span (a vague flag) takes in. "We looked into
 * it. I added a timeout of two seconds." answers "how exactly did you fix it?"; "I sorted it" does
 * not, nor does a step said long before. */
export function statesOwnStepNear(
  doc: Doc,
  offset: number,
  covered: readonly { start: number; end: number }[],
): boolean {
  const { tokens } = doc;
  const at = tokens.find((t) => t.end > offset) ?? tokens[tokens.length - 1];
  const fromSent = (at?.sent ?? 0) - STEP_SENTENCES_BEFORE;
  return doc.statements.some((s) => {
    if (s.actor !== 'i' || s.sense !== 'action' || s.relative) return false;
    const verb = tokens[s.verb];
    if (!verb || verb.sent < fromSent) return false;
    const last = tokens[Math.max(s.end - 1, s.verb)];
    if (covered.some((c) => c.start < last.end && tokens[s.subject].start < c.end)) return false;
    const rest = tokens.slice(s.end, s.end + 2);
    return rest.length === 2 && rest.every((t) => t.sent === verb.sent && t.text !== '');
  });
}
