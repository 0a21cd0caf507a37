import { describe, expect, it } from 'vitest';
import checks from '../../../fixtures/clause-model-checks.json';
import {
  judgeClauses,
  refineWithClauseModel,
} from '../../../../shared/analysis/clause-model/refine';
import {
  featureProbability,
  type ClauseModel,
  type ClauseModelKind,
} from '../../../../shared/analysis/clause-model/score';
import {
  clauseFeatures,
  clauseParts,
  splitClauses,
} from '../../../../shared/analysis/clause-model/units';
import { speakerContextFeatures } from '../../../../shared/analysis/clause-model/speaker-context';
import { buildDoc } from '../../../../shared/analysis/doc';
import { assignParts } from '../../../../shared/analysis/star-l';
import type { Finding } from '../../../../shared/analysis/types';

const clauses = (text: string) => splitClauses(text).map((c) => text.slice(c.start, c.end));

/** The model's second opinion on these rule findings, with the engine's own STAR-L parts. */
const refine = (text: string, findings: Finding[], model?: ClauseModel) => {
  const doc = buildDoc(text);
  return refineWithClauseModel(doc, findings, judgeClauses(doc, assignParts(doc), model));
};

const ruleFlag = (text: string, phrase: string, kind: Finding['kind'] = 'vague'): Finding => {
  const start = text.indexOf(phrase);
  return { kind, start, end: start + phrase.length, text: phrase, reason: 'rule' };
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

  it("describes a clause by its word n-grams, its neighbours' words, first word, place and part", () => {
    const text = 'The p99 was 800 ms. I added an index.';
    const clauses = splitClauses(text);
    const [first, second] = clauseFeatures(text, clauses, ['situation', 'action']);
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
      'first:the',
      'pos:0',
      'part:situation',
    ]);
    expect(second.filter((f) => /^(p|first|pos|part):/.test(f))).toEqual([
      'p:the',
      'p:p00',
      'p:was',
      'p:000',
      'p:ms',
      'first:i',
      'pos:4',
      'part:action',
    ]);
  });

  it("reads each clause's part from the unit it starts in", () => {
    const text =
      'Our deploys took an hour. My task was to make them faster. I split the pipeline into stages.';
    const doc = buildDoc(text);
    const parts = clauseParts(doc, assignParts(doc), splitClauses(text));
    expect(parts).toEqual(['situation', 'task', 'action']);
  });

  it('with the shipped model, adds an unmeasured outcome the rules left and vetoes a stated goal', () => {
    const text =
      'My goal was to restore the service and find the root cause. I moved the cache to Redis. ' +
      'Overall it went really well and everyone was happy with it.';
    const refined = refine(text, [ruleFlag(text, 'find the root cause')]);
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
        'we-ownership': { bias: -10, coef: [0, 0] },
      },
    };
    const text = 'It all felt smoother. The root cause was a lock.';
    const hedge: Finding = { kind: 'hedge', start: 22, end: 30, text: 'The root', reason: 'rule' };
    const blame: Finding = { ...hedge, kind: 'blame' };
    const onSmoother = ruleFlag(text, 'felt smoother');
    expect(refine(text, [hedge, onSmoother], tiny)).toEqual([onSmoother, hedge]);
    // The tiny model scores every clause near 0 for blame, so a blame rule flag is dropped.
    expect(refine(text, [blame, onSmoother], tiny)).toEqual([onSmoother]);
    expect(refine(text, [], tiny).map((f) => f.text)).toEqual(['It all felt smoother']);
  });

  it('joins an added blame clause to the blame flag right beside it, one point about one party', () => {
    const tiny: ClauseModel = {
      terms: ['tested'],
      idf: [1],
      kinds: {
        blame: { bias: -5, coef: [20] },
        vague: { bias: -10, coef: [0] },
        'we-ownership': { bias: -10, coef: [0] },
      },
    };
    // The tiny model scores any clause with "tested" near 1: the rule flag is kept, the clause
    // after it is added.
    const both = 'QA should have tested it, and it was never tested. I added the check myself.';
    const ruleOnBoth = ruleFlag(both, 'QA should have tested it', 'blame');
    const joined = refine(both, [ruleOnBoth], tiny).filter((f) => f.kind === 'blame');
    expect(joined.map((f) => f.text)).toEqual([
      'QA should have tested it, and it was never tested',
    ]);
    expect(joined[0].reason).toBe('rule');
    // Apart, with a sentence between, they stay two flags.
    const apart = 'QA should have tested it. I added the check myself. It was never tested.';
    const twoFlags = refine(apart, [{ ...ruleOnBoth }], tiny).filter((f) => f.kind === 'blame');
    expect(twoFlags.map((f) => f.text)).toEqual([
      'QA should have tested it',
      'It was never tested',
    ]);
  });

  it('tells each clause how often the answer has opened a clause with "I" and with "we" before it', () => {
    const text =
      'We had an outage. So I rolled back the deploy, then I paged the DBA. And we shipped a fix.';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => text.slice(c.start, c.end))).toHaveLength(4);
    expect(speakerContextFeatures(text, clauses)).toEqual([
      ['ib:0', 'wb:0', 'iw:00'],
      ['ib:0', 'wb:1', 'iw:01'],
      ['ib:1', 'wb:1', 'iw:11'],
      ['ib:2', 'wb:1', 'iw:21'],
    ]);
  });
});
