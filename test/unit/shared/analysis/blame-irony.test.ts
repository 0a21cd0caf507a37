import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

const expectFlags = (cases: [string, string][]) => {
  for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
};
const expectClean = (texts: string[]) => {
  for (const text of texts) expect(flagged(text, 'blame'), text).toEqual([]);
};

describe('blame said through irony and innuendo', () => {
  it('flags an ironic epithet, one answer to everything, a record that speaks for itself', () => {
    expectFlags([
      ['The payments vendor rolled out one of their legendary hotfixes on a Sunday.', 'legendary'],
      ['Then the DBA pushed his trademark late night schema change.', 'trademark'],
      ["The platform group's solution to every ticket was a bigger instance.", 'solution'],
      ['I will only say that their pager history that year speaks for itself.', 'speaks for'],
    ]);
  });

  it('flags the excuse of what came in, a sneering answer and "I doubt they even"', () => {
    expectFlags([
      ['The fix held up fine, considering what I inherited.', 'what I inherited'],
      ['Did anybody on the data side test the export? Evidently not.', 'Evidently not'],
      ['I sent the proposal to their architects and I doubt they even read it.', 'even read'],
    ]);
  });

  it('does not flag the speaker on their own record or an honest question', () => {
    expectClean([
      'Our latency numbers after the change speak for themselves.',
      'Did I test the export on real data? I did not, and that was my mistake.',
      "I don't think I even opened the second dashboard that week.",
      'Considering what I knew then, I would still pick the queue.',
    ]);
  });
});

describe("blame of a party's mind and follow-through", () => {
  it('flags indecision, a closed mind, a plan changed in flight and no grasp of the goal', () => {
    expectFlags([
      ['The CTO could never decide between the two vendors.', 'could never decide'],
      ['The sales director had already made up her mind about the pricing.', 'made up her mind'],
      ['Halfway through the sprint the client switched the whole data model.', 'switched'],
      ['Each time we demoed it, the stakeholders redid the flow.', 'redid the flow'],
      ['The marketing team had no idea what they wanted from the page.', 'had no idea'],
    ]);
  });

  it('flags going along with everything, not buying in and persisting anyway', () => {
    expectFlags([
      ['Our account manager just agreed to everything the customer asked.', 'agreed to everything'],
      ['The mobile squad never really bought in to the new API.', 'bought in'],
      ['The analysts kept exporting to spreadsheets anyway.', 'anyway'],
    ]);
  });

  it('does not flag a change decided on evidence, a supposition, a lack of time told for them or a manager checking in', () => {
    expectClean([
      'The architect changed the design after the load test.',
      'Every time a tenant changed its plan, the invoice job reran.',
      'Without the numbers, the director would not have said yes to the migration.',
      'They liked the idea, they had just never had the bandwidth.',
      'My manager kept checking in on the rollout every Friday.',
      'My teammate Priya just handled everything while I was out.',
      'Halfway through the project the team switched to Postgres after the load test.',
      'Nobody was sure what the customers wanted, so I ran five interviews.',
      'I doubt they even noticed the migration, which was the goal.',
    ]);
  });
});

describe('blame passed on after a denial', () => {
  it('flags the clause after a denial that names where the fault went', () => {
    expectFlags([
      [
        'It was not my decision, the architecture board picked that database.',
        'architecture board',
      ],
      ["Honestly it wasn't my mistake, the runbook said to restart everything.", 'runbook said'],
      ["That deadline wasn't my call, it was the VP's promise to the client.", "VP's promise"],
      ['We did everything right, and the vendor still shipped a broken build.', 'did everything'],
    ]);
  });

  it("flags only the denial when the speaker's own clause or a plain fact comes after it", () => {
    const text = "It wasn't my call, but I agreed with it and I made it work.";
    expect(flagged(text, 'blame')).toEqual(["It wasn't my call"]);
    const owns = 'It was not my decision, the data team owns that warehouse, so I asked them.';
    expect(flagsPhrase(owns, 'blame', 'owns')).toBe(false);
  });
});

describe("judgements of a party's way of working and of things after a euphemism", () => {
  it('flags a way of working judged broken and a thing judged after an announced euphemism', () => {
    expectFlags([
      ["The security team's intake process is completely broken.", 'process'],
      ['The handover document was, to put it mildly, thin.', 'to put it mildly'],
      ['Vendors like that are unreliable.', 'Vendors'],
      ['What I took from it is that contractors are unreliable.', 'unreliable'],
      ['Some product managers just need a nudge.', 'need a nudge'],
    ]);
  });

  it('does not flag a system down or the speaker judging their own thing', () => {
    expectClean([
      'The build process was broken for an hour after the upgrade.',
      'Our first prototype was, let us say, not great, so I rewrote it.',
      'Nobody really missed the old export once the new one shipped.',
      'Tickets to the support team dropped from 90 a week to 15.',
    ]);
  });
});

describe('blame of a grasp never had, a covert change and a motive imputed', () => {
  it('flags them', () => {
    expectFlags([
      ['Nobody in the business was really sure about what they needed.', 'Nobody'],
      ['The release had a flag flip that someone snuck in overnight.', 'snuck in'],
      ['Our new director only pushed the rewrite for his CV.', 'for his CV'],
    ]);
  });

  it('does not flag attending, a system retrying or a relative clause naming the work', () => {
    expectClean([
      'I picked two teams and sat in on their planning meetings for a sprint.',
      'The payment provider kept retrying the callback for an hour.',
      'The client paid for a week of testing they had not budgeted for.',
    ]);
  });
});

describe('blame of overloading, neglect, a denial of authorship and a qualified nobody', () => {
  it('flags them', () => {
    expectFlags([
      ['The sales lead had promised far too many integrations to the customer.', 'too many'],
      ['The cron job ran as root and nobody has checked it in years.', 'nobody has checked'],
      ['The flag was flipped in production, and it was not by me.', 'not by me'],
      ['Nobody from the billing side warned us about the price change.', 'billing side'],
    ]);
  });

  it('does not flag a party named as a modifier, or code our own team left alone', () => {
    expectClean([
      'The launch date was set because of a security audit in March.',
      'I rewrote a parser that nobody on my team had touched since 2019.',
      'The importer had a retry path that nobody had tested, so I wrote the tests first.',
    ]);
  });
});

describe('a complaint that goes on with the same party doing "just ... some"', () => {
  it('flags the view formed from whatever came to hand, after a blamed clause', () => {
    expectFlags([
      ['She never asked the team, she just watched some conference talk.', 'watched some'],
    ]);
  });

  it('does not flag "just ... some" on its own', () => {
    expectClean(['The vendor just sent some logs, and I found the bug in them.']);
  });
});
