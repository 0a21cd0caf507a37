import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

const SETUP = 'Last year I was on the billing team and our invoices were going out late. ';

describe('we-ownership rule', () => {
  it('flags "we" as the subject of key actions in the action part', () => {
    const text = `${SETUP}My job was to fix that. We profiled the job and we rewrote the aggregation in SQL. Then we rolled it out behind a flag. Invoices went out on time after that, and I learned to profile first.`;
    const found = flagged(text, 'we-ownership');
    expect(found).toContain('We profiled');
    expect(found).toContain('we rewrote');
  });

  it('leaves "we" in the situation, in results with numbers and after the speaker’s own action', () => {
    expect(
      flagged(
        'We had a payments service in Go that handled 2,000 requests per second.',
        'we-ownership',
      ),
    ).toEqual([]);
    const afterI = `${SETUP}I wrote the migration script and then we ran it together on a Sunday. It finished in 40 minutes.`;
    expect(flagged(afterI, 'we-ownership')).toEqual([]);
    const result = `${SETUP}I rewrote the query planner hints. In the end we cut p99 from 800 ms to 120 ms. I learned a lot.`;
    expect(flagged(result, 'we-ownership')).toEqual([]);
  });

  it('leaves talking verbs and relative clauses alone', () => {
    const text = `${SETUP}We agreed on a plan and we discussed it with finance. The tool we built is still in use.`;
    expect(flagged(text, 'we-ownership')).toEqual([]);
  });

  it('reads "ended up + -ing" as the step, and leaves discussions and dated milestones alone', () => {
    const endedUp = `${SETUP}My job was to fix that. We profiled it and we ended up rewriting the exporter in Go.`;
    expect(flagged(endedUp, 'we-ownership')).toContain('we ended up rewriting');
    const steps = `${SETUP}My job was to fix that. We profiled the exporter and we rewrote the batching. We went back and forth on the batch size for a week, and we walked through the numbers with finance. We launched on the fourth of March, which we accepted as a small slip.`;
    expect(flagged(steps, 'we-ownership')).toEqual(['We profiled', 'we rewrote']);
  });

  it('reads a transcript without stops by distance, not by sentence', () => {
    const runOn =
      'so this was at a ticketing company and every big on sale would melt the checkout service and my job that quarter was to make it survive a stadium tour on sale so i pulled the traces from the last one and the time was going into seat holds in postgres and the payment calls and a lot of retries from the clients hammering the api over and over for the same seats and then the marketing team told us the next one would be twice as big so we moved the seat holds into redis with a ttl and we put a waiting room in front of checkout';
    expect(flagged(runOn, 'we-ownership')).toEqual(['we moved', 'we put']);
  });
});
