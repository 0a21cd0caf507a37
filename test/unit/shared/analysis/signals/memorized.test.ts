import { describe, expect, it } from 'vitest';
import { memorizedSignal } from '../../../../../shared/analysis/signals/memorized';

const FIRST =
  'Our checkout service started timing out every evening at peak. I owned the service, so finding the cause was on me. ' +
  'I traced the slow requests and found a missing index on the orders table. I added the index online and p99 went from 900 ms to 200 ms. ' +
  'What I learned is to trace before guessing.';

describe('memorized', () => {
  it('calls a take that repeats most sentences of an earlier one memorized, and shows the stretch', () => {
    const again =
      'Um, our checkout service started timing out every evening at peak. I owned the service, so finding the cause was on me. ' +
      'I traced the slow requests and found a missing index on the orders table. I added the index online and p99 went from 900 ms to 200 ms. ' +
      'Next time I would add a slow query alert.';
    const m = memorizedSignal(again, [{ attemptId: 'take-1', text: FIRST }]);
    expect(m.memorized).toBe(true);
    expect(m.repeatedShare).toBeGreaterThan(0.7);
    expect(m.closestAttemptId).toBe('take-1');
    expect(m.stretch?.text).toMatch(/^our checkout service started timing out/);
    expect(again.slice(m.stretch!.start, m.stretch!.end)).toBe(m.stretch!.text);
  });

  it('does not call the same story told in new words memorized', () => {
    const retold =
      'Every night at peak, checkout requests began to time out. The service was mine that quarter, so I took the investigation. ' +
      'Tracing showed the orders table had no index for the lookup we ran on every request. ' +
      'After I built that index without locking the table, p99 dropped to 200 ms from 900. My lesson: measure first, then guess.';
    const m = memorizedSignal(retold, [{ attemptId: 'take-1', text: FIRST }]);
    expect(m.memorized).toBe(false);
    expect(m.repeatedShare).toBeLessThan(0.1);
  });

  it('has nothing to compare on a first take', () => {
    const m = memorizedSignal(FIRST, []);
    expect(m).toMatchObject({
      comparedTakes: 0,
      memorized: false,
      repeatedShare: 0,
      stretch: null,
    });
  });
});
