import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const statesTradeoff = (text: string) =>
  analyzeAnswer({ text, context: { question: 'How did you scale a service?' } }).signals.content!
    .tradeoff.statesTradeoff;

describe('tradeoff: a design changed, told with the thing as subject', () => {
  it('hears "X was moved/keyed/switched to Y instead of Z" as a choice with its alternative', () => {
    for (const text of [
      'The session store was moved to DynamoDB instead of another Redis cluster.',
      'Retries were keyed on the order number rather than the request id.',
      'The nightly export switched from full dumps to incremental files rather than a bigger instance.',
      'The lookup became a single hash read instead of a join across the orders tables.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not take what a thing did instead of what it should for a choice', () => {
    for (const text of [
      'The heap sat around two gigs instead of climbing to eight.',
      'The job was running at midnight instead of after the load.',
      'The client was opening a connection per request instead of reusing one.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('tradeoff: the path not taken, with a contraction', () => {
  it('hears "I could\'ve just X, but" as a considered alternative', () => {
    expect(
      statesTradeoff(
        "I could've just doubled the pool size, but that only hides the leak for another week.",
      ),
    ).toBe(true);
    expect(statesTradeoff("I could've caught it in review.")).toBe(false);
  });
});

describe('tradeoff: paths priced, set as either/or, or a proposal turned down with its reason', () => {
  it('hears each as a tradeoff', () => {
    for (const text of [
      'Running our own cluster cost far more than the managed plan once you count the on-call time.',
      'Keeping both writers meant either a lock across two databases or living with a minute of drift.',
      'Our PM proposed skipping the canary to make the date, and I said no, since the last rollout without it took down login.',
      'I patched the writer, which makes every write an upsert, and instead of a full reindex, which would have tied up the cluster for a day, I wrote a small cleanup job.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not hear a refusal with no path proposed, or a plain cost', () => {
    for (const text of [
      'I said no to nobody and worked the weekend.',
      'The outage cost us a lot of money.',
      'We moved a bunch of stuff to phase two.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('balance: a design told with the thing as subject is no step of the speaker', () => {
  it('keeps an architecture tour with "X was moved to Y instead of Z" too-architecture', () => {
    const text =
      'The gateway is a Go service behind an Envoy sidecar, with gRPC ingress, a Redis cluster for rate limits and Kafka for audit events. ' +
      'Profiles were read from Aerospike with a ten millisecond budget over a pooled client. ' +
      'The rate limiter was moved to an in-process token bucket with write-behind to Redis instead of a Redis call per request. ' +
      'Kafka producers ran with zstd compression and a five millisecond linger. ' +
      'Autoscaling was keyed on in-flight requests rather than CPU through KEDA. ' +
      'The Aerospike namespace moved to NVMe nodes with a replication factor of two. ' +
      'Throughput went from 40,000 to 260,000 requests per second with p99 at 60 ms.';
    const c = analyzeAnswer({ text, context: { question: 'How did you scale a service?' } }).signals
      .content!;
    expect(c.tradeoff.statesTradeoff).toBe(true);
    expect(c.balance.verdict).toBe('too-architecture');
  });
});

describe('balance: an outcome undergone or a hedge is no action of the speaker', () => {
  it('does not count "we peaked at" or "I\'d say" as acting sentences', () => {
    const share = (text: string) =>
      analyzeAnswer({ text }).signals.content!.balance.actionSentenceShare;
    expect(share('On launch day we peaked at 31,000 requests per second. The cache held.')).toBe(0);
    expect(share("I'd say the cache layer was the main lesson. The cache held.")).toBe(0);
    expect(share('On launch day we sharded the cache. The cache held.')).toBe(0.5);
  });
});
