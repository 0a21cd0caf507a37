import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const content = (text: string) => analyzeAnswer({ text }).signals.content!;
const statesTradeoff = (text: string) => content(text).tradeoff.statesTradeoff;

describe('tradeoff by structure', () => {
  it("hears the speaker's choice with its reason or cost, however it is worded", () => {
    for (const text of [
      'A second search cluster meant another on-call rotation, so I went with a trigram index in Postgres.',
      'I thought a rewrite was premature, because the real pain was one slow query.',
      'Instead of paging the whole team, I added a retry with backoff to the consumer.',
      'Rebuilding the index online would have doubled the write load, so we ran it at night.',
      'The part we refused to cut was the audit trail, because the regulator asks for it.',
      'I did consider adding a cache in front, but that only hides the slow query.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not take a purpose, a result, a lesson or a diagnosis for a choice', () => {
    for (const text of [
      'I added a Retry-After header, so a misbehaving client gets throttled instead of hammering the database.',
      'For an hour the booking page sat at 9 s instead of the usual 400 ms.',
      'What I learned is that you should take heap dumps early instead of restarting pods.',
      'I thought it was the load balancer because we had changed its health checks that week.',
      'We kept tuning the job because the numbers still looked bad.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('balance', () => {
  it('calls an answer thin when its claims have no specifics, even with a few technical words', () => {
    const text =
      'The admin dashboard was slow and support kept complaining. We dug into it for a couple of days and found some bad queries. ' +
      'We added a few indexes and put some caching on top, and cleaned up a bunch of stuff on the frontend too. ' +
      'Pages felt way snappier after that and complaints dropped off a lot.';
    expect(content(text).balance.verdict).toBe('too-thin');
  });

  it('keeps a specific answer balanced', () => {
    const text =
      'The admin dashboard took eight seconds to load. I profiled it and found one query per row against the orders table, ' +
      'so I replaced it with a single join and added an index on merchant_id. Load time went from 8 s to 600 ms.';
    expect(content(text).balance.verdict).toBe('balanced');
  });

  it('keeps the action share a share: a one-word step beside a short sentence stays at most 1', () => {
    // Found by the property test: "built ." acted but was too short to count as a sentence.
    for (const text of ['built . we not um', 'Shipped. Then we fixed it all the way.'])
      expect(content(text).balance.actionSentenceShare).toBeLessThanOrEqual(1);
  });
});
