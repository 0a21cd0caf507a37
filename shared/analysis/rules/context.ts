import type { Doc } from '../doc';
import { OPENERS } from '../lists/grammar';
import { FILLER_SOUNDS } from '../lists/fillers';
import type { Token } from '../tokens';
import type { FlagKind, Finding, StarPart } from '../types';

/** What every rule receives: the parsed answer and the STAR-L part of each unit. */
export type RuleContext = { doc: Doc; unitParts: readonly StarPart[] };

/** A rule: one flag kind, one file (retext's shape). */
export type Rule = { kind: FlagKind; run: (ctx: RuleContext) => Finding[] };

/** A finding over tokens [first, last); offsets come from the tokens, text from the answer. */
export function spanFinding(
  doc: Doc,
  kind: FlagKind,
  first: number,
  last: number,
  reason: string,
  suggestion?: string,
): Finding {
  const start = doc.tokens[first].start;
  const end = Math.max(start, doc.tokens[last - 1].end);
  const f: Finding = { kind, start, end, text: doc.text.slice(start, end), reason };
  if (suggestion) f.suggestion = suggestion;
  return f;
}

/** The token at i if it is in the same sentence as token `ref`. */
export function sameSentence(tokens: readonly Token[], i: number, ref: number): Token | undefined {
  const t = tokens[i];
  return t && tokens[ref] && t.sent === tokens[ref].sent ? t : undefined;
}

/** True when a comma, semicolon or colon sits right after token i. */
export function pauseAfter(t: Token | undefined): boolean {
  return !!t && /[,;:]/.test(t.post);
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

/** True when the sentence of token i states a number (then an outcome there is not vague). */
export function sentenceHasMetric(doc: Doc, i: number): boolean {
  return doc.sentenceHasMetric[doc.tokens[i].sent];
}

/** True when the token ends its sentence or is followed by a clause break. */
export function endsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !next || next.sent !== t.sent || pauseAfter(t) || /[.!?]/.test(t.post);
}
