import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';

/** The impact quantities' texts: what the taxonomy counts as a result or a before/after. */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

describe('numbers that are not impact, whatever rule they come near (taxonomy: what counts)', () => {
  it('does not count zero of a mass noun (an amount of help), only zero of things that go wrong', () => {
    expect(
      impact(
        'In the end the platform team gave us zero support, so I wrote the migration myself and checkout errors dropped 70%.',
      ),
    ).toEqual(['70%']);
    expect(
      impact('Honestly the runbook gave us zero guidance on that failover. We lost 120 orders.'),
    ).toEqual(['120 orders']);
    expect(impact('The result was that I had zero say in the design.')).toEqual([]);
    // Zero of countable things that go wrong is still a result.
    expect(
      impact(
        'I rewrote the contract tests. As a result, since then zero breaks from schema changes.',
      ),
    ).toEqual(['zero breaks']);
    expect(
      impact(
        'I moved the payouts over. As a result, payouts had zero partner-facing incidents through the quarter.',
      ),
    ).toHaveLength(1);
  });

  it('does not count a lag of versions, releases or a schedule', () => {
    expect(
      impact('By the end our SDK was four releases behind the vendor, and I owned that.'),
    ).toEqual([]);
    expect(
      impact(
        'Their docs were two versions behind, so I read the source. The crash rate fell to 0.1%.',
      ),
    ).toEqual(['0.1%']);
    expect(
      impact(
        'We were two sprints late when I joined, and the job now runs in 20 minutes instead of 2 hours.',
      ),
    ).toEqual(['20 minutes', '2 hours']);
    expect(impact('I told my manager we would land about two weeks late on the importer.')).toEqual(
      [],
    );
    // A backlog is still a harm.
    expect(impact('By nine the consumer was 12,000 messages behind.')).toEqual(['12,000 messages']);
  });

  it('does not count the load a system was built or configured for', () => {
    expect(
      impact(
        'The consumer was configured for 500 messages a second, and after the fix it processed 4,000 a second.',
      ),
    ).toEqual(['4,000 a second']);
    expect(
      impact('The sync job was sized for about two hundred writes a second when we started.'),
    ).toEqual([]);
  });

  it('reads both ends of a change of a setting as the setting', () => {
    expect(
      impact(
        'I pushed the flag for the new engine to a hundred percent instead of ten. About 300 requests failed.',
      ),
    ).toEqual(['300 requests']);
    expect(impact('I set the canary weight to 50 instead of 5 by mistake.')).toEqual([]);
  });

  it('does not count "a second" used as an ordinal, nor certainty', () => {
    expect(impact('I cut backup scrubbing to a second phase to make the date.')).toEqual([]);
    expect(
      impact(
        'I was a hundred percent convinced it was the cache, and the hit rate went from 40% to 92%.',
      ),
    ).toEqual(['40%', '92%']);
    // A second as a length still counts.
    expect(impact('After the fix, p99 dropped from four seconds to a second.')).toEqual([
      'four seconds',
      'a second',
    ]);
  });

  it('does not count the speaker’s tries, but counts the attempts a result hit', () => {
    expect(impact('It took me three attempts to get the cutover script right.')).toEqual([]);
    expect(
      impact(
        'Two failed attempts later I asked Priya for help. The report now runs in 4 minutes instead of 50.',
      ),
    ).toEqual(['4 minutes', '50']);
    expect(impact('Afterwards only 3 duplicate attempts got through, down from 900.')).toEqual([
      '3 duplicate attempts',
      '900',
    ]);
  });

  it('counts things served that were lost or delivered, whoever lost them', () => {
    expect(
      impact('There was not one alert on it. We lost about 300 orders over the weekend.'),
    ).toEqual(['300 orders']);
    expect(impact('All 1.1 million reminders went out on time that night.')).toEqual([
      '1.1 million reminders',
    ]);
  });

  it('does not count the alternative to a choice, clock times or a quota per holder', () => {
    expect(
      impact('We settled on one broker instead of three, because ordering mattered most.'),
    ).toEqual([]);
    expect(impact('I picked a single region rather than two to keep the bill down.')).toEqual([]);
    // A measured change said with "instead of" still counts.
    expect(impact('After the fix p99 went to 40 ms instead of 200.')).toEqual(['40 ms', '200']);
    expect(impact('We moved the nightly sync from eleven thirty to one.')).toEqual([]);
    expect(
      impact('Their gateway allows 100 requests a second per key, so I added a queue in front.'),
    ).toEqual([]);
    expect(
      impact('After the change each key went from 100 requests a second to 400 requests a second.'),
    ).toEqual(['100 requests a second', '400 requests a second']);
  });
});
