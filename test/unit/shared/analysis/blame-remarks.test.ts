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

describe('blame: ironic assent and motives imputed after a complaint', () => {
  it('flags "sure" said as a remark on another party’s idea', () => {
    expectFlags([
      ['Our VP wanted a blockchain ledger for the expense reports, which, sure.', 'which, sure'],
      [
        'The architect said every team should run its own Kafka cluster, sure, brilliant idea.',
        'sure, brilliant idea',
      ],
      ['Legal asked us to store every email forever. Which, sure, great, why not.', 'Which, sure'],
    ]);
  });

  it('leaves assent that answers, concedes or means certain alone', () => {
    expectClean([
      'My lead asked me to take the pager that week. Sure.',
      'Sure, I could have waited for the review, but the fix was small.',
      'I wanted to be sure, so I replayed the traffic twice.',
      'The client asked whether we could move the demo, and sure enough we could.',
    ]);
  });

  it('flags a motive imputed with "just" right after a clause that blamed', () => {
    expectFlags([
      [
        'The steering group never read the capacity numbers, they just wanted a launch date for the press release.',
        'they just wanted a launch date',
      ],
      [
        'Our new director ignored the incident reviews, he just cares about the quarterly slide.',
        'he just cares about',
      ],
    ]);
  });

  it('leaves "just wanted" that follows a fair clause alone', () => {
    expectClean([
      'The accounting team was very patient with us, they just wanted a CSV they could open in Excel.',
      'I asked the partner what format they preferred, they just wanted JSON over HTTPS.',
    ]);
  });
});

describe('blame: a party’s habits and turnaround', () => {
  it('flags a party somewhere else as a habit, or its way foretold', () => {
    expectFlags([
      ['The tech lead was always on calls with sales, so reviews sat for days.', 'always on calls'],
      ['Our architect is forever in meetings, so nobody could sign off.', 'forever in meetings'],
      [
        'The lesson for me is that leadership is always going to pick the flashy project.',
        'leadership is always going to pick',
      ],
    ]);
  });

  it('leaves a habit of the people served or a one-off absence alone', () => {
    expectClean([
      'Customers are always going to find the edge cases, so I wrote property tests.',
      'My lead was in meetings that morning, so I asked Priya to review it instead.',
    ]);
  });

  it('flags a long wait told as what a party always takes', () => {
    expectFlags([
      [
        'Every ticket to the network team took two weeks, whatever it was.',
        'Every ticket to the network team took two weeks',
      ],
      ['They would take a whole quarter to approve one firewall rule.', 'take a whole quarter'],
      ['Any question for the vendor takes days.', 'Any question for the vendor takes days'],
    ]);
  });

  it('leaves one wait told as a fact alone', () => {
    expectClean([
      'The request to the registrar took a day, and then the domain moved over.',
      'The migration to the new cluster took two weeks.',
    ]);
  });

  it('flags inexperience held against a party for a whole life', () => {
    expectFlags([
      [
        'The consultant had never operated a database in his life, and he wanted to shard it.',
        'never operated a database in his life',
      ],
    ]);
  });

  it('leaves the speaker’s own inexperience alone', () => {
    expectClean(['I had never seen a deadlock like that in my life, so I read up on lock order.']);
  });
});

describe('blame: a party late or unclear with its part', () => {
  it('flags a party late with its part, or its deliverable denied a quality', () => {
    expectFlags([
      [
        'The brand agency was late with the icons again, and that is why the release slipped.',
        'late with the icons',
      ],
      [
        'The spec from the partnerships team was not complete, so half the fields were guesses.',
        'was not complete',
      ],
      [
        'The hosting provider was not exactly forthcoming about the outage.',
        'not exactly forthcoming',
      ],
    ]);
  });

  it('leaves lateness the speaker owned right after, or no party, alone', () => {
    expectClean([
      'The hardware vendor was late with the boards, so I built a simulator and we kept going.',
      'It was late at night when the second alert fired.',
      'My manager said it was too late to change the plan, so we shipped the smaller version.',
      'Who owns the export job was not clear, so I asked in the architecture channel.',
    ]);
  });
});

describe('blame: fair descriptions that name a party', () => {
  it('leaves what a colleague found, the load of the people served and purposes alone', () => {
    expectClean([
      'I asked Noor to check the consumer and she found a loop that never released its lease.',
      'One reseller was sending far too many calls to the search API and the other resellers became slow.',
      'The rounding bug was hitting paying members, so I fixed it first.',
      'I put one person on status updates so the engineers weren’t fielding questions.',
      'My task was to work out where the team should put its effort.',
      'Handoffs between squads dropped from weekly to twice a quarter.',
      'An alert would have been one more channel they muted, so I used the pager.',
      'A canary would have told us how bad the regression was.',
    ]);
  });
});

describe('blame: habits tagged on, claims against us, kinds of party', () => {
  it('flags a faulty deed tagged as what the party always does', () => {
    expectFlags([
      [
        'Finance sent the budget numbers two days late, as they usually do, so the plan slipped.',
        'as they usually do',
      ],
      ['The contractor skipped the load test, like he always does.', 'skipped the load test'],
    ]);
  });

  it('leaves a neutral habit tagged the same way alone', () => {
    expectClean(['The vendor sends the usage report on Mondays, like they always do.']);
  });

  it('flags a party claiming the fault was on our side', () => {
    expectFlags([
      [
        'Their support desk kept insisting the errors were our bug for a whole day.',
        'kept insisting',
      ],
      [
        'The payment provider claimed it was our fault, and we lost a day on it.',
        'claimed it was our fault',
      ],
    ]);
  });

  it('leaves a party naming whose decision it is alone', () => {
    expectClean([
      'My manager said it was my call, so I picked the smaller rollout.',
      'The auditor said our logging was fine.',
    ]);
  });

  it('flags a party pointed at as a kind, and a question of what it even did', () => {
    expectFlags([
      [
        'You learn to document everything twice when you work with vendors like that.',
        'vendors like that',
      ],
      ['Contractors like those never write a runbook.', 'Contractors like those never'],
      ['Why does the release team even have a change board, honestly?', 'even have a change board'],
    ]);
  });

  it('leaves "like that" as a verb, and questions about the speaker or customers, alone', () => {
    expectClean([
      'Most squads like that layout because the alerts sit next to the graphs.',
      'What was I even thinking when I skipped the canary?',
      'What did customers even need from the export?',
    ]);
  });

  it('flags the speaker’s part denied as all they could do, and outcomes hung on a party', () => {
    expectFlags([
      ['There was not much we could do until the carrier answered.', 'we could do'],
      [
        'If the security team answered in days instead of weeks, we would have shipped in May.',
        'the security team answered',
      ],
    ]);
  });

  it('leaves what the speaker could do, and outcomes hung on customers, alone', () => {
    expectClean([
      'There was a lot I could do, so I started with the slowest query.',
      'If customers used the export more, we would have kept it.',
    ]);
  });
});

describe('blame: wishes in hindsight, churn with a reason, ironic timing', () => {
  it('flags a wish in hindsight that directs another party', () => {
    expectFlags([
      [
        'Next time I would want the mobile squad to actually run the contract tests.',
        'want the mobile squad to actually run',
      ],
    ]);
  });

  it('leaves the speaker wanting others to see or learn alone', () => {
    expectClean([
      'I wanted the PMs to see the funnel data, so I built a dashboard.',
      'Next time I would want the team to review the dashboard earlier.',
    ]);
  });

  it('flags what a named person made, judged in more than one word', () => {
    expectFlags([
      ['I objected because her migration plans were always half baked.', 'half baked'],
      ['His estimates were all over the place.', 'all over the place'],
    ]);
  });

  it('leaves how a person’s thing ran, and the speaker’s own plan, alone', () => {
    expectClean([
      'His laptop was slow that week, so I paired with him on mine.',
      'The plan was half baked and I knew it, so I rewrote it.',
    ]);
  });

  it('flags churn told with a party as its reason', () => {
    expectFlags([
      [
        'The API contract kept moving because the partner’s architects wanted yet another field.',
        'kept moving because',
      ],
    ]);
  });

  it('leaves a single change with its reason alone', () => {
    expectClean(['The schema changed last year because the vendor released version two.']);
  });

  it('flags a party’s timing or a delay mocked as to be expected', () => {
    expectFlags([
      [
        'The network team figured it was the perfect moment to rotate every certificate.',
        'the perfect moment to rotate',
      ],
      [
        'Procurement promised the licence by Monday. It came through the following Friday, predictably.',
        'predictably',
      ],
    ]);
  });

  it('leaves the speaker’s own timing and plain results alone', () => {
    expectClean([
      'I decided it was a good time to refactor the importer.',
      'My lead thought it was a good idea to add a canary, so I did.',
      'I forgot the migration flag, naturally.',
      'The test suite passed on the first run, naturally.',
    ]);
  });
});

describe('blame: the new classes leave fair look-alikes alone', () => {
  it('leaves a party away, slow or foretold when the speaker answers with a step', () => {
    expectClean([
      'My manager was always on calls with customers, so I ran the standup.',
      'The support team is always going to see the errors first, so I gave them a dashboard.',
      'The contractors would take a week to onboard, so I wrote a setup script.',
      'The designers were late because I gave them the brief a week late.',
    ]);
  });

  it('leaves a claim the speaker found right, and help supposed away, alone', () => {
    expectClean([
      'The vendor kept saying it was our problem, and it turned out it was.',
      'If the platform team had not helped, we would have missed the date.',
      'If the designers had more time, we would have shipped a nicer UI.',
    ]);
  });

  it('leaves a good time agreed to, churn with an event as its reason, and praise alone', () => {
    expectClean([
      'The payments team decided it was a good time to migrate, and I agreed with them.',
      'The API changed twice because the partner upgraded their platform.',
      'Her proposals were always well researched.',
      'Which meant three more days of testing, naturally.',
    ]);
  });
});

describe('blame: claims by a party named through its desk, and good outcomes expected', () => {
  it('flags a party named through what it runs claiming the fault was ours', () => {
    expectFlags([['Their help desk kept claiming the outage was our bug.', 'kept claiming']]);
  });

  it('leaves a party owning the fault, and a good outcome told as expected, alone', () => {
    expectClean([
      'Their on-call said the outage was on their side and fixed it within the hour.',
      'They added ten more tenants, and the cluster handled it fine, naturally.',
    ]);
  });
});
