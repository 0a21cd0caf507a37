/** Second opinion on the impact-quantity rules (impact.ts) from the impact model: it drops
 * quantities the rules count that it is confident are not impact, and adds quantities the rules
 * left that it is confident are. Why a learned model: rule rounds on impact quantities stopped
 * lifting unseen answers (docs/classifier-experiment.md, "An impact-quantity model"). The model is
 * scored by the clause model's TF-IDF and logistic code; only its features and weights are its own. */
import { wordCount, type Doc } from '../doc';
import {
  MODEL_MIN_WORDS,
  tfidfProbability,
  unpackModel,
  type PackedTfidfModel,
  type TfidfModel,
} from '../clause-model/score';
import type { StarPart } from '../types';
import { quantityFeatures } from './features';
import shipped from './model.json';

/** The impact model's weights (train.py --kinds impact). */
export type ImpactModel = TfidfModel<'impact'>;

const SHIPPED: ImpactModel = unpackModel(shipped as PackedTfidfModel<'impact'>);

/** A quantity the rules count is dropped below this probability. */
const VETO_BELOW = 0.5;
/** A quantity the rules leave is counted at or above this. Both were chosen in session 17 on four
 * development splits (w98..w105, w106..w113, w122..w129, w130..w137), each scored by a model
 * trained without it: 0.5 / 0.7 gave 0.929 / 0.908 over the four against 0.941 / 0.883 at the
 * earlier 0.6 / 0.8 (docs/classifier-experiment.md, "session 17"). */
const ADD_AT = 0.7;

/** The impact model's probability for each of `doc.quantities` (parts as impactParts reads them). */
function impactProbabilities(
  doc: Doc,
  parts: readonly StarPart[],
  model: ImpactModel = SHIPPED,
): number[] {
  return quantityFeatures(doc, parts).map((f) => tfidfProbability('impact', f, model));
}

/** Per quantity of `doc.quantities`, whether it is impact once the model's vetoes and additions
 * are applied to the rules' reading (`ruled`: whether the rules count it). Another model may be
 * given, as the cross-check does with one trained without the batches it scores. */
export function refineImpact(
  doc: Doc,
  parts: readonly StarPart[],
  ruled: readonly boolean[],
  model?: ImpactModel,
): boolean[] {
  if (wordCount(doc.tokens) < MODEL_MIN_WORDS) return [...ruled];
  const p = impactProbabilities(doc, parts, model);
  return ruled.map((r, i) => (r ? p[i] >= VETO_BELOW : p[i] >= ADD_AT));
}
