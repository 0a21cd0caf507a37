import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { ruleImpact } from './helpers';

/** What the impact rules alone count (the impact model has its own test). */
const quantities = (text: string) => ruleImpact(text).map((q) => [q.kind, q.text]);

describe('quantities (measured impact)', () => {
  it('finds percentages, multipliers, latencies, durations, money and counts', () => {
    expect(quantities('Errors dropped 40% and throughput went up 3x.')).toEqual([
      ['percent', '40%'],
      ['multiplier', '3x'],
    ]);
    expect(quantities('p99 went from 800 ms to 120ms.')).toEqual([
      ['latency', '800 ms'],
      ['latency', '120ms'],
    ]);
    expect(quantities('It saved $40k a year.')).toEqual([['money', '$40k']]);
    expect(quantities('We backfilled the table and now serve 10k rps at peak.')).toEqual([
      ['rate', '10k rps'],
    ]);
    expect(quantities('Costs were cut in half, about 30 thousand dollars.')).toEqual([
      ['multiplier', 'half'],
      ['money', '30 thousand dollars'],
    ]);
    expect(quantities('The build doubled in speed and now finishes in about an hour.')).toEqual([
      ['multiplier', 'doubled'],
      ['duration', 'an hour'],
    ]);
  });

  it('counts impact, not any number (issue 10): no story durations, people, ordinals or mis-heard tokens', () => {
    const text =
      'One day two of us sat down with the 4D graphs for two weeks, and I shipped the fix on the second try.';
    expect(quantities(text)).toEqual([]);
    expect(analyzeAnswer({ text }).answerFlags.map((f) => f.kind)).toContain('no-metric');
    // Throughput said with a bare four-digit number is a rate, not the year 2000.
    expect(quantities('After the fix the gateway handled about 2000 requests per second.')).toEqual(
      [['rate', '2000 requests per second']],
    );
    expect(quantities('In total around 1,800 customers saw errors.')).toEqual([
      ['count', '1,800 customers'],
    ]);
  });

  it('counts each measure once, however often it is said', () => {
    const text =
      'Checkout p99 sat at 800 ms and 4% of payments failed. After my change p99 dropped from 800 ms to 120 ms and failures fell from 4% to 0.3%.';
    const impact = analyzeAnswer({ text }).signals.impact;
    expect(impact.count).toBe(4);
    expect(impact.quantities.map((q) => q.text).filter((t) => /800 ms$/.test(t))).toHaveLength(2);
    // The same measure said once in digits and once in words is still one.
    const spoken = analyzeAnswer({
      text: 'The p99 was 800 ms and 4% of payments failed. After the fix p99 went from eight hundred milliseconds to 120 ms, and failures from four percent to 0.3%.',
    }).signals.impact;
    expect(spoken.quantities).toHaveLength(6);
    expect(spoken.count).toBe(4);
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

  it('reads spoken shapes: fractions, frequencies, counts with modifiers, zero', () => {
    expect(quantities('After the outage about a third of checkouts had failed.')).toEqual([
      ['percent', 'a third'],
    ]);
    expect(quantities('Before the fix we got paged about twice a week.')).toEqual([
      ['rate', 'twice a week'],
    ]);
    expect(quantities('During the incident roughly 2,400 duplicate charges went out.')).toEqual([
      ['count', '2,400 duplicate charges'],
    ]);
    expect(quantities('Since launch we have had zero double charges.')).toEqual([
      ['count', 'zero double charges'],
    ]);
    expect(quantities('On the big night we sold 9,000 tickets.')).toEqual([
      ['count', '9,000 tickets'],
    ]);
  });

  it('does not count suppositions, targets, bounds, settings, effort or certainty', () => {
    for (const text of [
      'We agreed that if p99 went over 300 ms we would roll back.',
      'Doing it by hand would have taken us a month.',
      'I set the disk alert at 85% and capped the backoff at ten minutes.',
      'Retries back off up to ten minutes.',
      'It took me three days to find the leak, and we ran the canary for a week.',
      'I was a hundred percent sure it was the cache.',
      'By around eight the queue had drained.',
      'I pulled five failing invoices and compared them with two good ones.',
      'I made the case twice before he agreed to a double review.',
      'The rollout went over a quarter.',
      'I was maybe 70% sure it was the cache, and by Friday we were 90% done.',
      'The client times out after 30 seconds and retries.',
      'We ran 2x the pods during the sale.',
      'We upgraded from Postgres 11 to 14.',
      'I used to work there for 3 years.',
      'The app retried three times without backoff.',
      'We run a delivery app. About 80% of our traffic is mobile. Last spring checkout broke.',
      'The plan endpoint was slow, so I opened a ticket.',
      'We rolled it out to 5 percent of traffic first and kept the canary at 10 percent.',
    ])
      expect(quantities(text), text).toEqual([]);
    // In a goal the from-end is where things stood; the to-end is the target.
    expect(quantities('The goal was to take checkout p95 from 1,200 ms to under 300 ms.')).toEqual([
      ['latency', '1,200 ms'],
    ]);
  });

  it('reads terse and non-native before/after phrasings', () => {
    expect(quantities('p95 is now 180ms, before was 1.2s.')).toEqual([
      ['latency', '180ms'],
      ['latency', '1.2s'],
    ]);
    expect(quantities('Deploy time is 8 minutes now, it was 45 before.')).toEqual([
      ['duration', '8 minutes'],
      ['number', '45'],
    ]);
    expect(quantities('I think we had three or four incidents that month.')).toEqual([
      ['count', 'three or four incidents'],
    ]);
    expect(quantities('Those tickets went away, we used to get like fifty a week.')).toEqual([
      ['rate', 'fifty a week'],
    ]);
    expect(quantities('We were losing about two hundred orders a day.')).toEqual([
      ['rate', 'two hundred orders a day'],
    ]);
    expect(quantities('Conversion went up about one point five percent.')).toEqual([
      ['percent', 'one point five percent'],
    ]);
    expect(
      quantities('It took me about three weeks, and now the nightly batch finishes in 25 minutes.'),
    ).toEqual([['duration', '25 minutes']]);
    expect(quantities('Now we deploy twice a day.')).toEqual([['rate', 'twice a day']]);
    expect(quantities('The consumers broke, this happened five times in one quarter.')).toEqual([
      ['multiplier', 'five times'],
    ]);
    expect(quantities('The outage lasted 11 minutes.')).toEqual([['duration', '11 minutes']]);
    expect(
      quantities('We had a Node API, and about 0.3 percent of requests were coming back as 502s.'),
    ).toEqual([['percent', '0.3 percent']]);
    expect(quantities('Timeouts were 7% of requests on the first day of the month.')).toEqual([
      ['percent', '7%'],
    ]);
    expect(quantities('We had 3 outages a month before the change.')).toEqual([
      ['rate', '3 outages a month'],
    ]);
    expect(quantities('The runbook saved like 2 hours every week for support.')).toEqual([
      ['duration', '2 hours'],
    ]);
    expect(
      quantities('We saw intermittent 502s for months and the job runs every 15 minutes.'),
    ).toEqual([]);
  });
  it('reads run times and costs in the setup, spoken fractions and harm told before whom it hit', () => {
    const texts = (text: string) => quantities(text).map(([, t]) => t);
    expect(
      texts(
        'Our releases were painful. Back then a release took about fifty minutes and needed two ' +
          'people on a call. I moved it to a pipeline with cached images. Now a release takes seven minutes.',
      ),
    ).toEqual(['fifty minutes', 'seven minutes']);
    expect(
      texts(
        'Refunds were manual. The weekly refund job that took four and a half hours now runs in ' +
          'twelve minutes.',
      ),
    ).toEqual(['four and a half hours', 'twelve minutes']);
    expect(
      texts('Every audit request cost about 5 hours of support time before I automated it.'),
    ).toEqual(['5 hours']);
    expect(
      texts('Before the change, mean time to detect a broken feed was about 2 hours.'),
    ).toEqual(['2 hours']);
    expect(texts('The failure rate dropped to under half a percent.')).toEqual(['half a percent']);
    expect(texts('It saves us roughly thirty one hundred euros a month.')).toEqual([
      'thirty one hundred euros',
    ]);
    expect(
      texts('The nightly import failed for about 700 merchants and 2,000 invoices were delayed.'),
    ).toEqual(['700 merchants', '2,000 invoices']);
    expect(
      texts(
        'I added a schema check in CI. Since then, zero broken builds from schema changes in six months.',
      ),
    ).toEqual(['zero broken builds']);
    expect(
      texts('Config changes that used to need a release now take two minutes instead of a day.'),
    ).toEqual(['two minutes', 'a day']);
  });

  it('still leaves effort, settings and the story clock alone', () => {
    for (const text of [
      'The migration that took six weeks was mine end to end.',
      'The visibility timeout on the queue was thirty minutes.',
      'The infra team took three weeks to give us a namespace.',
    ])
      expect(quantities(text), text).toEqual([]);
  });
  it('reads a ratio said in words as one share, and a share of the state before', () => {
    const texts = (text: string) => quantities(text).map(([, t]) => t);
    expect(texts('After the fix only one in every three thousand uploads failed.')).toEqual([
      'one in every three thousand uploads',
    ]);
    expect(texts('The new check caught 4 bad builds out of about 2,500 deploys.')).toEqual([
      '4 bad builds out of about 2,500 deploys',
    ]);
    expect(texts('Our storage bill is now a quarter of what it was.')).toEqual(['a quarter']);
    expect(texts('I was one in a team of five.')).toEqual([]);
  });
  it('reads backlogs, repairs, discrepancies, recurring time costs and fractions of a comparison', () => {
    const texts = (text: string) => quantities(text).map(([, t]) => t);
    expect(texts('Saturday morning. Consumer lag growing, 8,500 events behind.')).toEqual([
      '8,500 events',
    ]);
    expect(texts('Fixed the parser. 2,700 events replayed, nothing lost.')).toEqual([
      '2,700 events',
    ]);
    expect(texts('I compared the ledgers and the discrepancy was $310.')).toEqual(['$310']);
    expect(
      texts('The manual fix used to cost the support lead about three hours every release.'),
    ).toEqual(['three hours']);
    expect(texts('After caching the rates the quote endpoint got a third faster.')).toEqual([
      'a third',
    ]);
    expect(
      texts(
        'honestly the old path was always going to be slow the report went from nine minutes to forty seconds',
      ),
    ).toEqual(['nine minutes', 'forty seconds']);
    expect(texts('We put five rules behind a feature flag.')).toEqual([]);
    expect(texts('Two events processed inside the same second caused the duplicate.')).toEqual([]);
  });
  it('leaves knobs the fix set alone, however they are said', () => {
    for (const text of [
      'I bumped the connection pool size from twenty to a hundred and twenty.',
      'Ravi brought up a new broker with the heap raised from four to eight gigs.',
      'I also added a five second lock timeout so one stuck migration could not block deploys.',
      'The consumer now parks a message in the dead-letter topic after four failed attempts.',
    ])
      expect(quantities(text), text).toEqual([]);
    expect(quantities('Checkout p99 dropped from 1.4 seconds to 300 ms.').length).toBe(2);
  });
  it('reads a count over a counted span as a rate', () => {
    const texts = (text: string) => quantities(text).map(([, t]) => t);
    expect(
      texts('We used to get paged about ten times a week, and now it is one every three weeks.'),
    ).toEqual(['ten times a week', 'one every three weeks']);
    expect(texts('We ship a release every two weeks.')).toEqual([]);
  });
});

describe('quantities in an expected event or describing the culprit', () => {
  it('skips a change in a clause about an event still to come', () => {
    expect(
      quantities(
        'Checkout was timing out on Friday. My job was to get it back up and find the cause before the evening traffic doubled. I moved the export to a replica and checkout recovered.',
      ),
    ).toEqual([]);
    expect(
      quantities('We added a second cache node in case traffic triples during the holiday sale.'),
    ).toEqual([]);
    expect(
      quantities('We had to finish the migration by the time sign-ups hit 10k a day.'),
    ).toEqual([]);
    expect(
      quantities('I wanted headroom for when traffic doubles after the press release.'),
    ).toEqual([]);
  });

  it('still counts results and before/after measures next to such clauses', () => {
    expect(quantities('We kept tuning until the p99 dropped to 90 ms.')).toEqual([
      ['latency', '90 ms'],
    ]);
    expect(quantities('The nightly job now takes 50 minutes, before it was three hours.')).toEqual([
      ['duration', '50 minutes'],
      ['duration', 'three hours'],
    ]);
    expect(
      quantities(
        'We added a second cache node in case traffic triples, and the hit rate went from 60% to 95%.',
      ),
    ).toEqual([
      ['percent', '60%'],
      ['percent', '95%'],
    ]);
  });

  it('skips what the culprit held while diagnosing, keeps harm and changes', () => {
    expect(
      quantities(
        'Checkout was timing out on Friday. I traced it to a reporting job that held 250 connections for its nightly export. I moved the export to a replica and checkout recovered.',
      ),
    ).toEqual([]);
    expect(
      quantities(
        'Checkout was timing out on Friday. The sync service held 250 connections for an hour. I capped its pool and checkout recovered.',
      ),
    ).toEqual([]);
    expect(
      quantities(
        'Checkout was timing out on Friday. The outage failed 250 payments before I moved the export to a replica, and checkout recovered.',
      ),
    ).toEqual([['count', '250 payments']]);
    expect(
      quantities(
        'Checkout was timing out on Friday. I traced it to a reporting job, and after I moved it the pool went from 250 to 30 connections.',
      ),
    ).toEqual([
      ['number', '250'],
      ['count', '30 connections'],
    ]);
  });
});
