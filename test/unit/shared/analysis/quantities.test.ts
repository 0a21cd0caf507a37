import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';

const quantities = (text: string) =>
  analyzeAnswer({ text }).signals.impact.quantities.map((q) => [q.kind, q.text]);

describe('quantities (measured impact)', () => {
  it('finds percentages, multipliers, latencies, durations, money and counts', () => {
    expect(quantities('Errors dropped 40% and throughput went up 3x.')).toEqual([
      ['percent', '40%'],
      ['multiplier', '3x'],
    ]);
    expect(quantities('p99 went from 800 ms to 120ms.')).toEqual([
      ['latency', 'p99 went from 800 ms'],
      ['latency', '120ms'],
    ]);
    expect(quantities('It saved $40k a year and took two weeks.')).toEqual([
      ['money', '$40k'],
      ['duration', 'two weeks'],
    ]);
    expect(quantities('We backfilled 2.5 million rows at 10k rps.')).toEqual([
      ['count', '2.5 million rows'],
      ['rate', '10k rps'],
    ]);
    expect(quantities('Costs were cut in half, about 30 thousand dollars.')).toEqual([
      ['money', '30 thousand dollars'],
    ]);
    expect(quantities('The build doubled in speed and finished in about an hour.')).toEqual([
      ['multiplier', 'doubled'],
      ['duration', 'an hour'],
    ]);
  });

  it('skips what is not a measurement: CI, times of day, versions, years, pronoun "one"', () => {
    expect(quantities('The CI pipeline broke at 2am on version 2 in 2019, the old one.')).toEqual(
      [],
    );
    expect(quantities('We paged at 8 am and it was SOC 2 work.')).toEqual([]);
  });

  it('sets no-metric only when no quantity is stated', () => {
    const kinds = (text: string) => analyzeAnswer({ text }).answerFlags.map((f) => f.kind);
    expect(kinds('We made it faster and everyone was happy.')).toContain('no-metric');
    expect(kinds('We made it 30% faster.')).not.toContain('no-metric');
  });
});
