import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';

/** The impact quantities' texts (taxonomy: "What counts as an impact quantity"). */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

/** A short answer whose last sentence is the result. */
const story = (result: string) =>
  'Our tenants filed their tax returns by hand. I led the rebuild of the filing flow and wrote ' +
  `the validation myself. We launched in March. ${result}`;

describe('impact by the role a number plays in its clause', () => {
  it('ends a supposition where a run-on starts another statement, not inside a condition', () => {
    expect(
      impact(
        'I raised the shared buffers or it would have swapped and the p99 went from three seconds to 240 milliseconds by Friday.',
      ),
    ).toEqual(['three seconds', '240 milliseconds']);
    expect(impact('We agreed that if the p99 went over 300 ms we would roll back.')).toEqual([]);
    expect(impact('When load doubles the autoscaler adds pods.')).toEqual([]);
  });

  it('reads a threshold after "whenever" as a setting whatever the tense', () => {
    expect(
      impact('The replica paused the import whenever replication lag went over five seconds.'),
    ).toEqual([]);
  });

  it('counts a setup bound or a goal start when the answer gives the change from it', () => {
    expect(
      impact(
        'The dashboard figures were up to twelve hours old. We moved it to streaming and freshness went from up to 12 hours to about a minute.',
      ),
    ).toEqual(['twelve hours', '12 hours', 'a minute']);
    // A bound of the mechanism is still no measure.
    expect(impact('We set exponential backoff with retries up to six hours.')).toEqual([]);
    expect(
      impact('The target was to take the importer from roughly 800 rows a second to 8,000.'),
    ).toEqual(['800 rows a second']);
    expect(
      impact(
        'The old broker was maxing out around 3,000 messages a second, so I proposed a partitioned topic.',
      ),
    ).toEqual(['3,000 messages a second']);
  });

  it('does not count periods, moved dates, thresholds that pick things out, samples or reach', () => {
    expect(impact('Marketing agreed to push the launch back by three weeks.')).toEqual([]);
    expect(impact('Over the next three sprints we had zero paging alerts.')).toEqual([
      'zero paging alerts',
    ]);
    expect(impact('She approved auto-refunds only for tickets under fifty euros.')).toEqual([]);
    expect(impact('I sampled ten percent of the traffic for the shadow run.')).toEqual([]);
    expect(impact('We started by exposing it to 2% of tenants.')).toEqual([]);
    expect(impact('Alerts stopped within a minute of the rollback.')).toEqual([]);
    // How soon a service came back is the response's clock, unless compared with a before; how
    // long users were hit is the harm (taxonomy).
    expect(impact('The service recovered within two minutes.')).toEqual([]);
    expect(
      impact(story('Payments were back up in about half an hour and we wrote it up.')),
    ).toEqual([]);
    expect(impact(story('Every bucket was restored within nine hours.'))).toEqual([]);
    expect(
      impact(story('We recovered in four minutes instead of around an hour like last spring.')),
    ).toEqual(['four minutes', 'an hour']);
    expect(impact(story('Signups were down for about 50 minutes.'))).toEqual(['50 minutes']);
    expect(impact(story('The queue drained in about a quarter of an hour.'))).toEqual([]);
    expect(impact(story('Logins were back roughly ten minutes after the rollback.'))).toEqual([]);
    // The period another measure was counted over.
    expect(impact(story('About 300 renewals failed in those eight minutes.'))).toEqual([
      '300 renewals',
    ]);
  });

  it('counts customers counted as the subject of what they did in the result, and shares out of a total', () => {
    expect(
      impact(
        story(
          'After launch, 2,700 landlords renewed through the new flow, and 900 households switched plans.',
        ),
      ),
    ).toEqual(['2,700 landlords', '900 households']);
    expect(
      impact(
        story('By the end of the quarter 31 client services out of 40 were on the new library.'),
      ),
    ).toEqual(['31 client services']);
  });

  it('counts machines given back and outages told as a verb with its object', () => {
    expect(impact('Afterwards we decommissioned nine of the old batch servers.')).toEqual(['nine']);
    expect(impact('The nightly job blocked order exports for nine minutes.')).toEqual([
      'nine minutes',
    ]);
  });

  it('tells a share the work achieved or that went wrong from a share found while deciding', () => {
    expect(impact('In the end the new parser matched 97.5% of the legacy outputs.')).toEqual([
      '97.5%',
    ]);
    expect(
      impact('In the shadow run 1.2% of invoices were different from the old totals.'),
    ).toEqual(['1.2%']);
    expect(
      impact('Because the feed only covered 60 percent of carriers, I went with polling.'),
    ).toEqual([]);
    expect(
      impact('Digging in, we found that three endpoints took about eighty percent of the traffic.'),
    ).toEqual([]);
    expect(
      impact('I kept it simple because nightly volume is about nine hundred files a day.'),
    ).toEqual([]);
  });

  it('reads a choice before its alternative, ratios said in words and knobs with long names', () => {
    expect(impact('So I suggested one shared queue instead of four topics.')).toEqual([]);
    expect(
      impact('Before the fix one release in four got rolled back; afterwards it was one in forty.'),
    ).toEqual(['one release in four', 'one in forty']);
    expect(impact('I talked to one person in five minutes.')).toEqual([]);
    expect(
      impact(
        'I bumped the default worker pool size in our internal HTTP client library from 64 to 16.',
      ),
    ).toEqual([]);
  });

  it('counts a recurring cost of time or money', () => {
    expect(
      impact(
        'Finance had been spending about five hours a week on manual matching, and that stopped.',
      ),
    ).toEqual(['five hours a week']);
    expect(impact('It cost us about $9k a month in extra storage, which we avoided.')).toEqual([
      '$9k',
    ]);
  });
});

describe('impact: bounds that end a change and losses of things served', () => {
  it('counts "instead of up to" as the before of a change, not a bound', () => {
    expect(impact('Price updates now land in about 3 seconds instead of up to 12 hours.')).toEqual([
      '3 seconds',
      '12 hours',
    ]);
    expect(
      impact('The trade-off was that a quote could use a rate up to five minutes old.'),
    ).toEqual([]);
  });

  it('counts trips and deliveries lost', () => {
    expect(impact(story('During the outage we lost about 1,200 deliveries.'))).toEqual([
      '1,200 deliveries',
    ]);
  });
});

describe('impact: the make-up of what was found, wherever it is told', () => {
  it('does not count a share read straight into what the things were or came from', () => {
    expect(
      impact(story('We grouped the failures. Two-thirds were timeouts against slow merchants.')),
    ).toEqual([]);
    expect(impact(story('About 70% came from eleven tests that shared a database.'))).toEqual([]);
  });

  it('still counts a share whose predicate is a harm or a result, and a change told with "came"', () => {
    expect(impact(story('After the fix, 99% were delivered on time.'))).toEqual(['99%']);
    expect(impact(story('Then p99 came down from 900 ms to 200 ms.'))).toEqual([
      '900 ms',
      '200 ms',
    ]);
  });
});

describe('impact: the scale a system handles, told in the setup', () => {
  it('does not count what the system served in the situation', () => {
    expect(
      impact(
        'At my last job we ran the booking API for a ferry company, and we served around 700 operators. My task was to make search faster. I added an index and a cache. Search p95 went from 2 seconds to 300 ms.',
      ),
    ).toEqual(['2 seconds', '300 ms']);
  });
});
