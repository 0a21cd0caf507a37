import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const collab = (text: string, question = 'Tell me about a time you made a system faster.') =>
  analyzeAnswer({ text, context: { question } }).signals.content!.collaboration;

/** Six steps of the speaker's; the only other people are a manager who asks and an on-call rota
 * that watches. */
const STEPS =
  'I traced the slow page to the pricing query. I added an index on the sku column. ' +
  'I rewrote the query to read one table. I cached the result for a minute. I load tested it at twice the peak. ' +
  'I rolled it out on a Wednesday.';

describe('hero: what the others in the story do', () => {
  it('does not count what others did before the speaker started as part of the work', () => {
    const text =
      'Sales signed a retailer that sends a spike every morning, and my manager asked me to keep the catalog up. ' +
      `${STEPS} The on-call engineers watched the graphs and the support folks waited.`;
    expect(collab(text).hero).toBe(true);
  });

  it('does not take people who only learn of the work ("found out") for partners', () => {
    const text = `${STEPS} The platform folks and the DBA team found out from their dashboards, and my manager asked for a write-up.`;
    const c = collab(text);
    expect(c.creditsPartners).toBe(false);
    expect(c.hero).toBe(true);
  });

  it('does not take a sales deal or a check-in for a sign-off or a review', () => {
    const text =
      'The account manager had signed a clinic chain on a promise of an export. ' +
      `${STEPS} The sales people checked in on me every day and the support engineers waited.`;
    expect(collab(text).hero).toBe(true);
  });

  it('does not take a customer who confirms a spec for a partner', () => {
    const text = `${STEPS} I sent the field list to the customer, she confirmed it the same day. The ops folks and my manager only asked for dates.`;
    const c = collab(text);
    expect(c.creditsPartners).toBe(false);
    expect(c.hero).toBe(true);
  });

  it('is not hero when a step is taken with other people', () => {
    const text = `${STEPS} I went through the rollout plan with two of the SRE folks. My manager and the support people asked for dates.`;
    expect(collab(text).hero).toBe(false);
  });

  it('is not hero when another party does part of the work, even with eight steps', () => {
    const text =
      `${STEPS} I wrote the runbook and I set up an alert on the p95. ` +
      'The vendor docs listed the wrong limit, so I confirmed it with their support and they fixed the page. My manager and the ops people asked for updates.';
    expect(collab(text).hero).toBe(false);
  });

  it('counts only people as others around, not things named after them or the customers served', () => {
    const text = `${STEPS} The client library and a security patch came in the same release, and customers noticed nothing.`;
    expect(collab(text).hero).toBe(false);
  });
});

describe('collaboration: partners named in more shapes', () => {
  it('credits a lower-case name placed in a department who did part of the work', () => {
    for (const text of [
      'i rebuilt the search index and tomas from support tested every build on real tickets',
      'the bill was huge so anika from finance helped me split it by service and i moved the cold data to s3',
      'i shipped the trigram index because agents search exact fragments joel from support tested each build for me',
    ])
      expect(collab(text).creditsPartners, text).toBe(true);
  });

  it('credits a name with a long apposition, "X and I", and a month-like name placed in a team', () => {
    for (const text of [
      'Dario, a contractor who was with us for two months, wrote the load test that caught the deadlock.',
      'I proposed the queue, and the delay was something Farah and I agreed was fine for reports.',
      'Then I added the pre-flight check, and May from the data team moved the batch jobs to a replica.',
      'I raised the limit with their support and they fixed the docs page.',
    ])
      expect(collab(text).creditsPartners, text).toBe(true);
  });

  it('credits a colleague told as "she" or "he" with any step of doing, not a refusal or a stance', () => {
    expect(
      collab(
        'I called their on-call engineer, Sunniva, and she disabled the retry with a feature flag.',
      ).creditsPartners,
    ).toBe(true);
    for (const text of [
      "I took it to our architect, Bram. He didn't listen, he had made up his mind already.",
      'I showed the numbers to Bram, our architect. He did not engage with them at all.',
    ])
      expect(collab(text).creditsPartners, text).toBe(false);
  });

  it('credits a name introduced earlier that opens a sentence with a verb of help', () => {
    expect(
      collab(
        'I sat with two people from the risk team, Ingrid and Tove. Ingrid reviewed every rule with me on Fridays.',
      ).creditsPartners,
    ).toBe(true);
    expect(
      collab('Grafana showed the spike. Grafana reviewed nothing, of course.').creditsPartners,
    ).toBe(false);
  });

  it('does not take a unit, a function word or a kind of thing for a person', () => {
    for (const text of [
      'p95 dropped from 900 ms to 140 ms. Month-end runs finished in 20 minutes.',
      'Some jobs had to be replayed by hand, etc. And we added an alert on the lag.',
      'I mapped our model onto the Booking and Invoice resources, wrote the serializer and tested it.',
      'The payments team added new report types to the old system, so I rewrote the exporter.',
      'Google Pay launched a week later and sales was fine with it.',
      'the export of the data from finance showed the gap, so i rewrote the job',
    ])
      expect(collab(text).creditsPartners, text).toBe(false);
  });
});

describe('hero: how things went is no part of the work', () => {
  it('keeps the hero when the only later "other" verb tells how a thing went', () => {
    const text =
      STEPS +
      ' My manager asked for updates twice and the on-call team watched the graphs. The release went fine after that.';
    expect(collab(text).hero).toBe(true);
  });
});
