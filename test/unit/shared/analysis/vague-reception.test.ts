import { describe, expect, it } from 'vitest';
import { flagsPhrase } from './helpers';

const SETUP =
  'Our nightly invoice export kept timing out. I was asked to make it dependable. I moved the ' +
  'export onto a queue, split it per tenant and added a checkpoint after each batch.';

const flags = (text: string, phrase: string) => flagsPhrase(text, 'vague', phrase);

/** Results told as a state through a contraction, a British or Australian degree, or "went". */
describe('vague: evaluative results whatever the contraction or degree word', () => {
  it('reads a contracted copula like the full one', () => {
    expect(flags(`${SETUP} The export's a good deal quicker now.`, 'a good deal quicker')).toBe(
      true,
    );
    expect(flags(`${SETUP} Now it's heaps more reliable.`, 'heaps more reliable')).toBe(true);
    expect(flags(`${SETUP} Support's a whole lot quieter these days.`, 'quieter')).toBe(true);
  });

  it('reads "went" or "held up" with an evaluative adjective or adverb', () => {
    expect(flags(`${SETUP} The first month-end went real smooth.`, 'went real smooth')).toBe(true);
    expect(
      flags(`${SETUP} On the busiest night the export held up nicely.`, 'held up nicely'),
    ).toBe(true);
  });

  it('reads a frequency compared by degree only', () => {
    const text = `${SETUP} Now finance is reconciling way more often.`;
    expect(flags(text, 'reconciling way more often')).toBe(true);
  });

  it('reads a comparison with the way things were, but not with another option', () => {
    expect(
      flags(
        `${SETUP} The totals were a lot more accurate than the ones finance used to build by hand.`,
        'more accurate',
      ),
    ).toBe(true);
    expect(
      flags(`${SETUP} The report is way clearer than what we had before.`, 'way clearer'),
    ).toBe(true);
    expect(
      flags(`${SETUP} The queue was way simpler than Kafka for two tenants.`, 'way simpler'),
    ).toBe(false);
  });
});

describe('vague: how a party took the work, with no measure', () => {
  it('flags liking, finding it useful, taking to it, or using it by a vague degree', () => {
    const cases: [string, string][] = [
      [`${SETUP} In the end the accountants loved having it.`, 'loved having it'],
      [`${SETUP} Afterwards the billing crowd found it handy.`, 'found it handy'],
      [`${SETUP} After the launch a few squads took to it.`, 'took to it'],
      [`${SETUP} After the launch customers seemed to use it loads.`, 'use it loads'],
      [`${SETUP} Afterwards the ops lot were over the moon.`, 'over the moon'],
      [`${SETUP} Afterwards the finance lot were chuffed.`, 'chuffed'],
    ];
    for (const [text, phrase] of cases) expect(flags(text, phrase), text).toBe(true);
  });

  it('does not flag a reception with its count, or one person reacting to a plan', () => {
    expect(
      flags(`${SETUP} In the first month 2,300 merchants used it a lot.`, 'used it a lot'),
    ).toBe(false);
    const plan =
      'Our nightly invoice export kept timing out. I was asked to make it dependable. I wrote a ' +
      "proposal for a queue. My director didn't love it, so I ran a load test and showed her the " +
      'numbers, and then I moved the export onto the queue.';
    expect(flags(plan, 'love it')).toBe(false);
    expect(
      flags(`${SETUP} It was a rough week, but my lead was really relaxed about it.`, 'relaxed'),
    ).toBe(false);
  });
});

describe('vague: scope and rework left unsaid', () => {
  it('flags a scope left to judgement in a step, not in a goal', () => {
    expect(flags(`${SETUP} I also added alerts where it made sense.`, 'where it made sense')).toBe(
      true,
    );
    const goal =
      'Our nightly invoice export kept timing out. My job was to add alerts where it made sense. ' +
      'I moved the export onto a queue and split it per tenant.';
    expect(flags(goal, 'where it made sense')).toBe(false);
  });

  it('flags a redesign or a colloquial "knocked out" of a generic object', () => {
    expect(flags(`${SETUP} Then I refactored the code.`, 'refactored the code')).toBe(true);
    expect(
      flags(`${SETUP} The rest were similar, so I knocked them out.`, 'knocked them out'),
    ).toBe(true);
  });
});

describe('vague look-alikes: observations, mechanisms and descriptions', () => {
  it('does not flag a state seen on the way or held through the incident', () => {
    const seen =
      'Checkout started failing at noon. I was on call. I pulled up Grafana and the database was ' +
      'green, but the connection pool was exhausted, so I raised the pool size and restarted the pods.';
    expect(flags(seen, 'the database was green')).toBe(false);
    const held =
      "Checkout started failing at noon. I was on call. The vendor's dashboard stayed green the " +
      'entire time, so I traced the calls myself and found their token endpoint timing out.';
    expect(flags(held, 'stayed green')).toBe(false);
  });

  it('does not flag a mechanism as the actor, a described "something", or a how after a time', () => {
    expect(flags(`${SETUP} When a batch fails, the retry queue handles it.`, 'handles it')).toBe(
      false,
    );
    expect(
      flags(
        `${SETUP} I suggested something smaller: a nightly diff of changed invoices.`,
        'something',
      ),
    ).toBe(false);
    expect(
      flags(`${SETUP} We fixed it the next morning by pinning the driver version.`, 'fixed it'),
    ).toBe(false);
  });

  it('reads an amount of a named thing in the setup as the scene, but counted trouble as a claim', () => {
    const scene =
      'We were moving off a bunch of shell scripts onto Airflow. My job was to port the billing ' +
      'jobs. I ported the jobs one by one behind a flag.';
    expect(flags(scene, 'a bunch of shell scripts')).toBe(false);
    const trouble =
      'There were a lot of complaints about the billing jobs. My job was to port them to Airflow. ' +
      'I ported the jobs one by one behind a flag.';
    expect(flags(trouble, 'a lot of complaints')).toBe(true);
  });
});

describe('vague: amounts and states by their role', () => {
  it("does not flag another party's work, an effort, a rounded number or a tolerance", () => {
    expect(
      flags(
        `${SETUP} The payments team ships loads of tiny migrations, so I added a check.`,
        'loads of tiny migrations',
      ),
    ).toBe(false);
    expect(flags(`${SETUP} Honestly, it was a lot of effort.`, 'a lot of effort')).toBe(false);
    expect(flags(`${SETUP} We were down for ten minutes or so.`, 'or so')).toBe(false);
    expect(flags(`${SETUP} Support told me five minutes of staleness was fine.`, 'was fine')).toBe(
      false,
    );
    expect(flags(`${SETUP} In the first week 640 tenants used it.`, 'used it')).toBe(false);
  });

  it('flags a system running again after the steps, and a habit dropped by a vague degree', () => {
    expect(
      flags(`${SETUP} I restarted the workers, and afterwards it was running.`, 'it was running'),
    ).toBe(true);
    expect(
      flags(
        `${SETUP} Finance stopped checking the totals by hand as much.`,
        'stopped checking the totals by hand as much',
      ),
    ).toBe(true);
  });
});

describe('vague: results by structure, and look-alikes that explain, suppose or place', () => {
  it('flags a system restarted, an effect on a party, and the served party by a pronoun', () => {
    expect(flags(`${SETUP} Then the exports started running again.`, 'started running again')).toBe(
      true,
    );
    expect(flags(`${SETUP} I think it helped the accountants loads.`, 'helped')).toBe(true);
    expect(
      flags(
        `${SETUP} In the end every file went out, and the tenants said they were pretty relaxed about it.`,
        'relaxed',
      ),
    ).toBe(true);
    // The tagger may keep a unit's full stop inside the sentence: the next claim is its own.
    expect(
      flags(`${SETUP} Memory dropped from 6 GB to 900 MB. Support were way calmer.`, 'way calmer'),
    ).toBe(true);
  });

  it('does not flag a reason explained, a supposition, a category, or a named deliberation', () => {
    expect(
      flags(`${SETUP} I showed finance why the streamed file was safer, with a demo.`, 'safer'),
    ).toBe(false);
    expect(
      flags(
        `${SETUP} I told my lead that if we didn't fix it first, month-end would slip.`,
        'fix it',
      ),
    ).toBe(false);
    expect(flags(`${SETUP} Only the EU tenants fell under the new tax rule.`, 'tenants fell')).toBe(
      false,
    );
    expect(
      flags(
        `${SETUP} I went back and forth on streaming versus paging before picking streams.`,
        'went back and forth',
      ),
    ).toBe(false);
  });
});
