import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';

const FULL = [
  'At my last company I worked on the search team, and our indexer was falling behind every night.',
  'My job was to get the nightly index under one hour.',
  'I profiled the indexer and found it did one request per document, so I batched the writes into bulk requests of 500 documents.',
  'I also added a checkpoint so a crash would resume instead of restarting, and I rolled it out behind a flag.',
  'Before the rollout I ran both indexers side by side for a week and compared the document counts every morning.',
  'The nightly run dropped from four hours to 35 minutes.',
  'What I learned is to measure before I optimise.',
].join(' ');

describe('STAR-L structure', () => {
  it('finds every part, in order, with word and time shares', () => {
    const star = analyzeAnswer({ text: FULL }).star;
    expect(star.present).toEqual(['situation', 'task', 'action', 'result', 'learning']);
    const starts = star.parts.map((p) => p.start!);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(star.parts.reduce((n, p) => n + p.wordShare, 0)).toBeCloseTo(1, 1);
    expect(star.actionIsLargest).toBe(true);
    expect(star.longSetup).toBe(false);
    expect(star.noLearning).toBe(false);
    expect(FULL.slice(star.parts[3].start!, star.parts[3].end!)).toContain(
      'dropped from four hours',
    );
    expect(star.parts.every((p) => p.timeShare === null)).toBe(true);
  });

  it('flags a long setup and a missing lesson', () => {
    const text = [
      'So at my previous company we had a big monolith written in Rails, and there were about forty engineers working in it.',
      'There was a lot of history in that codebase and the deploys used to take an hour.',
      'Our team owned the checkout part and the business was growing really fast at the time.',
      'I split the checkout code into its own service and moved the deploy to a separate pipeline.',
      'Deploys went from an hour to ten minutes.',
    ].join(' ');
    const a = analyzeAnswer({ text });
    expect(a.star.longSetup).toBe(true);
    expect(a.star.noLearning).toBe(true);
    expect(a.answerFlags.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['long-setup', 'no-learning']),
    );
  });
});
