import type { Doc } from '../doc';
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
