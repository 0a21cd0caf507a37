import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const statesTradeoff = (text: string) =>
  analyzeAnswer({ text, context: { question: 'How did you scale a service?' } }).signals.content!
    .tradeoff.statesTradeoff;

describe('tradeoff: a design changed, told with the thing as subject', () => {
  it('hears "X was moved/keyed/switched to Y instead of Z" as a choice with its alternative', () => {
    for (const text of [
      'The session store was moved to DynamoDB instead of another Redis cluster.',
      'Retries were keyed on the order number rather than the request id.',
      'The nightly export switched from full dumps to incremental files rather than a bigger instance.',
      'The lookup became a single hash read instead of a join across the orders tables.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not take what a thing did instead of what it should for a choice', () => {
    for (const text of [
      'The heap sat around two gigs instead of climbing to eight.',
      'The job was running at midnight instead of after the load.',
      'The client was opening a connection per request instead of reusing one.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('tradeoff: the path not taken, with a contraction', () => {
  it('hears "I could\'ve just X, but" as a considered alternative', () => {
    expect(
      statesTradeoff(
        "I could've just doubled the pool size, but that only hides the leak for another week.",
      ),
    ).toBe(true);
    expect(statesTradeoff("I could've caught it in review.")).toBe(false);
  });
});
