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
import { tfidfProbability, unpackModel, type TfidfModel } from '../clause-model/score';
import type { findTechTerms } from '../tech';
import { tangentFeatures } from './features';

/** The tangent model's weights. */
export type TangentModel = TfidfModel<'tangent'>;

const SHIPPED: TangentModel = unpackModel(shipped as TangentModel);

/** Thresholds on a clause's tangent probability: a rule stretch is dropped when every clause under
 * it scores below `vetoBelow`; a kept stretch loses the sentences at its ends whose longest clause
 * scores below `trimBelow` (unless none of its sentences reaches it); clauses no rule stretch touches
 * are added at `addAt` or above. */
export type TangentThresholds = { vetoBelow: number; trimBelow: number; addAt: number };

/** The veto and the addition set on two development splits the rules were never tuned on, each
 * with a model trained without it (docs/classifier-experiment.md); the trim changes no match there,
 * only the text shown. */
export const TANGENT_THRESHOLDS: TangentThresholds = {
  vetoBelow: 0.1,
  trimBelow: 0.3,
  addAt: 0.95,
};

const WORD = /[\p{L}\p{N}'’]+/gu;

/** Words a clause needs to speak for a stretch in the veto. */
const MIN_WORDS = 4;

type Tangent = ContentSignals['tangents']['tangents'][number];

/** The rules' tangents with the model's vetoes and additions, in order. */
export function refineTangents(
  doc: Doc,
  unitParts: readonly StarPart[],
  rules: readonly Tangent[],
  context: { question?: string; terms?: ReturnType<typeof findTechTerms> } = {},
  model: TangentModel = SHIPPED,
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
  const words = clauses.map((c) => (text.slice(c.start, c.end).match(WORD) ?? []).length);
  // A sentence speaks through its longest clause: a cue alone ("Side note,") or a fragment the
  // splitter left ("before in a hurry.") scores from its neighbours' words more than its own.
  const sentenceScore = (range: { start: number; end: number }) => {
    const idx = under(range);
    if (idx.length === 0) return 1;
    const longest = idx.reduce((best, i) => (words[i] > words[best] ? i : best));
    return scores[longest];
  };
  const sentencesOf = (t: { start: number; end: number }) =>
    doc.sentences
      .map((s) => ({ start: Math.max(s.start, t.start), end: Math.min(s.end, t.end) }))
      .filter((s) => s.start < s.end);
  const supported = (range: { start: number; end: number }) =>
    sentenceScore(range) >= thresholds.trimBelow;
  // A cue alone scores high whatever follows it: the clauses that say something decide whether
  // the stretch stays, when there are any.
  const saying = (i: number) => words[i] >= MIN_WORDS;
  const anySupported = (t: { start: number; end: number }) => {
    const all = under(t);
    const idx = all.some(saying) ? all.filter(saying) : all;
    return idx.length === 0 || Math.max(...idx.map((i) => scores[i])) >= thresholds.vetoBelow;
  };
  // A stretch is kept when one of its sentences is supported, and loses the sentences at its ends
  // that are not: an on-topic aside ("Side note, the slow loop was mine") told just before the
  // speaker's weekend is not cut with it.
  const kept = rules.flatMap((t) => {
    const sentences = sentencesOf(t);
    if (sentences.length === 0) return [t];
    if (!anySupported(t)) return [];
    const firstIn = sentences.findIndex(supported);
    if (firstIn < 0) return [t];
    const lastIn = sentences.length - 1 - [...sentences].reverse().findIndex(supported);
    if (firstIn === 0 && lastIn === sentences.length - 1) return [t];
    const start = sentences[firstIn].start;
    let end = sentences[lastIn].end;
    while (end > start && /[\s.!?,;:]/.test(text[end - 1])) end--;
    return [{ ...t, start, end, text: text.slice(start, end) }];
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
