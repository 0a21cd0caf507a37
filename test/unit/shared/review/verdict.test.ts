import { describe, expect, it } from 'vitest';
import {
  durationVerdict,
  fillersPerMinute,
  paceVerdict,
  wordBudgetSentence,
} from '../../../../shared/review/verdict';
import { analyzeAnswer } from '../../../../shared/analysis';
import { analyzeSpoken } from './helpers';

const SETUP =
  'Last year I worked on the payments team at a large retailer. We had a monolith that handled checkout, refunds and invoicing, and it ran on a single Postgres database. The company was growing quickly and the holiday season was coming, so traffic was expected to triple. My manager asked me to make sure checkout would survive the peak. ';
const ACTION =
  'I profiled the checkout path and found that the invoice query held row locks for two seconds. I moved invoicing to a queue and added an index on the order id. ';
const RESULT = 'As a result p99 latency dropped from 900 ms to 120 ms. ';
const LEARNING = 'I learned to profile before I redesign anything.';

describe('durationVerdict', () => {
  it('says how far over a long answer is and to cut the setup when the setup is long', () => {
    const { analysis } = analyzeSpoken(SETUP + SETUP + ACTION + RESULT + LEARNING, 144);
    expect(analysis.signals.duration.band).toBe('long');
    expect(analysis.star.longSetup).toBe(true);
    const verdict = durationVerdict(analysis);
    expect(verdict.headline).toBe(`${Math.round(analysis.signals.duration.secondsOutside)} s over`);
    expect(verdict.sentence).toMatch(/^2[34] s over: cut background first\.$/);
  });

  it('asks a short answer without a result for the result', () => {
    const { analysis } = analyzeSpoken(
      'I profiled the checkout path and moved invoicing to a queue.',
      20,
    );
    expect(durationVerdict(analysis).sentence).toBe('70 s short: add the result, with a number.');
  });

  it('says on target inside the window, and marks estimated lengths', () => {
    const text = SETUP + ACTION + RESULT + LEARNING;
    const { analysis } = analyzeSpoken(text, 101);
    expect(analysis.signals.duration.seconds).toBeCloseTo(100.6, 0);
    expect(durationVerdict(analysis).sentence).toBe(
      'On target: 1:41 is inside the 1:30 to 2:00 window.',
    );
    const estimated = durationVerdict(analyzeAnswer({ text: ACTION }));
    expect(estimated.sentence).toMatch(/^\d+ s short: .*\(estimated from the word count\)\.$/);
  });
});

describe('pace and budget sentences', () => {
  it('describes a slow, an even and a fast pace, and an unknown one', () => {
    const pace = { estimated: false, longPauseThresholdSec: 3, longPauses: [] };
    expect(paceVerdict({ ...pace, wordsPerMinute: 100 })).toMatch(/^100 words a minute: slow/);
    expect(paceVerdict({ ...pace, wordsPerMinute: 150 })).toMatch(/easy pace/);
    expect(paceVerdict({ ...pace, wordsPerMinute: 190 })).toMatch(/fast/);
    expect(paceVerdict({ ...pace, wordsPerMinute: null })).toMatch(/unknown/);
  });

  it('gives the word budget at the speaker pace and how many words to add', () => {
    const { analysis } = analyzeSpoken(ACTION + RESULT, 15);
    const d = analysis.signals.duration;
    expect(wordBudgetSentence(d)).toBe(
      `At your pace, 90 to 120 s is ${d.wordBudget.min} to ${d.wordBudget.max} words; you said ${d.wordCount} (add about ${d.wordsToChange}).`,
    );
    expect(d.wordsToChange).toBe(d.wordBudget.min - d.wordCount);
  });

  it('counts fillers per minute of speaking time', () => {
    const { analysis } = analyzeSpoken('Um, so I, uh, restarted the database. Um, it worked.', 30);
    expect(analysis.flagCounts.filler).toBe(3);
    expect(fillersPerMinute(analysis)).toBeCloseTo(3 / (analysis.signals.duration.seconds / 60), 5);
  });
});
