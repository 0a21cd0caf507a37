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

describe('blame: a party judged by its character after a copula', () => {
  it('flags a party called defensive, obstructive or resistant to change', () => {
    expectFlags([
      ['When I showed the numbers, the DBA lead was super defensive.', 'super defensive'],
      ['Their procurement people were pretty obstructive the whole quarter.', 'obstructive'],
      ['The finance folks were very resistant to change, so nothing moved.', 'resistant to change'],
      ['Honestly the ops folks over there were set in their ways.', 'set in their ways'],
    ]);
  });

  it('leaves the speaker judging themself and defensive code alone', () => {
    expectClean([
      'I was defensive at first, and my lead helped me see the gap.',
      'I added defensive checks around the parser so a bad row is skipped.',
    ]);
  });
});

describe('blame: what a party stance rests on', () => {
  it('flags a view formed from one thin source', () => {
    expectFlags([
      ['Our VP had watched a single conference talk and wanted everything on Kafka.', 'VP had'],
      ['The architect only skimmed an article on GraphQL before mandating it.', 'skimmed'],
      ['He had no clue, he just read a blog post.', 'just read a blog post'],
    ]);
  });

  it('leaves a source read for the work, a particular source, and the speaker', () => {
    expectClean([
      'Priya read a blog post about the bug and found the fix.',
      'I had read one blog post about Raft, so I asked Tom to walk me through it.',
      'The rest of the team just watched the demo.',
    ]);
  });

  it('flags box-ticking motives and inertia imputed to a party', () => {
    expectFlags([
      ['Frankly, the auditors only wanted to check a box.', 'check a box'],
      ['Management just cared about covering themselves.', 'covering themselves'],
      ['That department had been doing things the same way since 2009.', 'the same way'],
    ]);
  });

  it('leaves a box to tick as a plain requirement, and our own routine', () => {
    expectClean([
      'The regulator needed us to tick a box for SOC2, so I wrote the evidence script.',
      'We did things the same way for every region.',
    ]);
  });
});

describe('blame: decisions passed over people, deliverables judged, denials', () => {
  it('flags a commitment made before anyone asked the people it bound', () => {
    expectFlags([
      ['Sales had signed the contract before anyone asked engineering.', 'anyone asked'],
      ['Marketing promised the feature before anybody checked with us.', 'anybody checked'],
    ]);
  });

  it('leaves the speaker acting before being asked', () => {
    expectClean(['I had already booked the room before anyone asked.']);
  });

  it('flags a deliverable judged in its own relative clause', () => {
    expectFlags([
      ['The contractor handed over code that was full of bugs.', 'handed over'],
      ['The agency delivered mockups that were way over budget.', 'delivered'],
    ]);
  });

  it('leaves the speaker own deliverable judged', () => {
    expectClean(['I wrote a migration that was broken, and Sam caught it in review.']);
  });

  it('flags the generic you of a lesson denying responsibility, and nobody there', () => {
    expectFlags([
      ['Write down that you warned them, so it is not on you when it breaks.', 'not on you'],
      ['I pinged them daily, and nobody there answered for a week.', 'nobody there'],
    ]);
  });
});

describe('blame: causes fronted, work left sitting, habits tagged, duties demanded', () => {
  it('flags a loss put on a party by a cause said first', () => {
    expectFlags([
      ['Thanks to the vendor, we lost a whole weekend.', 'Thanks to the vendor'],
      ['Because of the QA team the release slipped a month.', 'Because of the QA team'],
    ]);
  });

  it('leaves a cause said first that is a gain, an event or a system', () => {
    expectClean([
      'Thanks to the platform team, we cut deploy time in half.',
      'Because of the holiday freeze, the release slipped a week.',
      'Due to a fiber cut, the region was down for an hour.',
    ]);
  });

  it('flags work a party sat on until late, and a fault tagged as its way', () => {
    expectFlags([
      ['Legal sat on the privacy review until the week before launch.', 'sat on'],
      ['The security team blocked the release over a false positive, as they do.', 'blocked'],
    ]);
  });

  it('leaves a party sitting with us, and a careful habit', () => {
    expectClean([
      'The firmware team sat on a call with us until midnight to debug it.',
      'My manager reviewed it carefully, as she always does.',
    ]);
  });

  it('flags a duty to own demanded of a named group, and deliverables nobody could use', () => {
    expectFlags([
      ['Going forward, the platform team has to own their alerts.', 'has to own'],
      ['Our designer handed us mockups that nobody could build.', 'handed us'],
      ['Their API is held together with duct tape.', 'held together'],
      ['The outsourcing firm missed every milestone.', 'missed every milestone'],
    ]);
  });

  it('leaves a group nobody-there answered by the speaker, and traffic hammering a database', () => {
    expectClean([
      'Nobody there had used Terraform, so I paired with them.',
      'The traffic hammered the primary during the sale.',
      'Our firm hired two contractors for the migration.',
    ]);
  });
});

describe('blame: practices not done, habits in the progressive, groups by function', () => {
  it('flags a practice of care a party does not do', () => {
    expectFlags([
      ['The contractors never did any testing.', 'never did any testing'],
      ['Their team did not do a handover before leaving.', 'did not do a handover'],
    ]);
  });

  it('leaves the speaker skipping a practice', () => {
    expectClean([
      'We did not do a postmortem, which I regret.',
      'I did not do code review that week because I was on leave.',
    ]);
  });

  it('flags "always" with a progressive as a complaint, and cooperation withheld', () => {
    expectFlags([
      ['The infrastructure team is always blocking us with their rules.', 'always blocking'],
      ['The other department was not cooperating with us at all.', 'not cooperating'],
      ['The platform group did not prioritise our request for months.', 'prioritise'],
      ['The PM was MIA for the whole launch week.', 'MIA'],
      ['Engineering was the last to know, as usual.', 'last to know'],
    ]);
  });

  it('leaves "always" with an act of help, and the people served', () => {
    expectClean([
      'She was always helping the juniors.',
      'The on-call SRE was always answering questions in the channel, which helped a lot.',
      'Customers were always asking for CSV export.',
    ]);
  });

  it('flags a demand on a group named by its function', () => {
    expectFlags([
      ['Partnerships need to share the integration details way earlier.', 'Partnerships need'],
    ]);
  });

  it('leaves the business as the setting', () => {
    expectClean([
      'The business needed the report by Monday, so I built it over the weekend.',
      'The business grew fast that year.',
    ]);
  });
});

describe('blame: sweeping refusals, broken promises, late deliveries, motives put first', () => {
  it('flags them when said of a party', () => {
    expectFlags([
      ['Their lead basically vetoed everything we proposed.', 'vetoed everything'],
      ['The infra team promised a fix and then nothing happened for a month.', 'promised'],
      ['The offshore vendor delivered late and the quality was poor.', 'delivered late'],
      ['They were more interested in closing tickets than fixing anything.', 'more interested'],
      ['The consultants overengineered the whole thing and then left.', 'overengineered'],
      ['Their data team is not cooperating with anyone outside finance.', 'not cooperating'],
    ]);
  });

  it('leaves the fair versions', () => {
    expectClean([
      'The security team rejected every design that stored tokens in plain text, which was right.',
      'The platform team promised a fix by Friday, and they delivered on Thursday.',
      'The vendor delivered late, so I built a mock to keep us moving.',
      'They shipped the late fee feature in March.',
      'The customer was more interested in the export than the dashboard.',
      'The customer never upgraded their SDK, so I added a compatibility shim.',
      'The other team service was slow, so I added a cache in front of it.',
    ]);
  });
});

describe('blame: a loss told as the due of a party choice', () => {
  it('flags "what you get" with a party named', () => {
    expectFlags([
      [
        'Support never answered, which is what you get when procurement buys the cheapest plan.',
        'what you get',
      ],
    ]);
  });

  it('leaves "what you get" about a technology', () => {
    expectClean(['That is what you get with a managed database: less control over tuning.']);
  });
});
