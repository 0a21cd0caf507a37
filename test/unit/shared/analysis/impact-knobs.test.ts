import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';

/** The impact quantities' texts (taxonomy: settings of the fix are not impact). */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

describe('a knob set to a value is a setting, not a result', () => {
  it('does not count the value a setting verb gave a knob, wherever the knob sits', () => {
    expect(impact('I lowered statement_timeout on the reporting role to 30 seconds.')).toEqual([]);
    expect(
      impact('Somebody had capped the heap at first and then bumped the heap to 4 gigabytes.'),
    ).toEqual([]);
    expect(impact('We tuned the consumer concurrency from 8 to 32 after the load test.')).toEqual(
      [],
    );
    expect(impact('The importer ran with a pool size of forty per node.')).toEqual([]);
  });

  it('still counts a metric a verb moved, with no knob as its object', () => {
    expect(impact('We lowered the error rate on checkout from 3% to 0.2%.')).toEqual([
      '3%',
      '0.2%',
    ]);
    expect(impact('That change reduced p99 on the search API to 180 ms.')).toEqual(['180 ms']);
  });
});

describe('a share shown or given as a reason while deciding is the make-up of what was looked at', () => {
  it('does not count a share shown, found or given as a reason in the steps', () => {
    const steps = (s: string) =>
      `Our billing exports were slow and finance kept asking for them. ${s} I moved the exports to a nightly job.`;
    expect(
      impact(steps('I showed that nearly 70% of the exports were for closed accounts.')),
    ).toEqual([]);
    expect(
      impact(
        steps('I chose that order because the three biggest tenants paid half of our revenue.'),
      ),
    ).toEqual([]);
    expect(
      impact(steps('I pulled the logs and found that close to 80% of requests hit one endpoint.')),
    ).toEqual([]);
  });

  it('still counts a share shown to fail', () => {
    const steps = (s: string) =>
      `Our billing exports were slow and finance kept asking for them. ${s} I moved the exports to a nightly job.`;
    expect(impact(steps('I showed that 6% of the exports failed every night.'))).toEqual(['6%']);
    expect(
      impact(steps('We found that around 3 percent of invoices had the wrong currency.')),
    ).toEqual(['3 percent']);
  });
});

describe('counterfactuals, distances to a date and defaults are not results', () => {
  it('does not count what could have been, how far off a date was, or a default', () => {
    expect(
      impact(
        'We skipped the rewrite, which we could never have shipped in three months, and patched the parser.',
      ),
    ).toEqual([]);
    expect(impact('The audit was ten days away, so I started with the exports.')).toEqual([]);
    expect(
      impact('Most clients kept the driver default of thirty seconds for idle connections.'),
    ).toEqual([]);
  });

  it('still counts a run time compared with the one before', () => {
    expect(
      impact('After the fix the export could run in four minutes instead of an hour.'),
    ).toEqual(['four minutes', 'an hour']);
  });
});

describe('what a test was fed is a setting of the test', () => {
  const answer = (step: string, result: string) =>
    `Our notification service leaked memory under reconnects. ${step} I fixed the listener cleanup and shipped it. ${result}`;

  it('does not count the things a test or a staging script was run with', () => {
    expect(
      impact(
        answer('I wrote a script that fired 20,000 fake logins at staging to reproduce it.', ''),
      ),
    ).toEqual([]);
    expect(
      impact(answer('I added a fuzz test that parses fifty thousand generated payloads.', '')),
    ).toEqual([]);
  });

  it('still counts what a test gave back in the result', () => {
    expect(
      impact(
        answer('', 'In the final load test the service held 80,000 connections without errors.'),
      ),
    ).toEqual(['80,000 connections']);
  });
});

describe('where a timeout fires is a setting', () => {
  it('does not count the point a request timed out at', () => {
    expect(
      impact('The payroll preview was slow, and for large firms it timed out at sixty seconds.'),
    ).toEqual([]);
  });
});

describe('quarters of a year are time, not a share', () => {
  it('reads "two quarters of" as a stretch of time and "three quarters of" as a share', () => {
    expect(impact('A rewrite was two quarters of migration work, so I argued against it.')).toEqual(
      [],
    );
    expect(
      impact(
        'After the launch about three quarters of users moved to the new plan within a month.',
      ),
    ).toEqual(['three quarters']);
  });
});

describe('a forecast is not a result', () => {
  it('does not count what a forecast or an expectation said the load would be', () => {
    expect(
      impact(
        'Sales projected sign-ups going from 2,000 a day to 15,000 after the TV spot, so I started on the queue.',
      ),
    ).toEqual([]);
    expect(
      impact(
        'The archive service was about to get five times its usual writes from the migration.',
      ),
    ).toEqual([]);
  });

  it('still counts what the load then was', () => {
    expect(impact('On the night sign-ups peaked at 14,200 a day and nothing was dropped.')).toEqual(
      ['14,200 a day'],
    );
  });
});

describe('a threshold past which something happens is not a measure', () => {
  it('does not count the point past which users left, and counts a level a metric climbed past', () => {
    expect(
      impact('Our research showed shoppers giving up on the cart past three seconds.'),
    ).toEqual([]);
    expect(impact('During the incident the consumer lag climbed past 25 minutes.')).toEqual([
      '25 minutes',
    ]);
  });
});

describe('the price of a choice counted in things', () => {
  it('does not count what a choice cost in things, and counts the metric it cost', () => {
    expect(
      impact(
        'I kept the old endpoint alive for mobile; the downside was running three client versions for a quarter.',
      ),
    ).toEqual([]);
    expect(
      impact(
        'I chose the outbox over direct publishing; the cost was an extra hop, which added about 25 ms of latency.',
      ),
    ).toEqual(['25 ms']);
  });
});
