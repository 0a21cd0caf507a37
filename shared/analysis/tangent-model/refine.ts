/** Second opinion on the tangent rules (signals/tangents.ts) from a clause model trained on the
 * labelled corpus: it drops a rule stretch when no clause under it looks like a tangent, and adds
 * a stretch of clauses it is confident leave the story. Why: the rules read life words and aside
 * cues, and on answers they were not written against they flag on-topic asides and miss tangents
 * told in the story's own register (docs/classifier-experiment.md). */
import shipped from './model.json';
import type { Doc } from '../doc';
import type { ContentSignals } from '../schema-content';
import type { StarPart } from '../types';
import { clauseParts, jointWordLead, splitClauses } from '../clause-model/units';
import { tfidfProbability, type TfidfModel } from '../clause-model/score';
import type { findTechTerms } from '../tech';
import { tangentFeatures } from './features';

/** The tangent model's weights. */
export type TangentModel = TfidfModel<'tangent'>;

/** Thresholds on a clause's tangent probability: a rule stretch is dropped when every clause under
 * it scores below `vetoBelow`; clauses no rule stretch touches are added at `addAt` or above. */
export type TangentThresholds = { vetoBelow: number; addAt: number };

/** Set on two development splits the rules were never tuned on, each with a model trained without
 * it (docs/classifier-experiment.md). */
export const TANGENT_THRESHOLDS: TangentThresholds = { vetoBelow: 0.3, addAt: 0.95 };

/** Words a clause needs to speak for a stretch in the veto. */
const MIN_WORDS = 4;
const WORD = /[\p{L}\p{N}'’]+/gu;

type Tangent = ContentSignals['tangents']['tangents'][number];

/** The rules' tangents with the model's vetoes and additions, in order. */
export function refineTangents(
  doc: Doc,
  unitParts: readonly StarPart[],
  rules: readonly Tangent[],
  context: { question?: string; terms?: ReturnType<typeof findTechTerms> } = {},
  model: TangentModel = shipped as TangentModel,
  thresholds: TangentThresholds = TANGENT_THRESHOLDS,
): Tangent[] {
  const { text } = doc;
  const clauses = splitClauses(text);
  const parts = clauseParts(doc, unitParts, clauses);
  const { features, shares } = tangentFeatures(
    doc,
    clauses,
    parts,
    context.question,
    context.terms,
  );
  const scores = features.map((f) => tfidfProbability('tangent', f, model));
  const under = (t: { start: number; end: number }) =>
    clauses.flatMap((c, i) => (c.start < t.end && t.start < c.end ? [i] : []));
  // A cue alone ("Side note,") scores high whatever follows it: the clauses that say something
  // decide, when there are any.
  const saying = (i: number) =>
    (text.slice(clauses[i].start, clauses[i].end).match(WORD) ?? []).length >= MIN_WORDS;
  const supported = (t: { start: number; end: number }) => {
    const all = under(t);
    const idx = all.some(saying) ? all.filter(saying) : all;
    return idx.length === 0 || Math.max(...idx.map((i) => scores[i])) >= thresholds.vetoBelow;
  };
  // A kept stretch loses the sentences at its ends the model does not support: an on-topic aside
  // ("Side note, the slow loop was mine") told just before the speaker's weekend is not cut with it.
  const kept = rules.filter(supported).map((t) => {
    const sentences = doc.sentences
      .map((s) => ({ start: Math.max(s.start, t.start), end: Math.min(s.end, t.end) }))
      .filter((s) => s.start < s.end);
    const firstIn = sentences.findIndex(supported);
    const lastIn = sentences.length - 1 - [...sentences].reverse().findIndex(supported);
    if (firstIn < 0 || (firstIn === 0 && lastIn === sentences.length - 1)) return t;
    const start = sentences[firstIn].start;
    let end = sentences[lastIn].end;
    while (end > start && /[\s.!?,;:]/.test(text[end - 1])) end--;
    return { ...t, start, end, text: text.slice(start, end) };
  });
  const added: Tangent[] = [];
  let last = -2;
  clauses.forEach((c, i) => {
    if (scores[i] < thresholds.addAt || kept.some((t) => c.start < t.end && t.start < c.end))
      return;
    const clauseText = text.slice(c.start, c.end);
    const start = c.start + jointWordLead(clauseText);
    const end = c.start + clauseText.replace(/[\s,;:]+$/, '').length;
    if (end <= start) return;
    const overlap = Math.round(shares[i] * 100) / 100;
    const prev = added[added.length - 1];
    if (prev && last === i - 1) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.overlap = Math.max(prev.overlap, overlap);
    } else added.push({ start, end, text: text.slice(start, end), overlap });
    last = i;
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
