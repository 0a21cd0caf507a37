import type { Finding, FlagKind } from '../types';
import { blameRule } from './blame';
import { buzzwordRule } from './buzzword';
import type { Rule, RuleContext } from './context';
import { fillerRule } from './filler';
import { hedgeRule } from './hedge';
import { vagueOutcomeRule } from './vague-outcome';
import { vagueActionRule } from './vague-action';
import { vagueAmountRule } from './vague-amount';
import { weOwnershipRule } from './we-ownership';

/** Every span rule, one per file. */
const RULES: readonly Rule[] = [
  fillerRule,
  hedgeRule,
  vagueOutcomeRule,
  vagueAmountRule,
  vagueActionRule,
  blameRule,
  weOwnershipRule,
  buzzwordRule,
];

/** Runs the rules and enforces the taxonomy's invariant: one kind never overlaps itself (overlapping
 * findings of a kind merge into one span). Output is sorted by start. */
export function runRules(ctx: RuleContext): Finding[] {
  const byKind = new Map<FlagKind, Finding[]>();
  for (const rule of RULES) {
    const list = byKind.get(rule.kind) ?? [];
    for (const f of rule.run(ctx)) if (f.end > f.start) list.push(f);
    byKind.set(rule.kind, list);
  }
  const out: Finding[] = [];
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: Finding | undefined;
    for (const f of list) {
      if (cur && f.start < cur.end) {
        if (f.end > cur.end) {
          cur.end = f.end;
          cur.text = ctx.doc.text.slice(cur.start, cur.end);
        }
        continue;
      }
      cur = { ...f };
      out.push(cur);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
