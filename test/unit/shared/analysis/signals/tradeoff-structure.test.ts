import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const content = (text: string, question = 'Tell me about a time you had to make a tough call.') =>
  analyzeAnswer({ text, context: { question } }).signals.content!;
const statesTradeoff = (text: string) => content(text).tradeoff.statesTradeoff;

describe('tradeoff: who chose, and whether the choice names its alternative or a reason', () => {
  it("hears a colleague's choice with its alternative, a compromise and scope sorted by need", () => {
    for (const text of [
      'Bruno from the data team proposed nightly snapshots instead of streaming, because the reports only ran once a day.',
      'Our PM agreed to launch with email receipts instead of the full PDF export.',
      'We argued for a week and compromised on a soft limit that warns before it blocks.',
      'I sorted the backlog into what the auditors needed and what was nice to have.',
      'The must-haves were the consent screen and the delete endpoint; the admin view could wait.',
      'I proposed we drop the bulk editor and ship the importer on time.',
      'Shadow traffic beats guessing, every time.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('hears a reason given before "so I went with", and a path set against another in other words', () => {
    for (const text of [
      'Redis was already in our stack and on call knew it, so I went with Redis for the locks.',
      'We dropped the vendor SDK in favour of plain HTTP calls.',
      'I weighed shipping on Friday against a week of soak time.',
      'Option A was a rewrite of the parser, option B a shim in front of it.',
      "I told my lead I'd rather keep the cron job for one more quarter.",
      'For the finance team a nightly file was good enough.',
      'I held off on the schema change until the freeze ended.',
      'We prioritized correctness over latency for the ledger writes.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('hears a cost said with a contraction or an adverb, a terse dropped "I", a dotted setting and a ruled-out path', () => {
    for (const text of [
      "Moving the archive to the hot tier would've probably quadrupled our storage bill.",
      'Could have pinned the old image, but then the CVE stays open for another month.',
      'We could have just bumped session.timeout.ms, but that hides the slow handler instead of fixing it.',
      "Running our own Consul was a risk we'd talked through and accepted for the first year.",
      'The shared cluster was booked until spring, so that was not an option for us.',
      'I proposed the refund bug first, the new report second, since finance closes the books on Friday.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not hear a choice in an option that was simply there, or a dotted name alone', () => {
    for (const text of [
      'The dashboard has an export option in the top corner.',
      'I bumped the spring.datasource.hikari pool size to forty.',
      'That was the first of two incidents, the second was smaller.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });

  it('does not take taking a job on, a plain decision or a number lowered after "so" for a choice', () => {
    for (const text of [
      'Nobody owned the nightly importer, so I picked it up.',
      'The primary was running hot at peak, so I decided we had to split the reads.',
      'The flushes were too slow at peak, so I dropped the interval to ten seconds.',
      "The first fix wasn't good enough, so I kept digging.",
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });

  it('hears a terse order chosen with its reason said just before', () => {
    const text =
      'Two asks landed the same week. The certificate expiry was a real risk, the vendor stopped renewals in May. ' +
      'The dashboard was a wish, nothing promised. I picked the certificate work first. Told the PM the new date.';
    expect(statesTradeoff(text)).toBe(true);
  });

  it('hears a step skipped on purpose with its reason', () => {
    expect(
      statesTradeoff(
        'I skipped the canary stage because the fix only touched a log line, and that was my mistake.',
      ),
    ).toBe(true);
  });

  it('does not take unnamed options, an empty reason or a gain for a tradeoff', () => {
    for (const text of [
      'We looked at a few options and went with BigQuery.',
      'I went with the billing bug first because it was more important.',
      'We decided to do the partner feature first because it was the most important thing.',
      'Deploys got faster because warm caches meant fewer image pulls.',
      'What I would change is build a cost model before picking a region.',
      'I diffed both paths on a million random inputs before the cutover.',
      'So, wait, I skipped something: earlier the DBA had warned me, because the index was huge.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('tangents: whether the sentence shares anything with the story', () => {
  it('hears company lore and a mood told as an aside', () => {
    const text =
      'Our export job for property managers timed out on large portfolios, and I owned the fix. ' +
      'The company began as a two-person web shop in 2011, and the founder still tells that story at every offsite party. ' +
      'I split the export into pages of five hundred rows and streamed them to S3. ' +
      'That was also the spring I took up climbing, so I was in a great mood the whole time. ' +
      'The export went from timing out to finishing in 40 seconds.';
    expect(content(text).tangents.tangents.map((t) => t.text)).toEqual([
      'The company began as a two-person web shop in 2011, and the founder still tells that story at every offsite party',
      'That was also the spring I took up climbing, so I was in a great mood the whole time',
    ]);
  });

  it("does not take the story's own topic or a time of the work for life outside it", () => {
    const text =
      'We built a rent export for landlords, and the first version timed out for the largest landlords. ' +
      'I rewrote the query to page through the ledger and added an index on the tenant id. ' +
      'We released it to twenty landlords first and then to everyone a week later. ' +
      'I was the lead for payments, so if it broke on the busiest weekend of the quarter, that was on me.';
    expect(content(text, 'Tell me about a project you are proud of.').tangents.tangents).toEqual(
      [],
    );
  });

  it('does not take a frequency of life for a measured result', () => {
    const text =
      'I moved the billing reports off the primary database onto a replica. ' +
      'That was when everyone got called back to the office four days a week, so the whole vibe was off. ' +
      'Report time dropped from 20 minutes to 3 minutes.';
    expect(content(text).tangents.tangents).toHaveLength(1);
  });
});

describe('tradeoff: the dilemma set out, an alternative weighed or turned down, paths compared', () => {
  it('hears the choice set out with its two paths', () => {
    for (const text of [
      'The call came down to between freezing the schema for a month or migrating it under load.',
      'I had to decide between a hotfix in 4.1 or a proper port to the new SDK.',
      'There was no way to ship both before the audit, so the bulk editor waited.',
      'We went back and forth between a cron job and a queue consumer for the reminders.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('hears an alternative weighed with hedges, or turned down with its reason', () => {
    for (const text of [
      'I briefly toyed with a read replica, but the lag would have broken the balance screen.',
      'We were tempted to write our own scheduler, but the managed one covered every case we had.',
      'I voted against the monorepo because our builds would have tripled.',
      'I pushed back on the live dashboard, since a daily email answered every question they had.',
      'The vendor fix was months out, so I decided not to wait for it.',
      'Our director wanted everything rewritten in Rust, and I argued for wrapping the old library.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('hears a path compared with another, a design with its reason, and a terse "instead of"', () => {
    for (const text of [
      'Pairing with each team for an afternoon worked better than any migration guide.',
      'I set it up so the client caches the config and reads it locally instead of asking the server each time, because a network call per request would have doubled our latency.',
      'Migrated their two repos myself instead of filing tickets with them.',
      'A patch with a public exploit beats a marketing date.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not take a result, a phrasal verb or a pushback with no path for a choice', () => {
    for (const text of [
      'Memory held at 300 MB instead of the two gigabytes it reached last spring.',
      'We went through the traces because nothing else was left to check.',
      'Nobody picked up the phone because it was a holiday.',
      'I pushed back a little in the meeting, but the date was already set.',
      'The catch up job ran twice after the clocks changed.',
      'The cache worked better than expected.',
      'Turned out the job ran twice instead of once.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('tradeoff: dissent from a path another party wanted', () => {
  it('hears "I disagreed, because" against a path wanted in the sentence before', () => {
    for (const text of [
      'Our director wanted every service on the new mesh by spring. I disagreed, because half of them were batch jobs that never call each other.',
      'The architect asked us to put the ledger on a document store. I objected, since the auditors needed joins across three tables.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('hears no choice in dissent without a reason, or without another party wanting a path', () => {
    for (const text of [
      'My lead wanted to rewrite the billing service in Go. I disagreed. We rewrote it anyway.',
      'I disagreed because the numbers looked off to me.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('tradeoff: session 7 classes', () => {
  it('hears a replaced path, a traded quality, a weighed-and-rejected path and a yes/no decision with a reason', () => {
    for (const text of [
      'We moved the nightly exports off the shared VM onto a managed scheduler, because nobody wanted to patch that box again.',
      'Our cache design traded strict consistency for speed on the read path.',
      'We looked at a graph database for the permissions and then ruled it out.',
      'The tough bit was deciding whether to replay the old webhooks at all, since half of them were stale.',
      'I thought pushing the schema change during the sale weekend was far too risky, so I waited.',
      'Omar suggested sharding the table, but I thought that only spreads the hot rows around, because every tenant hits the same key.',
      'So I made the call to fail over to the other region first and debug after, because we had no idea how long the fix would take.',
      'We fixed the query plan, not the instance size. A bigger box would just have delayed the next slowdown by a month.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('takes no finding, tool behaviour, measured comparison or fashion reason for a choice', () => {
    for (const text of [
      'I opened the scheduler code and found the cleanup ran every hour instead of after each batch.',
      'We reran the copy with a tool, which streams the rows in the background instead of locking the table.',
      'Tracing one request took twenty minutes versus about two minutes with the new logs.',
      'We went with the service mesh because it is the best practice for microservices.',
      'The old migration removed the flag but a rule that kept one tenant off stayed behind.',
      'Looking back I would only have changed the alert threshold.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});

describe('tradeoff: choices told without "instead" or "because" at their head', () => {
  it('hears a path wanted but not taken, part kept and the rest given up, and only-this-not-that', () => {
    for (const text of [
      "Ideally we'd have moved the reports to a warehouse, but that was a quarter nobody had, so the read replica took them.",
      'I would have preferred to rebuild the importer from scratch, but the contract ended in June.',
      'We migrated the twelve busiest tenants and deferred the remaining forty to the spring.',
      'I kept the webhook path and skipped everything else for the launch.',
      'The security lead and I decided to log only the request IDs and not the payloads.',
      'We shipped card payments. We dropped the wallet integration and kept bank transfers as the fallback.',
      'Half the build was the image step, and instead of adding runners we cached the base layers.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('hears "so instead of X, I Y" after a clause that gives its reason, and a mistake told of another clause', () => {
    for (const text of [
      "I couldn't get a change window before Monday, so instead of patching the kernel I drained the node and rescheduled the pods.",
      'I served the prices from a local cache instead of calling the pricing service on every page, and I set the expiry to a week, which was my mistake.',
    ])
      expect(statesTradeoff(text), text).toBe(true);
  });

  it('does not hear a cut that names nothing, a lesson to cut the rest, or a mistake told in the clause', () => {
    for (const text of [
      'We had to cut scope to make the date.',
      'We cut it down to the basics and kept going.',
      'The mistake was that I read the flag from the cache instead of the database.',
      'I went through the queue and we kept an eye on the lag.',
    ])
      expect(statesTradeoff(text), text).toBe(false);
  });
});
