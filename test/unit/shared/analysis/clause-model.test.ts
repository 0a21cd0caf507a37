import { describe, expect, it } from 'vitest';
import checks from '../../../fixtures/clause-model-checks.json';
import { refineWithClauseModel } from '../../../../shared/analysis/clause-model/refine';
import {
  featureProbability,
  type ClauseModel,
  type ClauseModelKind,
} from '../../../../shared/analysis/clause-model/score';
import { clauseFeatures, splitClauses } from '../../../../shared/analysis/clause-model/units';
import type { Finding } from '../../../../shared/analysis/types';

const clauses = (text: string) => splitClauses(text).map((c) => text.slice(c.start, c.end));

const vagueFlag = (text: string, phrase: string): Finding => {
  const start = text.indexOf(phrase);
  return { kind: 'vague', start, end: start + phrase.length, text: phrase, reason: 'rule' };
};

describe('clause model', () => {
  it('scores clauses as scikit-learn does (probabilities written by train.py --checks)', () => {
    expect(checks.length).toBeGreaterThan(10);
    for (const c of checks) {
      const p = featureProbability(c.kind as ClauseModelKind, c.features);
      expect(p, c.features.join('|')).toBeCloseTo(c.p, 9);
    }
  });

  it('cuts at sentence ends, commas and joint words with three words on each side', () => {
    expect(clauses('I rewrote the job, and it ran in half the time. Then we shipped.')).toEqual([
      'I rewrote the job,',
      'and it ran in half the time.',
      'Then we shipped.',
    ]);
    expect(clauses('so I fixed the bug and the test')).toEqual(['so I fixed the bug and the test']);
    expect(clauses('')).toEqual([]);
  });

  it("describes a clause by its word n-grams and its neighbours' words, digits folded", () => {
    const text = 'The p99 was 800 ms. I added an index.';
    const [first, second] = clauseFeatures(text, splitClauses(text));
    expect(first).toEqual([
      'the',
      'p00',
      'was',
      '000',
      'ms',
      'the p00',
      'p00 was',
      'was 000',
      '000 ms',
      'the p00 was',
      'p00 was 000',
      'was 000 ms',
      'n:added',
      'n:an',
      'n:index',
    ]);
    expect(second.filter((f) => f.startsWith('p:'))).toEqual([
      'p:the',
      'p:p00',
      'p:was',
      'p:000',
      'p:ms',
    ]);
  });

  it('with the shipped model, adds an unmeasured outcome the rules left and vetoes a stated goal', () => {
    const text =
      'My goal was to restore the service and find the root cause. I moved the cache to Redis. ' +
      'Overall it went really well and everyone was happy with it.';
    const refined = refineWithClauseModel(text, [vagueFlag(text, 'find the root cause')]);
    expect(refined.map((f) => f.text)).toEqual([
      'Overall it went really well',
      'everyone was happy with it',
    ]);
    expect(refined[0].reason).toMatch(/^Vague/);
  });

  it('leaves other kinds alone, drops what it is sure of, never adds over a rule flag', () => {
    const tiny: ClauseModel = {
      terms: ['smoother', 'root'],
      idf: [1, 1],
      kinds: {
        blame: { bias: -10, coef: [0, 0] },
        vague: { bias: 0, coef: [10, -10] },
      },
    };
    const text = 'It all felt smoother. The root cause was a lock.';
    const hedge: Finding = { kind: 'hedge', start: 22, end: 30, text: 'The root', reason: 'rule' };
    const blame: Finding = { ...hedge, kind: 'blame' };
    const onSmoother = vagueFlag(text, 'felt smoother');
    expect(refineWithClauseModel(text, [hedge, onSmoother], tiny)).toEqual([onSmoother, hedge]);
    // The tiny model scores every clause near 0 for blame, so a blame rule flag is dropped.
    expect(refineWithClauseModel(text, [blame, onSmoother], tiny)).toEqual([onSmoother]);
    expect(refineWithClauseModel(text, [], tiny).map((f) => f.text)).toEqual([
      'It all felt smoother',
    ]);
  });
});
