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

describe('tradeoff: choice, alternative and reason or cost in other shapes', () => {
  it('hears a path judged outright, a rejected path, a compared path and a cost accepted', () => {
    for (const text of [
      'Honestly I felt moving everything to microservices was overkill for a team of four.',
      'My view was different: I thought a full rewrite was the wrong call and said so.',
      'We could have just added more replicas, but the lock contention grows with every writer.',
      'Reading the logs end to end worked far better than guessing at the config.',
      'Going with the managed queue meant giving up ordering per customer.',
      "I didn't want to touch the billing code right before the audit, so I wrote a shim around it.",
      'I removed the CSV export and kept the two reports finance reads every morning.',
      'Nightly sync means the numbers lag by a day; accepted that.',
      'We batch per tenant, not per request, and the queue stays short.',
      'I pushed for a feature flag first, because the rollback path was untested.',
      'The debate was buying a vendor tool or writing our own, and we ended up writing it because of the price.',
      'Most of the polish got cut, since the payment flow had to be ready first.',
      'We cache quotes for a minute because a slightly stale quote is fine for browsing.',
      'I put a limiter in front of the writer, and when it trips a request waits in a retry queue instead of failing.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not take a plan for next time, a mistake, what a program did or a check for a choice', () => {
    for (const text of [
      "Next time I'd write the migration plan first instead of starting with the tooling.",
      'The bug was a typo: I joined on created_at instead of paid_at.',
      'It turned out the worker was opening a new connection per job instead of using the pool.',
      'After that, pages loaded in under a second instead of half a minute.',
      'I took two thread dumps a minute apart and compared them side by side in the profiler.',
      'That mistake cost us a day of refunds, and I wrote the postmortem.',
      'The cost went from $9k a month to $4k after the move.',
      'I was the incident lead even though half the services were not ours.',
      'Honestly that one was on them, not on us.',
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

  it('counts a stated decision as the speaker acting, so reasoning about a design is not system description', () => {
    const text =
      'Maya, our architect, wanted to split the ledger into five microservices behind Kafka with a separate Postgres schema each. ' +
      'I thought that was premature for a team of four. ' +
      'The bottleneck was one shared table with lock contention on every write, not the deploy pipeline. ' +
      'Separate services would keep the shared schema and add network latency and retries on top. ' +
      'Proposed module boundaries inside the monolith first, with an import linter in CI. ' +
      'She agreed to try it for a quarter.';
    expect(content(text).balance.verdict).toBe('balanced');
  });

  it('measures a transcript without full stops clause by clause', () => {
    const text =
      'so the pipeline is s3 uploads triggering a lambda that writes jobs to sqs and a fleet of ec2 workers pulls from the queue ' +
      'and the workers write renditions back to s3 and a manifest service writes a row to dynamodb and cloudfront serves the hls playlists ' +
      'and the autoscaling group scales on queue depth with a five minute cooldown and the visibility timeout on the queue was thirty minutes ' +
      'and we changed the visibility timeout and stuck videos went away';
    expect(content(text).balance.verdict).toBe('too-architecture');
  });

  it('keeps the action share a share: a one-word step beside a short sentence stays at most 1', () => {
    // Found by the property test: "built ." acted but was too short to count as a sentence.
    for (const text of ['built . we not um', 'Shipped. Then we fixed it all the way.'])
      expect(content(text).balance.actionSentenceShare).toBeLessThanOrEqual(1);
  });
});
