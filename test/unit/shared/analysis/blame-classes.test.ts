import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

/** Each case: the text and a phrase the blame flag must overlap. */
type Case = [string, string];

const expectFlags = (cases: Case[]) => {
  for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
};

const expectClean = (texts: string[]) => {
  for (const text of texts) expect(flagged(text, 'blame'), text).toEqual([]);
};

describe('blame by class: a party out of reach, or doing nothing', () => {
  it('flags a party that is out of reach as a habit, or when it was needed', () => {
    expectFlags([
      ['Our product owner was always swamped, so decisions waited a week.', 'always swamped'],
      ['The platform folks are never really around when a deploy breaks.', 'never really around'],
      ['The release manager was not reachable for hours during the rollback.', 'not reachable'],
      ['My mentor was perpetually slammed, so the questions piled up.', 'perpetually slammed'],
    ]);
  });

  it('leaves availability praised, a busy week told as a fact, and the speaker alone', () => {
    expectClean([
      'The on-call engineer was always available and picked up within minutes.',
      'My lead was busy that sprint, so I asked Tomas to review it instead.',
      'I was always busy with the migration that quarter.',
      'The staging cluster was always busy at noon, so I ran the load test at night.',
    ]);
  });

  it('flags a party that told nobody, did nothing, or never kept up its own work', () => {
    expectFlags([
      ['The billing squad renamed the column and told no one.', 'told no one'],
      ['Their architect nodded along in every review and then did nothing.', 'did nothing'],
      ['Nobody ever updated the on-call runbook.', 'Nobody ever updated'],
      [
        'The audit findings had been sitting in a backlog for weeks without anybody looking at them.',
        'without anybody looking',
      ],
      ['Legal would sit on every vendor contract for a month.', 'sit on every vendor contract'],
    ]);
  });

  it('leaves what nobody asked for, a fault denied, and the speaker keeping quiet alone', () => {
    expectClean([
      'Nobody ever asked for the CSV export, so I cut it from the scope.',
      'Nobody ever complained about the latency after the index went in.',
      'The reviewer did nothing wrong; the bug was in my own test.',
      'I told no one about the prototype until it worked end to end.',
    ]);
  });
});

describe('blame by class: habits and exclamations about a party', () => {
  it('flags a deed said to be the party’s habit, or the party named as an exclamation', () => {
    expectFlags([
      [
        'The contractors skipped the code review again, and they do that all the time.',
        'they do that all the time',
      ],
      ['Typical procurement, the license took a month to arrive.', 'Typical procurement'],
      ['Naturally, the agency hadn’t run a single test on the build.', 'hadn’t run'],
    ]);
  });

  it('leaves habits of users, a classic bug of the speaker’s and a sincere "of course"', () => {
    expectClean([
      'Users do that all the time, so I added a confirmation dialog.',
      'It was a classic off-by-one error in my own loop.',
      'Of course I reran the whole job after the fix went in.',
    ]);
  });
});

describe('blame by class: what a party made, judged', () => {
  it('flags the quality of a party’s work judged after a copula, or in a verdict after it', () => {
    expectFlags([
      ['The agency’s mockups were honestly terrible.', 'terrible'],
      ['Their client library was so flaky that every deploy was a gamble.', 'so flaky'],
      ['The vendor’s status page showed nothing, totally useless.', 'totally useless'],
    ]);
  });

  it('leaves measures of a party’s system, the speaker’s own draft, and a fault denied', () => {
    expectClean([
      'Their p99 latency was bad during the sale, so I put a cache in front of the call.',
      'My first draft of the schema was bad, so I rewrote it after the review.',
      'It was a gap in our own contract, not something the vendor did wrong.',
      'Their region had the worst p99 latency in the fleet, so I moved the cache there first.',
    ]);
  });
});

describe('blame by class: the speaker’s share denied, and questions that accuse', () => {
  it('flags a denial of the speaker’s whole share, and questions about a party doing its part', () => {
    expectFlags([
      ['Sure, I merged it, but it’s not like it was all on me.', 'not like it was all on me'],
      ['It wasn’t really something we could have prevented.', 'something we could have'],
      ['How hard is it to answer one email?', 'How hard is it'],
      ['Did anyone on the data team even look at the query plan?', 'even look'],
      ['I mean, who deploys a schema change at six on a Friday?', 'who deploys'],
    ]);
  });

  it('leaves the speaker owning the fault, honest questions and contrasts of share', () => {
    expectClean([
      'The rollout plan was all on me, and I skipped the canary.',
      'What changed was that their cost became visible, not just mine.',
      'How hard is it to shard a live database? Very, it turned out.',
      'Did customers even notice the change? Not at all.',
      'Did I even need the cache? No, the index was enough.',
      'I asked who owns the queue, and Marta pointed me to the infra channel.',
    ]);
  });
});

describe('blame by class: demands on a party, and credit that is not blame', () => {
  it('flags a demand that a party inform others, and a lesson about how a group behaves', () => {
    expectFlags([
      ['They need to warn us before they rotate the keys.', 'need to warn'],
      ['The data team has to announce schema changes.', 'has to announce'],
      ['What I took from it is some teams only respond to escalation.', 'only respond'],
    ]);
  });

  it('leaves what a group needs, users’ duties, credit, rights and a colleague’s fallback', () => {
    expectClean([
      'They need a staging environment that looks like production.',
      'Customers need to tell us their plan tier when they open a ticket.',
      'Checkout got much faster thanks to Mei and her index.',
      'Our director chose to delay the launch, which was her call to make.',
      'Priya on the payments team added a fallback for when pricing is slow, and I reviewed it.',
    ]);
  });

  it('still flags a failure put on a party with "thanks to"', () => {
    expectFlags([['The deploy failed thanks to the infra team’s config push.', 'thanks to']]);
  });
});

describe('blame by class: decisions over people’s heads, and nobody else stepping in', () => {
  it('flags a party deciding before the people it bound had looked, and "nobody else would"', () => {
    expectFlags([
      [
        'Sales had signed the contract before a single engineer had read the requirements.',
        'had read',
      ],
      ['I ended up owning the migration because nobody else would.', 'nobody else would'],
      [
        'The architect who drew it left the month we started without handing the plan to anyone.',
        'without handing',
      ],
    ]);
  });

  it('leaves the speaker acting before others looked, and nobody else going somewhere', () => {
    expectClean([
      'I patched the typo before anyone had seen the page.',
      'Nobody else was going to the conference, so I presented alone.',
    ]);
  });
});

describe('blame by class: duties taken as optional, and distrust of everyone else', () => {
  it('flags a party taking a duty as optional, and distrust of anyone but the speaker', () => {
    expectFlags([
      ['They treat code review as a suggestion.', 'treat code review'],
      [
        'The cert expired because someone apparently figured the renewal checklist was optional.',
        'optional',
      ],
      [
        'The lesson is you can’t rely on anyone else to test your migrations.',
        'rely on anyone else',
      ],
    ]);
  });

  it('leaves scope decisions and the speaker’s own choices', () => {
    expectClean([
      'The PM decided dark mode was optional for the first release.',
      'I thought the second index was optional, so I dropped it.',
      'I couldn’t rely on the old dashboards, so I wrote my own query.',
    ]);
  });
});

describe("blame: a party's word that only names a thing", () => {
  it('leaves a thing named after a party (a product page, a support inbox) judged as a thing', () => {
    expectClean([
      'Our product page was slow during sales, so I profiled it.',
      'The support inbox kept filling up on Mondays, so I added a triage rule.',
      'The product catalog kept timing out under load.',
    ]);
  });

  it('still flags the party itself, or a thing it owns, judged the same way', () => {
    expectFlags([
      ['The product team was slow to answer, so the launch slipped.', 'product team was slow'],
      ["Support's triage was sloppy and half the tickets went to the wrong queue.", 'sloppy'],
    ]);
  });
});
