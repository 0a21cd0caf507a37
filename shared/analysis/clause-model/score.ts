/** The clause model's scorer: sublinear TF-IDF with L2 norm, then logistic regression, per kind.
 * It reproduces scikit-learn's TfidfVectorizer + LogisticRegression (test/fixtures/corpus/clause-model/train.py).
 * The impact model (../impact-model/) is scored by the same code (`tfidfProbability`). */
import packed from './model.json';
import type { StarPart } from '../types';
import { clauseFeatures, type Clause } from './units';
import { speakerContextFeatures } from './speaker-context';

/** Kinds the clause model scores (train.py's KINDS). */
export const CLAUSE_MODEL_KINDS = ['blame', 'vague', 'we-ownership'] as const;
/** A kind the clause model scores. */
export type ClauseModelKind = (typeof CLAUSE_MODEL_KINDS)[number];

/** The learned models (this one and the impact model) judge only answers of this many words or
 * more: they learned from whole STAR-L answers (the shortest labelled one has 60 words), where a
 * unit's part, place and neighbours say much; in a sentence or two those say little, and the rules
 * judge alone. */
export const MODEL_MIN_WORDS = 50;

/** A trained model as train.py writes it: features with their idf, and per kind the coefficients
 * (in the order of `terms`) and the intercept. */
export type TfidfModel<K extends string = string> = {
  terms: string[];
  idf: number[];
  kinds: Record<K, { bias: number; coef: number[] }>;
};

/** The clause model's weights. */
export type ClauseModel = TfidfModel<ClauseModelKind>;

/** A model as train.py writes it: terms joined by newlines, numbers joined by spaces. */
export type PackedTfidfModel<K extends string = string> = {
  terms: string;
  idf: string;
  kinds: Record<K, { bias: number; coef: string }>;
};

const numbers = (s: string) => s.split(' ').map(Number);

/** A model ready to score, from train.py's packed form (or one already unpacked, as the older
 * impact and tangent models and the tests' tiny models are). */
export function unpackModel<K extends string>(
  m: TfidfModel<K> | PackedTfidfModel<K>,
): TfidfModel<K> {
  if (typeof m.terms !== 'string') return m as TfidfModel<K>;
  const p = m as PackedTfidfModel<K>;
  const kinds = {} as TfidfModel<K>['kinds'];
  for (const k of Object.keys(p.kinds) as K[])
    kinds[k] = { bias: p.kinds[k].bias, coef: numbers(p.kinds[k].coef) };
  return { terms: p.terms.split('\n'), idf: numbers(p.idf), kinds };
}

/** The shipped clause model, unpacked once. */
const shipped: ClauseModel = unpackModel(packed as PackedTfidfModel<ClauseModelKind>);

const indexes = new WeakMap<TfidfModel, Map<string, number>>();

/** Position of each n-gram in the model's vocabulary, built once per model. */
function indexOf(model: TfidfModel): Map<string, number> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(model.terms.map((t, i) => [t, i]));
    indexes.set(model, index);
  }
  return index;
}

/** The tf-idf vector of one clause, L2-normalised, as vocabulary positions and values. */
function vectorOf(features: readonly string[], model: TfidfModel): [number[], number[]] {
  const index = indexOf(model);
  const counts = new Map<number, number>();
  for (const g of features) {
    const i = index.get(g);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const at = [...counts.keys()];
  const x = at.map((i) => (1 + Math.log(counts.get(i)!)) * model.idf[i]);
  const norm = Math.sqrt(x.reduce((n, v) => n + v * v, 0)) || 1;
  return [at, x.map((v) => v / norm)];
}

function probability<K extends string>(
  kind: K,
  [at, x]: [number[], number[]],
  model: TfidfModel<K>,
) {
  const { coef, bias } = model.kinds[kind];
  let z = bias;
  for (let k = 0; k < at.length; k++) z += x[k] * coef[at[k]];
  return 1 / (1 + Math.exp(-z));
}

/** Under any model train.py wrote, the probability of a kind for one unit with these features. */
export function tfidfProbability<K extends string>(
  kind: K,
  features: readonly string[],
  model: TfidfModel<K>,
): number {
  return probability(kind, vectorOf(features, model), model);
}

/** Probability that a clause with these features (clauseFeatures) carries a flag of this kind. */
export function featureProbability(
  kind: ClauseModelKind,
  features: readonly string[],
  model: ClauseModel = shipped,
): number {
  return probability(kind, vectorOf(features, model), model);
}

/** Per kind, the probability for each clause of the answer that it carries a flag of that kind
 * (under another model when one is given, as the cross-check does with a model trained without the
 * batches it scores). */
export function clauseScores(
  text: string,
  clauses: readonly Clause[],
  parts: readonly StarPart[],
  model: ClauseModel = shipped,
): Record<ClauseModelKind, number[]> {
  const context = speakerContextFeatures(text, clauses);
  const vectors = clauseFeatures(text, clauses, parts).map((f, i) =>
    vectorOf([...f, ...context[i]], model),
  );
  const out = {} as Record<ClauseModelKind, number[]>;
  for (const kind of CLAUSE_MODEL_KINDS)
    out[kind] = vectors.map((v) => probability(kind, v, model));
  return out;
}
