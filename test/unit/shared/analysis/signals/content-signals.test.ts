import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const content = (text: string, question?: string) =>
  analyzeAnswer({ text, context: { question } }).signals.content!;

describe('content signals', () => {
  it('hears "we looked" and "we talked about" said three times each, and counts crutch words', () => {
    const text =
      'So we looked at the queue first. Basically we talked about the retries and we looked at the logs. ' +
      'Then we talked about the cache, basically, and we looked at the dashboards. We talked about it again. ' +
      'Basically the consumer was slow.';
    const r = content(text).repetition;
    const phrases = r.repeatedPhrases.map((p) => p.phrase);
    expect(phrases).toContain('we looked at');
    expect(phrases).toContain('we talked about');
    expect(r.repeatedPhrases.find((p) => p.phrase === 'we looked at')!.at).toHaveLength(3);
    expect(r.crutchWords).toContainEqual({ word: 'basically', count: 3 });
    expect(r.repetitive).toBe(true);
  });

  it('does not count a topic noun said often as repetition', () => {
    const text =
      'The cache was cold. I warmed the cache from a snapshot. The cache hit rate went from 40% to 90%.';
    expect(content(text).repetition.repeatedPhrases).toEqual([]);
  });

  it('finds a stated tradeoff, and says when there is none', () => {
    const said = content(
      'I considered sharding the table, but that meant a migration we could not staff. Instead of sharding I added a read replica, and we accepted a few seconds of lag.',
    ).tradeoff;
    expect(said.statesTradeoff).toBe(true);
    expect(said.evidence.length).toBeGreaterThan(0);
    const none = content(
      'I added a read replica. The latency went from 900 ms to 120 ms.',
    ).tradeoff;
    expect(none.statesTradeoff).toBe(false);
    // A result compared with a number is not a choice.
    expect(content('We peaked at 3,400 requests instead of 12,000.').tradeoff.statesTradeoff).toBe(
      false,
    );
  });

  it('credits a named partner with their contribution, and calls a solo story told over a team a hero story', () => {
    const credited = content(
      'I wrote the relay, and Priya from the data platform team reworked the consumer. Kenji reviewed the migration.',
    ).collaboration;
    expect(credited.creditsPartners).toBe(true);
    expect(credited.hero).toBe(false);
    const hero = content(
      'The whole team was stuck and the other engineers had no idea. I found the leak. I rewrote the pool. I added the alert. I ran the load test. I shipped the fix by myself over the weekend while the team watched.',
    ).collaboration;
    expect(hero.creditsPartners).toBe(false);
    expect(hero.hero).toBe(true);
    // Kafka is a tool, not a partner.
    expect(content('I moved the consumer to Kafka from our queue.').collaboration.partners).toEqual(
      [],
    );
  });

  it('marks a sentence about life outside the story as a tangent, not the story itself', () => {
    const text =
      'I owned the checkout service when p99 latency doubled. I traced it to a missing index on the orders table. ' +
      'Funny enough, that was the week our office moved floors, so we sat between boxes. ' +
      'I added the index online and p99 went back from 900 ms to 200 ms.';
    const { tangents } = content(text, 'Tell me about a performance problem you solved.').tangents;
    expect(tangents).toHaveLength(1);
    expect(tangents[0].text).toMatch(/^Funny enough/);
  });

  it('tells too much architecture and too thin from a balanced answer', () => {
    const architecture = content(
      'Our platform is an event-driven architecture. There is an ingestion layer of stateless API pods behind Envoy, publishing to Kafka topics partitioned by tenant. ' +
        'A consumer group resolves preferences from a Cassandra cluster, and channel workers have retry topics and dead-letter queues. ' +
        'Everything runs on Kubernetes with autoscaling on consumer lag. It scaled well.',
    ).balance;
    expect(architecture.verdict).toBe('too-architecture');
    const thin = content(
      'My manager wanted it shipped. I pushed back a few times. In the end we shipped it and there were issues. I learned to communicate more.',
    ).balance;
    expect(thin.verdict).toBe('too-thin');
  });
});
