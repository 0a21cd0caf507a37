import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { flagged, flagsPhrase } from './helpers';

describe('vague rule', () => {
  it('flags outcomes with no number in the sentence', () => {
    const cases: [string, string][] = [
      ['After the rewrite things improved a lot.', 'improved a lot'],
      ['Once the index was in, it got way better.', 'got way better'],
      ['In the end the launch went smoothly.', 'went smoothly'],
      ['We made the checkout flow faster.', 'made the checkout flow faster'],
      ['I improved the ingestion service.', 'improved the ingestion service'],
      ['The pipeline became much more reliable.', 'more reliable'],
      ['It was a massive improvement for the team.', 'improvement'],
      ['Everyone loved it.', 'loved it'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
  });

  it('does not flag the same outcome when the sentence has a number', () => {
    for (const text of [
      'We made the checkout flow faster, p99 went from 900 ms to 200 ms.',
      'After the rewrite things improved a lot: errors dropped by 60%.',
      'I cut p99 latency from 800 ms to 120 ms.',
      'It got 3x faster.',
    ]) {
      expect(flagged(text, 'vague'), text).toEqual([]);
    }
  });

  it('flags actions without a how, and placeholders', () => {
    expect(flagsPhrase('The disk filled up and we dealt with it.', 'vague', 'dealt with it')).toBe(
      true,
    );
    expect(flagsPhrase('Eventually I sorted it out.', 'vague', 'sorted it out')).toBe(true);
    expect(flagsPhrase('They hit some problems with the SDK.', 'vague', 'some problems')).toBe(
      true,
    );
    expect(flagsPhrase('We saw a ton of errors in the logs.', 'vague', 'a ton of errors')).toBe(
      true,
    );
    expect(flagged('I tuned the GC flags, the heap size, etc.', 'vague')).toEqual(['etc']);
    expect(flagsPhrase('We added retries and stuff.', 'vague', 'stuff')).toBe(true);
  });

  it('leaves concrete actions, goals and explanations alone', () => {
    for (const text of [
      'I fixed it by adding a unique constraint on the order id.',
      'I figured out that the consumer was committing offsets too early.',
      'My goal was to make the API faster before the launch.',
      'Nobody knew how much faster it could be.',
      'I handled the schema change with a dual write.',
    ]) {
      expect(flagged(text, 'vague'), text).toEqual([]);
    }
  });

  it('flags outcome structures beyond the listed phrases, and leaves their concrete forms', () => {
    const cases: [string, string][] = [
      ['Once I rolled that out the issue went away.', 'went away'],
      ['After the deploy the customers were happier.', 'happier'],
      ['Then we cleaned things up and moved on.', 'cleaned things up'],
      ['I got it working again late that night.', 'got it working'],
      ['The numbers looked good during the next sale.', 'looked good'],
      ['We saw a big drop in errors after that.', 'drop'],
      ['I brought latency way down with a cache.', 'brought latency way down'],
      ['So I dug in and eventually it got fixed.', 'got fixed'],
      ['We sped things up quite a bit.', 'sped things up'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
    for (const text of [
      'After that the duplicate jobs went away.',
      'The bug was fixed by adding a lock on the row.',
      'I got it working again by pinning the client to 2.3.',
      'I brought p99 down from 900 ms to 200 ms.',
      'I thought our volume was small enough that SQS was fine.',
    ]) {
      expect(flagged(text, 'vague'), text).toEqual([]);
    }
  });

  it('flags outcomes told as a comparison or a feeling with no measure (issue 10)', () => {
    const cases: [string, string][] = [
      ['After the release the checkout page felt quicker.', 'felt quicker'],
      ['Once we shipped it the support team was less stressed.', 'less stressed'],
      ['By Friday the whole site was back up.', 'back up'],
      ['After the patch everything was running again.', 'running again'],
      ['Once the retry fix was live the timeouts mostly stopped.', 'mostly stopped'],
      ['After the rewrite the payment errors pretty much went away.', 'went away'],
      ['The on-call people got paged less and we had fewer incidents.', 'fewer incidents'],
      ['Eventually the other teams came around.', 'came around'],
      ['After that the queue handled the spike much better than last year.', 'better'],
      ['Checkout conversions went way up.', 'went way up'],
      ['After the release, failed orders dropped.', 'dropped'],
      ['Once the retry storm was gone, the complaints stopped.', 'stopped'],
      ['Honestly, in the end it was worth it.', 'worth it'],
      ['By the end of the quarter, support tickets had actually gone up.', 'gone up'],
      ['The migration did not really work out.', 'work out'],
      ['After the rewrite the monthly invoices were way more accurate.', 'more accurate'],
      ['With the new index the reports got snappier.', 'snappier'],
      ['Once it shipped, the whole support team was relieved.', 'relieved'],
      ['After the fix the pages were loading noticeably faster.', 'faster'],
      ['It made a real difference for the on-call rotation.', 'difference'],
      ['The new cluster was way cheaper to run.', 'cheaper'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
    for (const text of [
      'The checkout page felt quicker: p95 went from 2.1 s to 600 ms.',
      'We had 40% fewer incidents that quarter.',
      'The site was back up within 12 minutes.',
      'I brought the API back up by failing over to the replica.',
      'When a phone came back online the client replayed its queue.',
      'Once the pods were stable again I moved the traffic back.',
      'I picked the lock-based fallback, which was slower but correct.',
      'He agreed it was clearer, but he worried about the noise.',
      'I was happy with the design, but I asked Tom to review it anyway.',
      'Over that year I got better at reading flame graphs.',
      'I showed the numbers to our PM, and she was fine with it.',
      'I ran a load test with production traffic, replayed faster, until it fell over.',
      'We changed some of the index mappings.',
      'I pushed a fix for the race in the consumer.',
      'I had to convince the platform team it was worth it.',
      'I cleaned up the dead feature flags.',
      'It was better to wait for the replica than to fail over.',
      'I tested it once on staging and just assumed it was fine.',
      'Then I pulled a heap dump, which took forever because the heap was 8 gigs.',
    ]) {
      expect(flagged(text, 'vague'), text).toEqual([]);
    }
  });

  it('flags actions and amounts that leave out what was done (issue 10)', () => {
    const cases: [string, string][] = [
      ['Then we handled the rest on Monday.', 'handled the rest'],
      ['I dealt with the fallout over the weekend.', 'dealt with the fallout'],
      ['I basically rewrote and reworked the module myself.', 'reworked the module'],
      ['I also tidied things and cleaned up the tests a bit.', 'cleaned up the tests'],
      ['We went back and forth on the design, then picked one.', 'went back and forth'],
      ['We bumped the pool size, added an index and some other tweaks.', 'and some other tweaks'],
      ['Luckily we had backups, so we restored most of it.', 'most of it'],
      ['Only a few customers noticed the outage.', 'a few customers'],
      ['We found the leak after some digging.', 'some digging'],
      ['The alerts kept firing, so I looked into it.', 'looked into it'],
      ['so i dug into it and we tried a bunch of stuff', 'dug into it'],
      ['That evening I pushed a fix.', 'pushed a fix'],
      ['We tightened things up after the review.', 'tightened things up'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
    for (const text of [
      'Our dashboards and everything else live on EKS.',
      'They kept breaking our stuff with schema changes.',
      'I reworked the consumer by batching the writes per partition.',
      'We stored a balance that was recomputed nightly.',
      'Priya reviewed it and I fixed that one too before the merge.',
      'I felt I had to say something before the design review.',
      'I looked into it and the consumer was committing offsets before the write.',
      'I looked into it and found the consumer committed offsets before the write',
      'He looked at it and asked for one more test.',
      'My task was to find the root cause and restore the service.',
    ]) {
      expect(flagged(text, 'vague'), text).toEqual([]);
    }
  });

  it("reads the measure in the outcome's own clause, not in another clause of a run-on", () => {
    expect(
      flagsPhrase(
        'We processed 40,000 orders in ten minutes and the whole launch felt really smooth.',
        'vague',
        'felt really smooth',
      ),
    ).toBe(true);
    expect(
      flagsPhrase(
        'After that it was all fine, but 2,000 payments were stuck for an hour.',
        'vague',
        'was all fine',
      ),
    ).toBe(true);
    for (const text of [
      'The search page got much faster, p95 went from 2 s to 400 ms.',
      'Checkout latency went from 900 ms to 300 ms, so the pages felt quicker.',
    ]) {
      expect(flagged(text, 'vague'), text).toEqual([]);
    }
  });

  it('leaves lessons alone: amounts and actions in the learning part generalise', () => {
    const text =
      'Our payments service kept timing out. My job was to fix the timeouts. I added a circuit ' +
      'breaker around the bank call and moved retries to a queue. Timeouts went from 300 a day ' +
      'to 4. What I learned is that some teams just need a lot of convincing, and next time I ' +
      'would fix it earlier.';
    expect(flagged(text, 'vague')).toEqual([]);
  });

  it('reads an outcome told as past even where the lesson starts, and outcomes others report', () => {
    const text =
      'Our payments service kept timing out. My job was to fix the timeouts. I added a circuit ' +
      'breaker around the bank call and moved retries to a queue. Timeouts went from 300 a day ' +
      'to 4. Support said the merchants were a lot happier after that. What I learned is to ' +
      'measure before changing anything.';
    expect(flagsPhrase(text, 'vague', 'were a lot happier')).toBe(true);
    const closing =
      'Our payments service kept timing out. My job was to fix the timeouts. I added a circuit ' +
      'breaker around the bank call and moved retries to a queue. Along the way we ran into some problems.';
    expect(flagsPhrase(closing, 'vague', 'some problems')).toBe(true);
    expect(flagged('He said one platform is easier for on-call.', 'vague')).toEqual([]);
  });

  it('leaves states read on the way during the action alone', () => {
    const text =
      'Our checkout API started failing for card payments. I was on call, so I owned the fix. ' +
      'I opened a ticket with the payment gateway and the vendor said everything was fine on ' +
      'their side. I traced the failures to an expired intermediate certificate and rotated it ' +
      'on one canary host. The canary looked good, so we rolled it to the whole fleet. Card ' +
      'failures went from 12% to 0.1% within ten minutes.';
    expect(flagged(text, 'vague')).toEqual([]);
  });

  it('in a run-on transcript, reads the number beside an action in its own clause', () => {
    const text =
      'so the dashboard was slow and i was asked to look at it so first we bumped the instance ' +
      'size to 16 gigs and we put a redis cache in front of the summary endpoint with a 30 second ' +
      'ttl and we moved the exports to a worker with 4 threads and then i cleaned up the queries ' +
      'and after that people stopped complaining as much and i learned to profile first';
    expect(flagsPhrase(text, 'vague', 'cleaned up the queries')).toBe(true);
    expect(flagged('We worked on it for eight months and shipped the pipeline.', 'vague')).toEqual(
      [],
    );
  });

  describe('a result said as a state or a feeling with no measure', () => {
    const story =
      'Our invoicing service kept timing out at month end. My job was to fix the timeouts. I ' +
      'moved the PDF rendering onto a queue with four workers and added a retry with backoff. ' +
      'As a result, timeouts went from about forty a night to zero. ';
    it('flags a state or feeling the result is left in, whatever the adjective', () => {
      const cases: [string, string][] = [
        ['After that the finance folks were really relieved.', 'were really relieved'],
        ['The accountants were thrilled about it.', 'were thrilled'],
        ['Month end was a lot less hectic.', 'less hectic'],
        ['In the end the billing run felt noticeably calmer for everyone.', 'calmer'],
        ['After the switch, honestly the first week was a bit of a disaster.', 'disaster'],
        ['It was a fairly painless cutover.', 'painless cutover'],
        ['The dashboards were pretty quiet afterwards.', 'pretty quiet'],
      ];
      for (const [result, phrase] of cases)
        expect(flagsPhrase(story + result, 'vague', phrase), result).toBe(true);
    });
    it('flags a party feeling even where the parts read it among the steps', () => {
      expect(
        flagsPhrase(
          'I rolled the fix out on Friday and the merchants were pretty annoyed about the delay.',
          'vague',
          'pretty annoyed',
        ),
      ).toBe(true);
    });
    it('leaves measured states, events, facts and reactions acted on alone', () => {
      for (const result of [
        'Month end was calm, p99 stayed under 300 ms the whole week.',
        'Two invoices were lost in the switch and I replayed them.',
        'The old queue was closed down the week after.',
        'The fix itself was simple.',
        'The finance team was worried about duplicates, so I added an idempotency key.',
        'The accountants were not thrilled at first.',
      ])
        expect(flagged(story + result, 'vague'), result).toEqual([]);
    });
  });

  describe('outcomes in run-ons and comparisons with no number', () => {
    it('closes an outcome where the next statement starts with no stop', () => {
      expect(
        flagsPhrase(
          'after the cutover the release felt really smooth ops had nothing to do that night',
          'vague',
          'felt really smooth',
        ),
      ).toBe(true);
      expect(
        flagsPhrase(
          'It handled the traffic way better the second time round and we moved on.',
          'vague',
          'way better',
        ),
      ).toBe(true);
    });
    it('flags a count or a change compared by degree only', () => {
      const cases: [string, string][] = [
        ['After the fix our nightly jobs failed way less.', 'failed way less'],
        ['The chargebacks reduced quite a bit after that.', 'reduced quite a bit'],
        ['The new dashboard helped a little.', 'helped a little'],
        ['The memory graph was flat now and alerts were quieter.', 'were quieter'],
      ];
      for (const [text, phrase] of cases)
        expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
    });
    it('does not read a hedge or a new statement after a comma as a run-on outcome', () => {
      for (const text of [
        'Our payments flow is like Stripe, more or less.',
        'Dana is a really good reviewer, she reads every line.',
        'The jobs failed 40% less often, from 30 a week to 18.',
      ])
        expect(flagged(text, 'vague'), text).toEqual([]);
    });
  });

  it('leaves options judged adequate, checks on the way and credit to colleagues alone', () => {
    for (const text of [
      'I benchmarked both and Postgres was fine at our write volume, so we kept it.',
      'I replayed a week of orders and showed the old matcher was fine, the slowness was in the API.',
      'It turned out deleting the audit rows was okay as long as we archived them first.',
      'Push notifications were failing. My job was to find out why. I checked the broker, the ' +
        'consumer and the retry policy, and all of them looked okay. Then I traced it to a stale token cache.',
      'The platform team was amazing, they gave us a namespace the same day.',
      'The SRE folks helped a lot with the rollout plan.',
    ])
      expect(flagged(text, 'vague'), text).toEqual([]);
    expect(
      flagsPhrase(
        'Our checkout kept timing out. My job was to fix it. I moved the writes to a queue. After the launch everything was fine.',
        'vague',
        'everything was fine',
      ),
    ).toBe(true);
  });

  it('flags an effect sized only by a vague degree, not help credited to a person', () => {
    expect(
      flagsPhrase(
        'The shared dashboard changed the way support triaged tickets quite a bit.',
        'vague',
        'quite a bit',
      ),
    ).toBe(true);
    expect(
      flagsPhrase(
        'by the end of the month nine teams were on it and the cutover was painless i think',
        'vague',
        'painless',
      ),
    ).toBe(true);
    for (const text of [
      'Marta helped me trace the consumer a lot.',
      'Our SRE, Jonas, helped a lot with the rollout plan.',
    ])
      expect(flagged(text, 'vague'), text).toEqual([]);
  });

  it('reads a phrasal verb with its object or what it found as specific', () => {
    for (const text of [
      'With the iOS lead I worked out staggered reconnect windows per region.',
      'I narrowed it down to the currency conversion in the invoice job.',
    ])
      expect(flagged(text, 'vague'), text).toEqual([]);
    expect(flagsPhrase('In the end it worked out pretty well.', 'vague', 'worked out')).toBe(true);
    expect(flagsPhrase('I tracked it down in the end.', 'vague', 'tracked it down')).toBe(true);
  });

  it('flags dealing with a leftover or keeping a state with no how', () => {
    const cases: [string, string][] = [
      ['After the outage we dealt with the escalations.', 'dealt with the escalations'],
      ['I took care of the complaints myself.', 'took care of the complaints'],
      ['I checked in with both leads daily and kept things going.', 'kept things going'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
    for (const text of [
      'I dealt with the backlog by replaying it through a second consumer group.',
      'I kept the old consumer running behind a flag for a week.',
    ])
      expect(flagged(text, 'vague'), text).toEqual([]);
  });

  it('in a whisper run-on, reads an outcome told as past even after an earlier modal', () => {
    const text =
      'so our billing export kept failing and my job was to fix it i added a checkpoint per batch ' +
      'so a rerun would pick up where it stopped and i moved the job off the shared box then we ' +
      'reran the backlog over the weekend and the finance team was really relieved about it ' +
      'what i learned is to add checkpoints ' +
      'from day one';
    expect(flagsPhrase(text, 'vague', 'really relieved')).toBe(true);
  });

  it('does not let a duration size a vague amount in its clause', () => {
    expect(
      flagsPhrase(
        'The outage lasted forty minutes and a lot of drivers could not log in.',
        'vague',
        'a lot of drivers',
      ),
    ).toBe(true);
    expect(flagged('We saw a lot of errors, about 500 a minute.', 'vague')).toEqual([]);
  });

  it('explains what to say instead of a vague outcome', () => {
    const f = analyzeAnswer({ text: 'Things got better after that.' }).flags.find(
      (x) => x.kind === 'vague',
    );
    expect(f?.suggestion).toBe(
      'Say what changed and by how much: which metric, from what to what?',
    );
  });
});
