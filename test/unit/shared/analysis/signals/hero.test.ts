import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const hero = (text: string, question = 'Tell me about a production incident you handled.') =>
  analyzeAnswer({ text, context: { question } }).signals.content!.collaboration.hero;

/** Six steps of the speaker's, with the others in the story only asking and waiting. */
const STALLED_JOB =
  'The nightly invoice job stalled one Monday and the finance people kept pinging me, while my manager waited for updates and the support team asked twice if customers were charged. ' +
  'I pulled the job logs. I found a lock held by a stuck report query. I killed the query and I restarted the job. ' +
  'I added a statement timeout to the reporting role. I posted a summary in the channel.';

describe('hero by the structure of the story, with no claim of working alone', () => {
  it('calls a story hero when the others only ask, wait or watch and the speaker takes every step', () => {
    expect(hero(STALLED_JOB)).toBe(true);
  });

  it('still calls it hero when one "we" at the end tells the outcome', () => {
    expect(hero(`${STALLED_JOB} By nine we had every invoice out.`)).toBe(true);
  });

  it('still calls it hero when the process named is denied ("they skip review on that repo")', () => {
    expect(
      hero(
        `${STALLED_JOB} The reporting folks had shipped that query without any review, which is how they work.`,
      ),
    ).toBe(true);
  });

  it('does not call it hero when a review or a go-ahead appears', () => {
    for (const extra of [
      'Before the timeout went out, a teammate reviewed the change.',
      'The timeout went through code review the next morning.',
      'My manager said okay to the timeout before I shipped it.',
      'The DBA on call double-checked the timeout with me before it went out.',
      'We agreed in the retro to add the timeout to every reporting role.',
    ])
      expect(hero(`${STALLED_JOB} ${extra}`), extra).toBe(false);
  });

  it('does not call it hero when another party does part of the work', () => {
    expect(
      hero(`${STALLED_JOB} Then support refunded the two customers who were charged twice.`),
    ).toBe(false);
  });

  it('does not call it hero when "we" shares the steps', () => {
    const shared = STALLED_JOB.replace(
      'I killed the query and I restarted the job.',
      'We killed the query and we restarted the job.',
    );
    expect(hero(shared)).toBe(false);
  });

  it('does not call a solo technical story hero when nobody else is in it', () => {
    expect(
      hero(
        'The nightly invoice job stalled one Monday. I pulled the job logs. I found a lock held by a stuck report query. ' +
          'I killed the query and I restarted the job. I added a statement timeout to the reporting role. I posted a summary in the channel.',
      ),
    ).toBe(false);
  });
});

describe('hero: steps joined with "and", and partners named in lower case', () => {
  const RUN_ON =
    'so the settlement run failed on a friday and the finance folks kept asking me when it would be back while my manager watched the channel. ' +
    'i pulled the traces and found a timeout to the rates service and then patched the client with a fallback to the cached rate ' +
    'i deployed that and restarted the settlement run and posted in the channel when they cleared';

  it('counts the steps joined to the speaker\'s own with "and" ("i pulled the traces and found ...")', () => {
    expect(hero(RUN_ON)).toBe(true);
  });

  it('does not call it hero when a colleague named in lower case does part of the work', () => {
    expect(hero(`${RUN_ON} and priya wrote the replay script for the failed ones`)).toBe(false);
  });
});

describe('hero: a party that gets in the way is not a partner', () => {
  it('still calls it hero when the only thing another party did is blamed', () => {
    const text = `Security rolled out a new WAF rule on a Friday without telling anyone, as usual. ${STALLED_JOB}`;
    const a = analyzeAnswer({ text, context: { question: 'Tell me about an incident.' } });
    expect(a.flags.some((f) => f.kind === 'blame')).toBe(true);
    expect(a.signals.content!.collaboration.hero).toBe(true);
  });
});

describe('hero: what is not a partner nor a process', () => {
  const CRASH =
    'Our Android app started crashing on launch for about a third of users after a release. My manager asked me to take it since I had written the startup code, and the QA folks were out that week. ' +
    'I grabbed the crash reports, and I saw every crash was in font loading on older phones. I reproduced it on an old Samsung, I wrote a fallback to the system font, and I pushed a hotfix build that evening. ' +
    'Support kept forwarding me angry reviews the whole time. I also added a startup smoke test on three old devices to the pipeline.';

  it('takes a device before ", I wrote" for no partner, and customers\' reviews for no process', () => {
    const c = analyzeAnswer({ text: CRASH, context: { question: 'Tell me about an incident.' } })
      .signals.content!.collaboration;
    expect(c.creditsPartners).toBe(false);
    expect(c.hero).toBe(true);
  });

  it('does not call it hero once the hotfix went through code review', () => {
    expect(hero(`${CRASH} The hotfix went through code review with the mobile lead.`)).toBe(false);
  });
});

describe('hero: fewer steps when more people stand around', () => {
  const PLANNER =
    'um so the route planner kept timing out for the big depots and the ops people were really frustrated, they kept calling our team lead about it, so i took it on. ' +
    'i profiled the planner and found it recomputed distances for every pair of stops, so i added a distance cache keyed by stop pair and i moved the computation to a nightly job and i rewrote the api to read from the cache. ' +
    'the p95 went from forty seconds to two and the ops folks stopped calling';

  it('calls five steps hero when three or more people only ask or wait', () => {
    expect(hero(PLANNER)).toBe(true);
  });

  it('does not when one of them tests the change with the speaker', () => {
    expect(hero(`${PLANNER}. before the rollout the lead tested it on two depots`)).toBe(false);
  });
});

describe('hero: terse steps after a softener', () => {
  it('counts "just killed the query", "quickly restarted the job" as the speaker\'s steps', () => {
    const text =
      'Invoices stuck on a Monday. Finance kept asking, my manager waited for news and support pinged me every hour. ' +
      'Pulled the job logs. Found a lock from a stuck report. Just killed the query. Quickly restarted the job. Eventually wrote a runbook for it.';
    expect(hero(text)).toBe(true);
    expect(hero(text.replace('Just killed the query. Quickly restarted the job. ', ''))).toBe(
      false,
    );
  });
});

describe('hero: unpunctuated run-ons', () => {
  it('hears "... watched the channel i pulled the traces" as a new step, not a relative clause', () => {
    const text =
      'so the settlement run failed on a friday and the finance folks kept asking me when it would be back while my manager watched the channel ' +
      'i pulled the traces and found a timeout to the rates service and then patched the client with a fallback to the cached rate ' +
      'i deployed that and restarted the settlement run';
    expect(hero(text)).toBe(true);
  });
});

describe('hero: a claim of working alone, said or denied', () => {
  it('hears the claim said outright with others around', () => {
    expect(
      hero(
        'The whole platform team was on the call, but I rebuilt the index by myself. It came back in an hour.',
      ),
    ).toBe(true);
  });

  it('does not hear a claim the speaker denies', () => {
    for (const text of [
      'The migration script dropped a column. My lead read the diff first, so it is not like it was all me. I restored the column from the backup.',
      "Somebody on the data team kicked it off, and it wasn't that I did everything myself. I wrote the restore script.",
    ])
      expect(hero(text), text).toBe(false);
  });
});

describe('hero: a "we" that undergoes the outcome or only compares is no shared step', () => {
  const steps =
    'I was on call when the payment worker started timing out. I pulled the thread dumps, I found a lock held by the audit writer, I disabled the writer behind its flag and I restarted the workers. ';
  it('hears the speaker alone when "we" only lost orders or noticed later than others', () => {
    for (const tail of [
      'My manager and two other engineers watched the channel and the product lead kept asking for updates, and I think we lost about 900 orders before it recovered. Then I added an alert on lock waits.',
      'The finance people noticed the gap before we did, and support kept asking me for an update. Then I added an alert on lock waits.',
    ])
      expect(hero(steps + tail), tail).toBe(true);
  });
  it('still takes a "we" that does the work as shared', () => {
    const tail =
      'My manager and two other engineers watched the channel and the product lead kept asking for updates, and then we rewrote the audit writer together. Then I added an alert on lock waits.';
    expect(hero(steps + tail)).toBe(false);
  });
});

describe('collaboration: a workplace named in apposition is not a partner', () => {
  it('does not credit "at a travel site, Skyrest," as a person', () => {
    const c = analyzeAnswer({
      text: 'So this was at a payments startup, Ledgerly, and I was on call when refunds started failing. I found the expired key and rotated it.',
    }).signals.content!.collaboration;
    expect(c.partners.map((p) => p.text).join(' ')).not.toMatch(/Ledgerly/);
  });
});

describe('hero: others who are late, or who join only to watch, take no part', () => {
  it('hears the speaker alone when the on-call took an hour to answer and the manager joined to watch', () => {
    const text =
      'The billing API started failing on a Saturday and I ended up running the incident. I paged the on-call. ' +
      'The DBA on call took an hour to even reply, and the product lead kept asking for updates. ' +
      'I checked the pool stats, I found a stuck migration, I killed it and I restarted the API pods. ' +
      'My manager joined near the end and mostly watched the channel.';
    expect(hero(text)).toBe(true);
  });
});

describe('hero: more ways of saying it was the speaker alone', () => {
  it('hears "it was all on me" and "I was the only one who", not "that one is on me"', () => {
    const base =
      'The payment webhooks stopped at midnight and my manager was on holiday. I restarted the consumer and replayed the queue. ';
    expect(hero(base + 'The backup on-call never answered, so it was all on me.')).toBe(true);
    expect(
      hero(base + 'I was the only one who knew the consumer, the rest of the team was offline.'),
    ).toBe(true);
    expect(
      hero(
        base +
          'I had skipped the review, so that one is on me, and my manager helped me write the postmortem.',
      ),
    ).toBe(false);
  });
});
