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
import { blendedBlame, READ_BLAME, type BlameReading } from './reading';
import { CLAUSE_MODEL_KINDS, clauseScores, type ClauseModel, type ClauseModelKind } from './score';
import { clauseParts, jointWordLead, overlaps, splitClauses, type Clause } from './units';

/** A rule flag is dropped when every clause under it scores below this. Chosen on six splits of
 * development answers (A to F), each scored with a model trained without it
 * (docs/classifier-experiment.md). */
const VETO_BELOW: Record<ClauseModelKind, number> = { blame: 0.3, vague: 0.2, 'we-ownership': 0.5 };
/** The kinds the model adds flags of: a clause no rule flag of the kind touches is flagged when it
 * scores at least `at` (chosen as VETO_BELOW is), with this reason and suggestion. For blame an
 * added clause right next to another flag of the kind, with nothing but a comma between, joins it:
 * "QA should have caught it months before, it was never load tested properly" is one point about
 * one party, as the rules join their own continuations (rules/blame.ts). */
const ADDS = {
  blame: { at: 0.9, reason: BLAME_REASON, suggestion: BLAME_SUGGEST, joins: true },
  vague: { at: 0.95, reason: VAGUE_CLAUSE_REASON, suggestion: VAGUE_CLAUSE_SUGGEST, joins: false },
} as const;
const ADDED_KINDS = ['blame', 'vague'] as const satisfies readonly (keyof typeof ADDS)[];
/** What may stand between two flags that join: spaces, commas, semicolons, colons and dashes, and
 * the joint word an added clause was cut at ("..., and it was never load tested"). */
const joinable = (gap: string) => {
  const rest = gap.replace(/^[\s,;:\u2013\u2014-]*/, '');
  return rest === '' || jointWordLead(rest) === rest.length;
};

/** A blame flag that names the fault in so many words ("the vendor's fault", "that one was on
 * them") is what the taxonomy calls blame in its own words: the model does not overrule it. */
const NAMED_FAULT = /\b(?:fault|blame)\b|\bon (?:them|him|her)\b/i;

/** True when a blame flag's text names the fault in so many words (never vetoed). */
export const namesTheFault = (flagText: string) => NAMED_FAULT.test(flagText);

/** The clause model's view of an answer: its clauses and, per kind, each clause's chance. */
export type ClauseJudgement = {
  clauses: Clause[];
  scores: Record<ClauseModelKind, number[]>;
};

/** Splits the answer into clauses and scores each (under another model when one is given, as the
 * cross-check does with a model trained without the batches it scores). */
export function judgeClauses(
  doc: Doc,
  unitParts: readonly StarPart[],
  weights?: ClauseModel,
): ClauseJudgement {
  const clauses = splitClauses(doc.text);
  return {
    clauses,
    scores: clauseScores(doc.text, clauses, clauseParts(doc, unitParts, clauses), weights),
  };
}

/** Rule findings with the clause model's vetoes and additions applied; sorted by start. When the
 * clause reader has read (reading.ts), blame is judged on the blend of both models' chances, at
 * the thresholds chosen for the blend. */
export function refineWithClauseModel(
  doc: Doc,
  findings: readonly Finding[],
  judged: ClauseJudgement,
  reading?: BlameReading,
): Finding[] {
  const { text } = doc;
  const { clauses } = judged;
  const read = reading !== undefined;
  const scores = read
    ? {
        ...judged.scores,
        blame: judged.scores.blame.map((p, i) => blendedBlame(p, reading.get(i))),
      }
    : judged.scores;
  const vetoBelow = read ? { ...VETO_BELOW, blame: READ_BLAME.veto } : VETO_BELOW;
  let out: Finding[] = [];
  for (const f of findings) {
    if (!(CLAUSE_MODEL_KINDS as readonly string[]).includes(f.kind)) {
      out.push(f);
      continue;
    }
    const kind = f.kind as ClauseModelKind;
    const under = clauses.flatMap((c, i) => (overlaps(c, f) ? [scores[kind][i]] : []));
    const named = kind === 'blame' && namesTheFault(f.text);
    if (named || under.length === 0 || Math.max(...under) >= vetoBelow[kind]) out.push(f);
  }
  for (const kind of ADDED_KINDS) {
    const { reason, suggestion, joins } = ADDS[kind];
    const at = read && kind === 'blame' ? READ_BLAME.add : ADDS[kind].at;
    const rules = findings.filter((f) => f.kind === kind);
    const added: Finding[] = [];
    for (const [i, c] of clauses.entries()) {
      if (rules.some((f) => overlaps(c, f)) || !(scores[kind][i] >= at)) continue;
      const clauseText = text.slice(c.start, c.end);
      const lead = jointWordLead(clauseText);
      const body = clauseText.slice(lead).replace(/[\s.!?;,:]+$/, '');
      if (!body) continue;
      const start = c.start + lead;
      added.push({ kind, start, end: start + body.length, text: body, reason, suggestion });
    }
    if (joins)
      out = [...out.filter((f) => f.kind !== kind), ...joinAdditions(text, kind, out, added)];
    else out.push(...added);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The kept flags of `kind` and its added clauses, each addition joined to a flag right beside it
 * (joinable gap between); a rule flag keeps its own reason when an addition joins it. */
function joinAdditions(
  text: string,
  kind: Finding['kind'],
  kept: readonly Finding[],
  added: readonly Finding[],
): Finding[] {
  const isAdded = new Set(added);
  const sorted = [...kept.filter((f) => f.kind === kind), ...added].sort(
    (a, b) => a.start - b.start,
  );
  const out: { f: Finding; added: boolean }[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    const gap = prev && f.start >= prev.f.end ? text.slice(prev.f.end, f.start) : null;
    if (prev && gap !== null && joinable(gap) && (isAdded.has(f) || prev.added)) {
      // An addition before a rule flag takes the rule flag's reason.
      const base = prev.added && !isAdded.has(f) ? f : prev.f;
      const start = prev.f.start;
      const end = Math.max(prev.f.end, f.end);
      prev.f = { ...base, start, end, text: text.slice(start, end) };
      prev.added = prev.added && isAdded.has(f);
      continue;
    }
    out.push({ f: { ...f }, added: isAdded.has(f) });
  }
  return out.map((x) => x.f);
}
