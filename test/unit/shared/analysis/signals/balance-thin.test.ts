import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const balance = (text: string) => analyzeAnswer({ text }).signals.content!.balance.verdict;

/** A scope story told in its own domain's words, with few technical terms and no number. */
const SCOPE =
  'We were rebuilding the gift card flow for a florist chain, and the old payment SDK was being retired in June. ' +
  'Five weeks out I listed every piece with an estimate and sat down with our PM to sort them. ' +
  'Split payments, reloading a card and the balance history page went to the later pile. ' +
  'We kept buying and redeeming a card, because that was what every shop needed on day one. ' +
  'I kept the redeem endpoint idempotent even though it cost us three days, since a double redeem was the one failure we could not afford. ' +
  'We launched two days early and split payments followed a month later.';

describe('balance: too-thin is few terms with the claims left vague', () => {
  it('does not call a specific scope story thin for having few technical terms', () => {
    expect(balance(SCOPE)).toBe('balanced');
  });

  it('calls the same few terms thin once the claims go vague', () => {
    const text =
      'We were rebuilding the gift card flow and the old payment SDK was being retired. ' +
      'There was a lot of stuff to do and some problems with the endpoint, so we cut some things. ' +
      'We handled it and it went pretty well in the end, and everyone was happy with how it turned out.';
    expect(balance(text)).toBe('too-thin');
  });

  it('counts store and tool names as a transcriber spells them', () => {
    const text =
      'so we moved the nightly export off post grass into s three as parquet files, ran it from air flow, ' +
      'and put the new path behind a flag for the first three customers';
    expect(analyzeAnswer({ text }).signals.specificity.distinctTerms).toBeGreaterThanOrEqual(5);
  });
});

describe('balance: a choice stated is engineering judgement, not a thin answer', () => {
  it('does not call a vague answer thin when it states a choice with its alternative and reason', () => {
    const text =
      'Our team was doing the new loyalty thing for the bakery app and there was a lot of stuff going on. ' +
      'We had some problems with the dates and things, it was kind of messy. ' +
      'I argued against the referral bonus because every bakery needed the stamp card first, and we shipped the stamp card alone. ' +
      'It went pretty well and people were happy.';
    expect(balance(text)).toBe('balanced');
  });

  it('still calls it thin when the choice names no path or gives only fashion for a reason', () => {
    for (const text of [
      'Our team was doing the new loyalty thing for the bakery app and there was a lot of stuff going on. ' +
        'We had some problems with the dates and things, it was kind of messy, so we cut a bunch of stuff. ' +
        'It went pretty well and people were happy.',
      'Our team was doing the new loyalty thing for the bakery app and there was a lot of stuff going on. ' +
        'We decided to use GraphQL because it is the modern one. ' +
        'We had some problems with the dates and things, it was kind of messy. ' +
        'It went pretty well and people were happy.',
    ])
      expect(balance(text), text).toBe('too-thin');
  });
});

describe('balance: engineering only in the setting', () => {
  const SETTING =
    'Our checkout depended on the fraud team for the risk score API, the webhook retries and the Redis rate limiter. ' +
    'We needed them to add a batch endpoint so the mobile app would stop timing out on the Kafka consumer lag. ';

  it("calls it thin when none of the speaker's own steps carries a technical term", () => {
    const text =
      SETTING +
      'I opened a ticket and nobody looked at it for weeks. ' +
      'So I escalated to their manager and pinged their channel every other day. ' +
      'Eventually they got it done and everyone was happy.';
    expect(balance(text)).toBe('too-thin');
  });

  it("does not when the speaker's steps are engineering", () => {
    const text =
      SETTING +
      'I wrote the batch endpoint against their schema and opened a pull request into their repo. ' +
      'Then I added a cache in front of the risk score API and a retry budget on the webhook client. ' +
      'Eventually they merged it and everyone was happy.';
    expect(balance(text)).toBe('balanced');
  });
});

describe('balance: too-architecture needs a system described, and fewer acts once a result is measured', () => {
  it('does not call one topic repeated (a certificate, again and again) architecture', () => {
    const text =
      'The certificate on the gateway expired on a Sunday. The certificate was issued by the old SSL vendor. ' +
      'The certificate renewal lived in a cron nobody owned. The gateway rejected every request after the certificate expired. ' +
      'The gateway team was asleep. We renewed the certificate and things were better.';
    expect(balance(text)).not.toBe('too-architecture');
  });

  it('does not call an answer with measured results and a fifth of the pieces acting architecture', () => {
    const text =
      'The search indexer read from Kafka and wrote bulk requests to an Elasticsearch cluster of six nodes. ' +
      'Each partition had its own consumer, and a circuit breaker sat in front of the bulk API. ' +
      'Backpressure from the cluster slowed the consumers when the nodes were busy. ' +
      'I added a bounded queue between the consumer and the bulk writer, and I tuned the batch size. ' +
      'Availability went from 99.5% to 99.95%, and incidents dropped from nine a month to one.';
    expect(balance(text)).toBe('balanced');
  });

  it('still calls a system tour with no result and almost no acts architecture', () => {
    const text =
      'The ingest path is an Envoy gateway in front of gRPC services on Kubernetes. ' +
      'Events go through Kafka with twelve partitions into Flink jobs that write Parquet to S3. ' +
      'A Trino cluster reads the Parquet tables, and Redis caches the hot aggregates for the API. ' +
      'Schema changes go through a registry with Avro, and Airflow runs the compaction DAGs nightly. ' +
      'I worked on the Flink part.';
    expect(balance(text)).toBe('too-architecture');
  });
});
