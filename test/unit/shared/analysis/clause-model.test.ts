import { describe, expect, it } from 'vitest';
import checks from '../../../fixtures/clause-model-checks.json';
import { refineWithClauseModel } from '../../../../shared/analysis/clause-model/refine';
import {
  clauseProbability,
  type ClauseModel,
  type ClauseModelKind,
} from '../../../../shared/analysis/clause-model/score';
import { splitClauses } from '../../../../shared/analysis/clause-model/units';
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
      expect(clauseProbability(c.kind as ClauseModelKind, c.text), c.text).toBeCloseTo(c.p, 9);
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

  it('leaves other kinds alone and never adds a span over a rule flag of the same kind', () => {
    const tiny: ClauseModel = {
      terms: ['smoother', 'root'],
      idf: [1, 1],
      kinds: { vague: { bias: 0, coef: [10, -10] } },
    };
    const text = 'It all felt smoother. The root cause was a lock.';
    const blame: Finding = { kind: 'blame', start: 22, end: 30, text: 'The root', reason: 'rule' };
    const onSmoother = vagueFlag(text, 'felt smoother');
    const refined = refineWithClauseModel(text, [blame, onSmoother], tiny);
    expect(refined).toEqual([onSmoother, blame]);
    expect(refineWithClauseModel(text, [], tiny).map((f) => f.text)).toEqual([
      'It all felt smoother',
    ]);
  });
});
