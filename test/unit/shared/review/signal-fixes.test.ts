import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { signalFixes } from '../../../../shared/review/signal-fixes';

const STRETCH =
  'our payment API started timing out during the Black Friday peak and I was the on-call engineer for the checkout team';

describe('signal fixes', () => {
  it('quotes a long repeated stretch cut at a word boundary, never mid-word', () => {
    const analysis = analyzeAnswer({ text: `Last November ${STRETCH}. I paused the job.` });
    analysis.signals.memorized = {
      comparedTakes: 1,
      repeatedShare: 0.8,
      threshold: 0.5,
      memorized: true,
      closestAttemptId: 'earlier',
      stretch: { start: 14, end: 14 + STRETCH.length, text: STRETCH },
    };
    const fix = signalFixes(analysis).find((f) => f.gap === 'memorized')!;
    const quote = fix.examples[0]!;
    expect(quote.length).toBeLessThanOrEqual(90);
    expect(quote.endsWith('…')).toBe(true);
    const words = quote.slice(0, -1).split(' ');
    // Every quoted word is a whole word of the stretch.
    for (const w of words) expect(STRETCH.split(' ')).toContain(w);
  });

  it('counts the tangents in words a person would use: one stretch, or n stretches', () => {
    const analysis = analyzeAnswer({ text: 'I paused the job and the queue drained.' });
    const stretch = (start: number) => ({ start, end: start + 6, text: 'aside ', overlap: 0 });
    const detail = (n: number) => {
      analysis.signals.content!.tangents.tangents = [0, 10, 20].slice(0, n).map(stretch);
      return signalFixes(analysis).find((f) => f.gap === 'tangent')!.detail;
    };
    expect(detail(1)).toMatch(/^One stretch leaves the story: it shares nothing/);
    expect(detail(3)).toMatch(/^3 stretches leave the story: they share nothing/);
  });
});
