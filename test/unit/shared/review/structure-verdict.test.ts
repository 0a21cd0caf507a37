import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { structureVerdict } from '../../../../shared/review/verdict';

const RAMBLING = [
  'So this was at my second job, a logistics startup, and we had a routing service in Python that a previous team had written years before I joined.',
  'The office was in an old warehouse and the coffee machine broke every week, which became a running joke on the team.',
  'My manager asked me to make the nightly routing job finish before the drivers started at six.',
  'I profiled it and found that it recomputed distances for every pair of stops, so I cached the distance matrix per region in Redis.',
  'I also split the job by region so the regions ran in parallel on four workers.',
  'The nightly run went from five hours to forty minutes.',
  'I learned to profile before guessing.',
].join(' ');

describe('STAR-L verdict from the shares it shows', () => {
  it('never calls a setup short when its share is near the limit', () => {
    const star = analyzeAnswer({ text: RAMBLING }).star;
    const sentence = structureVerdict(star);
    const setup = Math.round(star.setupShare * 100);
    expect(sentence).toContain(`Setup ${setup}%`);
    if (star.setupShare > 0.2) expect(sentence).not.toMatch(/Setup \d+% of the answer, short/);
    expect(sentence.includes('over the 30% limit')).toBe(star.longSetup);
  });

  it('reads each band from the share: short, near the limit, over it', () => {
    const base = analyzeAnswer({ text: RAMBLING }).star;
    const withSetup = (setupShare: number) =>
      structureVerdict({ ...base, setupShare, longSetup: setupShare > 0.3 });
    expect(withSetup(0.12)).toMatch(/^Setup 12% of the answer, short;/);
    expect(withSetup(0.29)).toMatch(/^Setup 29% of the answer, near the 30% limit;/);
    expect(withSetup(0.41)).toMatch(/^Setup 41% of the answer, over the 30% limit;/);
  });
});
