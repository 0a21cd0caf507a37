/** Second opinion on the span rules from the clause model: it drops rule flags it is confident are
 * wrong and adds clauses it is confident the rules missed. Why a
 * learned model at all: seven rounds of rules lifted the answers they were written against and not
 * unseen ones (docs/classifier-experiment.md). Only vague so far: for blame and we-ownership the
 * model's confident calls were no better than the rules' on answers it had not seen. */
import type { Finding } from '../types';
import { VAGUE_CLAUSE_REASON, VAGUE_CLAUSE_SUGGEST } from '../rules/reasons';
import {
  CLAUSE_MODEL_KINDS,
  clauseProbability,
  type ClauseModel,
  type ClauseModelKind,
} from './score';
import { splitClauses, type Clause } from './units';

/** A rule flag is dropped when every clause under it scores below this. On the 133 answers of
 * session 8's held-out (the model trained without them, the rules never tuned on them), flags under
 * 0.05 were all wrong; docs/classifier-experiment.md has the figures. */
const VETO_BELOW = 0.05;
/** A clause no rule flag of the kind touches is flagged at or above this. */
const ADD_AT = 0.98;
/** Leading words an added span does not need to start with. */
const LEAD =
  /^(?:and|but|so|because|since|then|which|who|when|while|after|before|although|though|until|unless|whereas|or)\s+/i;

const ADDED: Record<ClauseModelKind, { reason: string; suggestion: string }> = {
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
  const out: Finding[] = [];
  for (const f of findings) {
    if (!(CLAUSE_MODEL_KINDS as readonly string[]).includes(f.kind)) {
      out.push(f);
      continue;
    }
    const kind = f.kind as ClauseModelKind;
    const under = clauses.filter((c) => overlaps(c, f));
    const best = Math.max(
      0,
      ...under.map((c) => clauseProbability(kind, text.slice(c.start, c.end), weights)),
    );
    if (under.length === 0 || best >= VETO_BELOW) out.push(f);
  }
  for (const kind of CLAUSE_MODEL_KINDS) {
    const rules = findings.filter((f) => f.kind === kind);
    for (const c of clauses) {
      if (rules.some((f) => overlaps(c, f))) continue;
      const clauseText = text.slice(c.start, c.end);
      if (!(clauseProbability(kind, clauseText, weights) >= ADD_AT)) continue;
      const lead = LEAD.exec(clauseText)?.[0].length ?? 0;
      const body = clauseText.slice(lead).replace(/[\s.!?;,:]+$/, '');
      if (!body) continue;
      const start = c.start + lead;
      out.push({ kind, start, end: start + body.length, text: body, ...ADDED[kind] });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
