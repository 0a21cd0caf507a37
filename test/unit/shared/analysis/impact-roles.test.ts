import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';

/** The impact quantities' texts: what the taxonomy counts as a result or a before/after. */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

describe('impact by the role of the clause (taxonomy: what counts as impact)', () => {
  it('counts a setup value that is the before of a change told later', () => {
    const text =
      'Releasing the mobile config meant a full app build, roughly ninety minutes every time. I moved the config to a remote store. Now a change goes from 90 minutes to about thirty seconds.';
    expect(impact(text)).toEqual(['ninety minutes', '90 minutes', 'thirty seconds']);
    // Said twice but never as an end of a change: still the story's clock.
    expect(
      impact(
        'I spent two weeks on the parser. After two weeks it parsed every file and errors dropped 60%.',
      ),
    ).toEqual(['60%']);
  });

  it('reads a knob word only in the quantity own clause, not where a metric moved', () => {
    expect(impact('Memory use on the cluster dropped 25% after the change.')).toEqual(['25%']);
    expect(
      impact(
        'In the benchmark we saw lock waits and retries, and p95 was 900 ms on the old schema.',
      ),
    ).toEqual(['p95 was 900 ms']);
    // The knob itself is still a setting.
    expect(impact('I set the retries to 5 and the pool to 40 connections.')).toEqual([]);
  });

  it('reads a length in the singular before a noun as describing it, unless it is a change', () => {
    expect(impact('The scheduler polled on a fixed thirty second cycle with no jitter.')).toEqual(
      [],
    );
    expect(impact('Looking back I should have cut scope at the six week point.')).toEqual([]);
    expect(
      impact('A config change now lands in ten seconds instead of a twenty-minute release.'),
    ).toEqual(['ten seconds', 'twenty-minute']);
  });

  it('takes the load a test was run at as an input and what it gave back as a result', () => {
    expect(
      impact('I ran a load test in Locust at eight thousand orders a second overnight.'),
    ).toEqual([]);
    expect(impact('I load tested the gateway with four times our peak traffic.')).toEqual([]);
    expect(
      impact('In the soak test the service sustained 9,000 requests a second with no errors.'),
    ).toEqual(['9,000 requests a second']);
  });

  it('does not count the speaker effort, once-off schedule savings or the cost of a plan in time', () => {
    expect(impact('Reusing their library saved us about three weeks on the project.')).toEqual([]);
    expect(
      impact('I lost four days chasing the wrong theory before I looked at the logs.'),
    ).toEqual([]);
    expect(impact('The price of that choice was two sprints with nothing to demo.')).toEqual([]);
    expect(impact('That cost a week of migration work instead of a single deploy.')).toEqual([]);
    // A saving that recurs is time saved.
    expect(impact('The script saves the on-call engineer three hours every week.')).toEqual([
      'three hours',
    ]);
    // Harm told as time lost is still harm.
    expect(impact('During the outage we lost 25 minutes of card payments.')).toEqual([
      '25 minutes',
    ]);
  });

  it('reads the period a change was seen over, and an outage word before its noun, as the clock', () => {
    expect(impact('The refund error rate had tripled over three months.')).toEqual(['tripled']);
    expect(
      impact('I logged every failed login with its reason for ten days and then read them.'),
    ).toEqual([]);
    expect(impact('The payments API was failing for 25 minutes.')).toEqual(['25 minutes']);
  });
});

describe('impact: results said in other shapes', () => {
  it('reads machines given back as a saving and machines added as a setting', () => {
    expect(impact('After the rewrite we went from twenty app servers to six.')).toEqual([
      'twenty app servers',
      'six',
    ]);
    expect(impact('I scaled the workers from ten to thirty pods for the sale.')).toEqual([]);
    // A knob that is the subject of the change is still a knob.
    expect(impact('Then the cache expiry went back to five minutes.')).toEqual([]);
  });

  it('counts none of the things that go wrong, wherever it is said', () => {
    expect(
      impact('Since the contract tests went in we have had zero outages from schema changes.'),
    ).toEqual(['zero outages']);
    expect(impact('The pen test came back with zero critical findings.')).toEqual([
      'zero critical findings',
    ]);
    // An hour and its minutes is the clock.
    expect(impact('Errors dropped to zero by nine fifteen.')).toEqual(['zero']);
  });

  it('reads how often harm came as a rate, and the two ends of a change said side by side', () => {
    expect(impact('The import job paged the on-call two or three nights a week.')).toEqual([
      'two or three nights a week',
    ]);
    expect(impact('We had 900 orphaned rows before, 0 after.')).toEqual(['900 orphaned rows', '0']);
    expect(
      impact('Lookups now take about two seconds where they used to take about a minute.'),
    ).toEqual(['two seconds', 'a minute']);
  });

  it('reads the make-up of what was found in the steps as diagnosis, not a result', () => {
    expect(
      impact('I grouped the timeouts by route and about 70% came from the export page.'),
    ).toEqual([]);
    expect(
      impact(
        'I checked the device stats and about a quarter of the couriers had phones on Android 8.',
      ),
    ).toEqual([]);
  });
});

describe('impact: what a result hit, produced or was adopted by', () => {
  it('counts adoption and what a check the speaker built caught', () => {
    expect(impact('By the end of the quarter 2,300 merchants used the new dashboard.')).toEqual([
      '2,300 merchants',
    ]);
    expect(impact('Since launch the linter has blocked nine unsafe migrations.')).toEqual([
      'nine unsafe migrations',
    ]);
    // The speaker's own step is not a result.
    expect(impact('I removed three unused indexes before the cutover.')).toEqual([]);
  });

  it('counts what was delivered to whom, and how often harm came over a period', () => {
    expect(impact('On launch day refunds went out for 5,000 customers without a hitch.')).toEqual([
      '5,000 customers',
    ]);
    expect(impact('The nightly sync kept crashing under load, four times in one month.')).toEqual([
      'four times',
    ]);
    // How often the speaker did something is not harm.
    expect(impact('I ran the migration script four times in one week to be sure.')).toEqual([]);
  });

  it('reads a cost compared with another and a recurring chore told in the result', () => {
    expect(
      impact('Moving the queue to SQS made it $900 a month cheaper than the brokers.'),
    ).toEqual(['$900']);
  });

  it('cuts of a knob are settings, cuts of machines are savings', () => {
    expect(impact('I cut the read timeout from 20 seconds to 5.')).toEqual([]);
    expect(impact('We cut the fleet from forty hosts to twelve.')).toEqual([
      'forty hosts',
      'twelve',
    ]);
  });
});

describe('impact: how far a change was let out and the limits of the mechanism', () => {
  it('reads the share a rollout reached as its reach, not a result', () => {
    expect(impact('We moved tenants over by cohort, ten percent, then half, then all.')).toEqual(
      [],
    );
    expect(impact('I turned the flag on for 20 percent of logins and watched the graphs.')).toEqual(
      [],
    );
    expect(impact('After the rollout the error rate was at 0.2 percent.')).toEqual(['0.2 percent']);
  });

  it('reads a cap or a quota as a setting', () => {
    expect(impact('The old gateway had a hard cap of 300 requests a second.')).toEqual([]);
  });
});

describe('impact: harm said at the end of a short predicate', () => {
  it('counts things that went out late and shares of transfers hit', () => {
    expect(impact('About 3,000 statements went out a week late.')).toEqual(['3,000 statements']);
    expect(impact('The new check fired on 2% of transfers in the first month.')).toEqual(['2%']);
  });
});

describe('impact: readings of headroom while deciding', () => {
  it('reads a resource share before anything changed as headroom, and after a change as a result', () => {
    expect(
      impact(
        'Before proposing anything I checked the replica, which sat at about 30% CPU at peak.',
      ),
    ).toEqual([]);
    expect(impact('After the index change, CPU on the primary dropped to 30%.')).toEqual(['30%']);
  });
});
