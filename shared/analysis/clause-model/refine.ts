/** Second opinion on the span rules from the clause model: it drops rule flags it is confident are
 * wrong and adds clauses it is confident the rules missed. Why a
 * learned model at all: seven rounds of rules lifted the answers they were written against and not
 * unseen ones (docs/classifier-experiment.md). We-ownership is left to the rules: they find most of
 * it, and on unseen answers the model's additions cost the precision it lacks. */
import type { Finding } from '../types';
import {
  BLAME_REASON,
  BLAME_SUGGEST,
  VAGUE_CLAUSE_REASON,
  VAGUE_CLAUSE_SUGGEST,
} from '../rules/reasons';
import { CLAUSE_MODEL_KINDS, clauseScores, type ClauseModel, type ClauseModelKind } from './score';
import { jointWordLead, splitClauses, type Clause } from './units';

/** A rule flag is dropped when every clause under it scores below this. */
const VETO_BELOW: Record<ClauseModelKind, number> = { blame: 0.1, vague: 0.05 };
/** A clause no rule flag of the kind touches is flagged at or above this. Both thresholds were set
 * on the 133 answers of session 8's held-out, with the model trained without them and rules never
 * tuned on them (docs/classifier-experiment.md). */
const ADD_AT: Record<ClauseModelKind, number> = { blame: 0.95, vague: 0.95 };
const ADDED: Record<ClauseModelKind, { reason: string; suggestion: string }> = {
  blame: { reason: BLAME_REASON, suggestion: BLAME_SUGGEST },
  vague: { reason: VAGUE_CLAUSE_REASON, suggestion: VAGUE_CLAUSE_SUGGEST },
};

const overlaps = (a: Clause, b: Clause) => a.start < b.end && b.start < a.end;

/** Rule findings with the clause model's vetoes and additions applied; sorted by start. */
export function refineWithClauseModel(
  text: string,
  findings: readonly Finding[],
  weights?: ClauseModel,
): Finding[] {
  const clauses = splitClauses(text);
  const scores = clauseScores(text, clauses, weights);
  const out: Finding[] = [];
  for (const f of findings) {
    if (!(CLAUSE_MODEL_KINDS as readonly string[]).includes(f.kind)) {
      out.push(f);
      continue;
    }
    const kind = f.kind as ClauseModelKind;
    const under = clauses.flatMap((c, i) => (overlaps(c, f) ? [scores[kind][i]] : []));
    if (under.length === 0 || Math.max(...under) >= VETO_BELOW[kind]) out.push(f);
  }
  for (const kind of CLAUSE_MODEL_KINDS) {
    const rules = findings.filter((f) => f.kind === kind);
    for (const [i, c] of clauses.entries()) {
      if (rules.some((f) => overlaps(c, f)) || !(scores[kind][i] >= ADD_AT[kind])) continue;
      const clauseText = text.slice(c.start, c.end);
      const lead = jointWordLead(clauseText);
      const body = clauseText.slice(lead).replace(/[\s.!?;,:]+$/, '');
      if (!body) continue;
      const start = c.start + lead;
      out.push({ kind, start, end: start + body.length, text: body, ...ADDED[kind] });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
