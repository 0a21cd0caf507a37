import { describe, expect, it } from 'vitest';
import checks from '../../../fixtures/tangent-model-checks.json';
import { analyzeAnswer } from '../../../../shared/analysis';
import { splitClauses, clauseParts } from '../../../../shared/analysis/clause-model/units';
import { tfidfProbability, unpackModel } from '../../../../shared/analysis/clause-model/score';
import { buildDoc } from '../../../../shared/analysis/doc';
import { assignParts } from '../../../../shared/analysis/star-l';
import { tangentFeatures } from '../../../../shared/analysis/tangent-model/features';
import {
  refineTangents,
  type TangentModel,
} from '../../../../shared/analysis/tangent-model/refine';
import shipped from '../../../../shared/analysis/tangent-model/model.json';

/** The shipped model, as the engine reads it (train.py packs what it writes). */
const SHIPPED = unpackModel(shipped as TangentModel);

const QUESTION = 'Tell me about a time you improved the performance of a system.';
const tangents = (text: string) =>
  analyzeAnswer({ text, context: { question: QUESTION } }).signals.content!.tangents.tangents.map(
    (t) => t.text,
  );

/** A performance story with no tangent; the middle sentence is swapped per test. */
const story = (middle: string) =>
  'Our search endpoint at a travel site was timing out whenever a fare sale went live. I owned ' +
  'the query layer, so the fix was mine to find. I traced the slow path to a join that ran once ' +
  `per hotel, and I rewrote it as a single batched lookup with an index on the city code. ${middle} ` +
  'After the change, p95 latency went from 2.4 seconds to 310 milliseconds and the timeouts ' +
  'stopped. I learned to load test the search endpoint with sale traffic before a sale, not after it.';

/** A model that scores every clause the same. */
const flat = (bias: number): TangentModel => ({
  terms: ['share:0'],
  idf: [1],
  kinds: { tangent: { bias, coef: [0] } },
});

describe('tangent model', () => {
  it('scores clauses as scikit-learn does (probabilities written by train.py --checks)', () => {
    expect(checks.length).toBeGreaterThan(10);
    for (const c of checks) {
      const p = tfidfProbability('tangent', c.features, SHIPPED);
      expect(p, c.features.join('|')).toBeCloseTo(c.p, 9);
    }
  });

  it('describes a clause by how much of its topic the rest shares, its terms and its measures', () => {
    const text = story('My sister had just adopted a parrot that week and it screamed at dawn.');
    const doc = buildDoc(text);
    const clauses = splitClauses(text);
    const { features, shares } = tangentFeatures(
      doc,
      clauses,
      clauseParts(doc, assignParts(doc), clauses),
      QUESTION,
    );
    const parrot = clauses.findIndex((c) => text.slice(c.start, c.end).includes('parrot'));
    const result = clauses.findIndex((c) => text.slice(c.start, c.end).includes('p95'));
    const lesson = clauses.findIndex((c) => text.slice(c.start, c.end).includes('load test'));
    expect(features[parrot]).toEqual(expect.arrayContaining(['share:0', 'tech:0']));
    expect(shares[parrot]).toBe(0);
    expect(features[result]).toEqual(expect.arrayContaining(['measure']));
    // "search endpoint" was said in the opening too.
    expect(shares[lesson]).toBeGreaterThan(0);
  });

  it('keeps a rule stretch the model scores high, drops one it scores low, adds a clause it is sure of', () => {
    const text = story('The hotel table had about forty columns.');
    const doc = buildDoc(text);
    const parts = assignParts(doc);
    const at = text.indexOf('The hotel table');
    const rule = { start: at, end: at + 38, text: text.slice(at, at + 38), overlap: 0.1 };
    const veto = { vetoBelow: 0.3, trimBelow: 0.3, addAt: 0.95 };
    expect(refineTangents(doc, parts, [rule], {}, flat(5), veto)).toContainEqual(rule);
    expect(refineTangents(doc, parts, [rule], {}, flat(-5), veto)).toEqual([]);
    // Every clause scores above the add threshold: each run of clauses becomes one stretch.
    const added = refineTangents(doc, parts, [], {}, flat(5), veto);
    expect(added.length).toBeGreaterThan(0);
    expect(added.map((t) => t.text).join(' ')).toContain('hotel');
  });

  it("cuts an on-topic aside off a stretch the rules ran into the speaker's life", () => {
    const text = story(
      'By the way, the slow join was one I had added myself in a rush the spring before. ' +
        'That spring I was also rebuilding an old motorbike in my garage every weekend.',
    );
    const doc = buildDoc(text);
    const at = text.indexOf('By the way');
    const end = text.indexOf(' every weekend') + ' every weekend'.length;
    const rule = { start: at, end, text: text.slice(at, end), overlap: 0 };
    // A model sure only of the clause that names the motorbike.
    const motorbike: TangentModel = {
      terms: ['motorbike'],
      idf: [1],
      kinds: { tangent: { bias: -5, coef: [10] } },
    };
    const [kept] = refineTangents(doc, assignParts(doc), [rule], {}, motorbike, {
      vetoBelow: 0.3,
      trimBelow: 0.3,
      addAt: 0.95,
    });
    expect(kept.text).toBe(
      'That spring I was also rebuilding an old motorbike in my garage every weekend',
    );
  });

  it('keeps an announced aside that stays in the story, and finds a tangent told without a cue', () => {
    // Announced as an aside, but about the query the story is about: not a tangent.
    expect(
      tangents(
        story(
          'Side note, the slow join was one I had written myself two years earlier, in a hurry.',
        ),
      ),
    ).toEqual([]);
    // No cue word: the speaker's own life beside the story.
    const found = tangents(
      story(
        'That same month I was training for a half marathon along the river every morning and my knees were killing me.',
      ),
    );
    expect(found.join(' ')).toMatch(/half marathon/);
  });
});
