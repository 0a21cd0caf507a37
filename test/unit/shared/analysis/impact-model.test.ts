import { describe, expect, it } from 'vitest';
import checks from '../../../fixtures/impact-model-checks.json';
import { analyzeAnswer } from '../../../../shared/analysis';
import {
  tfidfProbability,
  unpackModel,
  type PackedTfidfModel,
} from '../../../../shared/analysis/clause-model/score';
import { buildDoc } from '../../../../shared/analysis/doc';
import { impactParts, rulesCountImpact } from '../../../../shared/analysis/impact';
import { quantityFeatures } from '../../../../shared/analysis/impact-model/features';
import { refineImpact, type ImpactModel } from '../../../../shared/analysis/impact-model/refine';
import shipped from '../../../../shared/analysis/impact-model/model.json';
import { assignParts } from '../../../../shared/analysis/star-l';

/** The shipped model, as the engine reads it (train.py packs what it writes). */
const SHIPPED = unpackModel(shipped as PackedTfidfModel<'impact'>);

const impact = (text: string) =>
  analyzeAnswer({ text }).signals.impact.quantities.map((q) => q.text);

/** A latency story long enough for the model to judge (50 words or more). */
const STORY =
  'Our checkout service kept timing out during the spring sale. My task was to find out why before ' +
  'the holiday launch. The team of 6 engineers spent two weeks on traces with me, and I found the ' +
  'pricing call ran once per item, so I batched it into one request and cached the rates. In the ' +
  'end we cut p99 from 900 ms to 140 ms and checkout errors dropped by 40 percent.';

/** Rules and a model, per quantity of `text`: counted by the rules, and after the model. */
function judged(text: string, model: ImpactModel) {
  const doc = buildDoc(text);
  const unitParts = assignParts(doc);
  const ruled = rulesCountImpact(doc, unitParts);
  return { ruled, refined: refineImpact(doc, impactParts(unitParts), ruled, model) };
}

const flat = (bias: number): ImpactModel => ({
  terms: ['k:latency'],
  idf: [1],
  kinds: { impact: { bias, coef: [0] } },
});

describe('impact model', () => {
  it('scores quantities as scikit-learn does (probabilities written by train.py --checks)', () => {
    expect(checks.length).toBeGreaterThan(10);
    for (const c of checks) {
      const p = tfidfProbability('impact', c.features, SHIPPED);
      expect(p, c.features.join('|')).toBeCloseTo(c.p, 9);
    }
  });

  it('describes a quantity by kind, unit, part and the words around it, digits folded', () => {
    const doc = buildDoc(STORY);
    const parts = impactParts(assignParts(doc));
    const features = quantityFeatures(doc, parts);
    const at = doc.quantities.findIndex((q) => doc.tokens[q.first].norm === '900');
    expect(features[at]).toEqual(
      expect.arrayContaining([
        'k:latency',
        'u:ms',
        'q:000',
        'p:result',
        'b1:from',
        'b2:p00',
        'bb:p00 from',
        'a1:to',
        'near:latency',
        'same:latency',
      ]),
    );
  });

  it('with the shipped model, counts the before and after of a change, not the team or the story clock', () => {
    expect(impact(STORY)).toEqual(['900 ms', '140 ms', '40 percent']);
  });

  it('vetoes what the rules count when sure it is not impact, and adds what they left when sure it is', () => {
    const none = judged(STORY, flat(-10));
    expect(none.ruled.some(Boolean)).toBe(true);
    expect(none.refined.some(Boolean)).toBe(false);
    const all = judged(STORY, flat(10));
    expect(all.ruled.every(Boolean)).toBe(false);
    expect(all.refined.every(Boolean)).toBe(true);
  });

  it('leaves an answer of a sentence or two to the rules', () => {
    const short = 'We made it 30% faster, and the team of 6 was happy.';
    const { ruled, refined } = judged(short, flat(-10));
    expect(refined).toEqual(ruled);
    expect(impact(short)).toEqual(['30%']);
  });

  it('marks a before said in the setup that the result gives again as one end of a change (echo)', () => {
    const text =
      'Our catalog search API was slow: p99 sat at 1.4 s during the evening peak. I was asked to ' +
      'bring it under the 400 ms target before the holiday sale. I profiled it under replayed ' +
      'traffic and found a per-item price lookup, so I batched the lookups and cached the rates ' +
      'for a minute. p99 went from 1.4 s to 310 ms and the autoscaler settled at half the pods.';
    const doc = buildDoc(text);
    const features = quantityFeatures(doc, impactParts(assignParts(doc)));
    const said = (words: string) =>
      doc.quantities.findIndex((q) =>
        doc.tokens
          .slice(q.first, q.last)
          .map((t) => t.text)
          .join(' ')
          .includes(words),
      );
    const echo = expect.arrayContaining([expect.stringMatching(/^echo:/)]);
    expect(features[said('1.4')]).toEqual(echo);
    expect(features[said('400')]).not.toEqual(echo);
    expect(features[said('minute')]).not.toEqual(echo);
    expect(impact(text)).toEqual(['1.4 s', '1.4 s', '310 ms']);
  });
});
