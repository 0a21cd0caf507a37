/** Token helpers every part of the engine reads context with: sentence bounds, pauses, clause starts. */
import { FILLER_SOUNDS } from './lists/fillers';
import { OPENERS } from './lists/grammar';
import type { Token } from './tokens';

/** The token at i if it is in the same sentence as token `ref`. */
export function sameSentence(tokens: readonly Token[], i: number, ref: number): Token | undefined {
  const t = tokens[i];
  return t && tokens[ref] && t.sent === tokens[ref].sent ? t : undefined;
}

/** True when a comma, semicolon or colon sits right after token i. */
export function pauseAfter(t: Token | undefined): boolean {
  // Most words are followed by one space or nothing: no need for the regex there.
  return !!t && t.post !== ' ' && t.post !== '' && /[,;:]/.test(t.post);
}

/** True when token i starts a sentence or clause: first in its sentence, after a comma, or after
 * nothing but openers ("so", "and", "um"). */
export function isClauseStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4; k--) {
    if (k < 0) return true;
    const t = tokens[k];
    if (t.sent !== tokens[i].sent || pauseAfter(t)) return true;
    if (!OPENERS.has(t.norm) && !FILLER_SOUNDS.has(t.norm)) return false;
  }
  return true;
}

/** True when the token ends its sentence or is followed by a clause break. */
export function endsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !next || next.sent !== t.sent || pauseAfter(t) || /[.!?]/.test(t.post);
}
