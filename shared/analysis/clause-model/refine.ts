/** Second opinion on the span rules from the clause model: it drops rule flags it is confident are
 * wrong and adds clauses it is confident the rules missed. Why a learned model at all: seven rounds
 * of rules lifted the answers they were written against and not unseen ones
 * (docs/classifier-experiment.md). For we-ownership the model only vetoes: the rules find most team
 * "we", and on unseen answers the model's additions cost the precision it lacks. */
import type { Doc } from '../doc';
import type { Finding, StarPart } from '../types';
import {
  BLAME_REASON,
  BLAME_SUGGEST,
  VAGUE_CLAUSE_REASON,
  VAGUE_CLAUSE_SUGGEST,
} from '../rules/reasons';
import { CLAUSE_MODEL_KINDS, clauseScores, type ClauseModel, type ClauseModelKind } from './score';
import { clauseParts, jointWordLead, splitClauses, type Clause } from './units';

/** A rule flag is dropped when every clause under it scores below this. Set on the 189 answers of
 * session 9's held-out (rules never tuned on them, the model trained without them) and confirmed on
 * session 8's 189 (docs/classifier-experiment.md). */
const VETO_BELOW: Record<ClauseModelKind, number> = { blame: 0.1, vague: 0.1, 'we-ownership': 0.4 };
/** The kinds the model adds flags of: a clause no rule flag of the kind touches is flagged when it
 * scores at least `at` (set as VETO_BELOW is), with this reason and suggestion. */
const ADDS = {
  blame: { at: 0.95, reason: BLAME_REASON, suggestion: BLAME_SUGGEST },
  vague: { at: 0.95, reason: VAGUE_CLAUSE_REASON, suggestion: VAGUE_CLAUSE_SUGGEST },
} as const;
const ADDED_KINDS = ['blame', 'vague'] as const satisfies readonly (keyof typeof ADDS)[];

const overlaps = (a: Clause, b: Clause) => a.start < b.end && b.start < a.end;

/** Rule findings with the clause model's vetoes and additions applied; sorted by start. */
export function refineWithClauseModel(
  doc: Doc,
  unitParts: readonly StarPart[],
  findings: readonly Finding[],
  weights?: ClauseModel,
): Finding[] {
  const { text } = doc;
  const clauses = splitClauses(text);
  const scores = clauseScores(text, clauses, clauseParts(doc, unitParts, clauses), weights);
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
  for (const kind of ADDED_KINDS) {
    const { at, reason, suggestion } = ADDS[kind];
    const rules = findings.filter((f) => f.kind === kind);
    for (const [i, c] of clauses.entries()) {
      if (rules.some((f) => overlaps(c, f)) || !(scores[kind][i] >= at)) continue;
      const clauseText = text.slice(c.start, c.end);
      const lead = jointWordLead(clauseText);
      const body = clauseText.slice(lead).replace(/[\s.!?;,:]+$/, '');
      if (!body) continue;
      const start = c.start + lead;
      out.push({ kind, start, end: start + body.length, text: body, reason, suggestion });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
