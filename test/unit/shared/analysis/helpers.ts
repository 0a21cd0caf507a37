import { analyzeAnswer, type FlagKind } from '../../../../shared/analysis';
import { buildDoc } from '../../../../shared/analysis/doc';
import { rulesCountImpact } from '../../../../shared/analysis/impact';
import { quantitySpan } from '../../../../shared/analysis/quantities';
import { runRules } from '../../../../shared/analysis/rules';
import { assignParts } from '../../../../shared/analysis/star-l';
import type { Finding } from '../../../../shared/analysis/types';

/** What the span rules alone find, before the clause model's second opinion: the rule tests check
 * the rules' own logic; the clause model has its own test and the whole engine issue-examples. */
function ruleFindings(text: string): Finding[] {
  const doc = buildDoc(text);
  return runRules({ doc, unitParts: assignParts(doc) });
}

const engineFindings = (text: string): Finding[] => analyzeAnswer({ text }).flags;

const textsOf = (findings: Finding[], kind: FlagKind) =>
  findings.filter((f) => f.kind === kind).map((f) => f.text);

function overlapsPhrase(findings: Finding[], text: string, kind: FlagKind, phrase: string) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the test text`);
  return findings.some((f) => f.kind === kind && f.start < at + phrase.length && at < f.end);
}

/** The texts the span rules flag with `kind` in `text`. */
export function flagged(text: string, kind: FlagKind): string[] {
  return textsOf(ruleFindings(text), kind);
}

/** True when some rule flag of `kind` overlaps the first occurrence of `phrase` in `text`. */
export function flagsPhrase(text: string, kind: FlagKind, phrase: string): boolean {
  return overlapsPhrase(ruleFindings(text), text, kind, phrase);
}

/** The texts the whole engine (rules and clause model) flags with `kind` in `text`. */
export function engineFlagged(text: string, kind: FlagKind): string[] {
  return textsOf(engineFindings(text), kind);
}

/** True when some flag of the whole engine of `kind` overlaps the first occurrence of `phrase`. */
export function engineFlagsPhrase(text: string, kind: FlagKind, phrase: string): boolean {
  return overlapsPhrase(engineFindings(text), text, kind, phrase);
}

/** The STAR-L part the engine gives the words at the first occurrence of `phrase` in `text`. */
export function partAt(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the test text`);
  const seg = analyzeAnswer({ text }).star.segments.find((s) => s.start <= at && at < s.end);
  return seg?.part;
}

/** The quantities the impact rules alone count (impact.ts's rulesCountImpact), before the impact
 * model's second opinion: the impact rule tests check the rules' own logic; the impact model has
 * its own test (impact-model.test.ts). */
export function ruleImpact(text: string): { kind: string; text: string }[] {
  const doc = buildDoc(text);
  const counted = rulesCountImpact(doc, assignParts(doc));
  return doc.quantities
    .filter((_, i) => counted[i])
    .map((q) => {
      const { start, end } = quantitySpan(doc.tokens, q);
      return { kind: q.kind, text: text.slice(start, end) };
    });
}
