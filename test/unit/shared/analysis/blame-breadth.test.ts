import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

/** Each class of blame said in several wordings, with neutral look-alikes about other parties. */
const flags = (text: string) => flagged(text, 'blame').length > 0;

function check(positives: string[], negatives: string[]) {
  for (const text of positives) expect(flags(text), text).toBe(true);
  for (const text of negatives) expect(flagged(text, 'blame'), text).toEqual([]);
}

describe('blame, each class in many wordings', () => {
  it('work handed over with none of the care it needed', () => {
    check(
      [
        'The billing service was passed to us without any documentation or alerts.',
        'The repo came over from the other team with no tests and no README.',
        'We were given the platform with no handover and no access to the logs.',
      ],
      [
        'The service was handed to us in March with a short handover call.',
        'The codebase was handed over with full docs and a runbook.',
        'The service came with no extra cost.',
        'The release passed the security audit with no findings on logging.',
      ],
    );
  });

  it('a decision passed without asking the people it binds', () => {
    check(
      [
        'The architecture was decided without asking the people who would run it.',
        'The vendor got picked without consulting engineering.',
        'The go-live date was locked in without checking with anyone on the team.',
      ],
      [
        'The decision was made without asking for more budget.',
        'The vendor was chosen after we compared three options.',
      ],
    );
  });

  it('sarcastic thanks and praise of help', () => {
    check(
      [
        'Thanks so much for that, AWS.',
        'Really appreciate that, procurement.',
        'Cheers for that, legal.',
        'My lead told me to just figure it out, which, great, super useful.',
        'The architect said to use both, which, thanks, really helpful.',
      ],
      [
        'Priya walked me through the schema, which was very helpful.',
        'The SRE team, very helpful, set up the dashboards with me.',
        'I sent them a note saying thanks a lot for that.',
      ],
    );
  });

  it('a party of no help or use', () => {
    check(
      [
        'The support team was zero help.',
        'Their account manager was no use at all.',
        'Honestly the platform folks were of no help whatsoever.',
      ],
      ['The vendor was no longer on the contract after June.', 'It was zero downtime.'],
    );
  });

  it('slow to answer at all', () => {
    check(
      [
        'Their support took three days to even reply.',
        'The on-call engineer took an hour to respond.',
        'The legal team took nine days to even look at the contract.',
      ],
      [
        'The security team took two days to review it, which was their normal SLA.',
        'Support took a minute to answer and fixed it.',
        'The contractor took an hour to walk me through the code.',
      ],
    );
  });

  it('a refusal ahead of time or a party contradicting itself', () => {
    check(
      [
        "Comms wasn't going to do it.",
        'Product says one thing on Monday and the opposite on Friday.',
        "They'd tell us one thing and tell the client something else.",
      ],
      [
        "The vendor wasn't going to be ready until June, so we planned around it.",
        'Product says one thing matters most: retention.',
      ],
    );
  });

  it('a wish that a party had just done its part, and a party spared its own choice', () => {
    check(
      [
        "If they'd just bought a decent tool none of this would have happened.",
        'If the vendor had simply tested their release we would not have had an outage.',
        'Whoever picked that library obviously never had to debug it.',
        'The architects never have to support what they draw.',
      ],
      [
        "If we'd just bought a better tool it would have been cheaper.",
        'If the cache had just warmed up faster we would have met the target.',
        'Nobody had to work the weekend.',
        'The support team did not have to guess any more.',
      ],
    );
  });

  it('nothing left behind, and work products of a party that were stale or wrong', () => {
    check(
      [
        'The previous team left us next to nothing.',
        'The old contractor left us almost nothing to work with.',
        'Their API docs were out of date.',
        "The vendor's schema was three versions behind.",
        'Their wiki was completely wrong about the auth flow.',
      ],
      [
        'He left us a detailed handover doc.',
        'Our docs were two versions behind, so I updated them.',
        'The library was three versions behind, so I upgraded it.',
        'The legacy client was out of date and I replaced it.',
        "The partner's SDK was two versions ahead of ours.",
      ],
    );
  });

  it('a habit pressed on the speaker, and a duty of a party doubted aloud', () => {
    check(
      [
        'The product owner kept asking for ETAs every five minutes.',
        'Sales kept pinging me every single hour about it.',
        'Release notes were supposedly their job, but I wrote them every time.',
        'I ended up paging people myself instead of waiting for the team whose job it supposedly was.',
      ],
      [
        'The dashboard kept refreshing every five minutes.',
        'I kept checking the logs every five minutes.',
        'The batch job supposedly takes an hour, but it took three.',
        'It was supposedly my job to review it, and I did.',
        'Apparently their job had changed after the reorg, so I asked who owned it now.',
      ],
    );
  });

  it('messages left unanswered, also in a clause that goes on about the party', () => {
    check(
      [
        "The old owners had moved to another project and wouldn't reply to any of our questions.",
        'The vendor was acquired last year and would not return a single email.',
        'Their support never responded to any of our tickets.',
      ],
      [
        'The team that wrote it had moved on and would not be back until May.',
        'The vendor was acquired last year and would not change the pricing until renewal.',
        'The vendor did not charge us for any of the calls.',
        'The query did not return a single row.',
      ],
    );
  });

  it('a superlative of badness for what a party made or chose', () => {
    check(
      [
        'The library they chose is the worst thing I have ever used.',
        'Their API has the worst docs I have seen.',
        "The vendor's dashboard was the slowest thing ever.",
        'The ticketing system the ops team bought has the clunkiest UI you can imagine.',
      ],
      [
        'The worst part was the migration.',
        'It was the worst outage we had that year.',
        'Their API has the best docs I have seen.',
        'The tool the platform team picked worked well for us.',
        'The library they chose was the fastest option we benchmarked.',
      ],
    );
  });

  it('a duty a party took on, then a dummy that says it was not done', () => {
    check(
      [
        'Legal was meant to sign off by Friday, which never happened.',
        "The vendor promised a fix in the next release, and that didn't happen either.",
        'The data team agreed to backfill the table and it never happened.',
      ],
      [
        'I was supposed to present on Friday and that never happened because the meeting moved.',
        'The migration was supposed to take a week and it took two.',
      ],
    );
  });

  it('the speaker as a mere executor of written orders, and a sneer after a relative', () => {
    check(
      [
        'I just did what the ticket said.',
        'I only built what was in the requirements.',
        'They pushed the date again, which is classic management.',
      ],
      [
        'I just built a small prototype to test the idea.',
        'I just did what I thought was right.',
        'I just built what the support team asked for in the first version.',
        'The classic mistake is caching too early.',
      ],
    );
  });
});
