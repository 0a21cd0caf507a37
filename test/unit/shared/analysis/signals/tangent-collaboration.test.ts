import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const content = (text: string, question = 'Tell me about a time you improved performance.') =>
  analyzeAnswer({ text, context: { question } }).signals.content!;

describe('tangents', () => {
  it("hears a colleague's career told in passing as a tangent, and credits nobody for it", () => {
    const text =
      'Our checkout API had a p99 of 1.2 seconds and I owned the fix. I profiled the handler and found three sequential calls to the pricing service, so I made them concurrent. ' +
      'My colleague Marta, who started out as a chemistry teacher, did a coding bootcamp at thirty and got promoted to staff engineer in three years, which I think is an amazing career. ' +
      'She now runs a podcast for people changing careers. ' +
      'I rolled the change out behind a flag and p99 went from 1.2 seconds to 400 ms.';
    const c = content(text);
    expect(c.tangents.tangents).toHaveLength(1);
    expect(c.tangents.tangents[0].text).toMatch(/^My colleague Marta/);
    expect(c.collaboration.creditsPartners).toBe(false);
  });

  it('hears the speaker\'s own life ("my kitchen table", "my first espresso machine") and a "funny thing" aside', () => {
    const text =
      'The invoice job failed every night after the schema change. I traced it to a missing column in the export query and added it back. ' +
      'That whole week my car was at the garage, so I was debugging from my kitchen table. ' +
      'I added a check to CI so a schema change now fails the export test before it merges.';
    const t = content(text).tangents.tangents;
    expect(t).toHaveLength(1);
    expect(t[0].text).toMatch(/my kitchen table/);
    const aside =
      'I moved the report generation to a queue and it stopped timing out. ' +
      'Funny thing, the analyst who asked for it and I now play chess every Thursday. ' +
      'The report has run on time every day since.';
    expect(content(aside).tangents.tangents).toHaveLength(1);
  });

  it('does not take a verb or a server for life outside the work', () => {
    const text =
      'The render service kept running out of memory. I could have thrown bigger boxes at it, but the leak grows with every request. ' +
      'I profiled it, found the cache with no eviction and capped it. ' +
      'What I took from it: if you want a fix to stick, you have to drive it yourself.';
    expect(content(text).tangents.tangents).toEqual([]);
  });

  it('finds an aside opened in the middle of a run-on sentence', () => {
    const text =
      'so i was on the billing team and invoices were going out late and i traced it to the nightly batch and um i split the batch per region ' +
      'and by the way i was training for a half marathon back then so i was pretty tired every morning and anyway the invoices went out on time after that';
    const { tangents } = content(text).tangents;
    expect(tangents).toHaveLength(1);
    expect(tangents[0].text).toMatch(/^by the way i was training/);
  });

  it('does not take the workplace, a time of day or a measured result for life outside the work', () => {
    const text =
      'So this was at a small travel startup, the search page took four seconds to load. ' +
      'I traced the slow part to a per-listing query and batched it over the weekend. ' +
      'By lunch on Monday the page loaded in 600 ms, and the hosting bill dropped by $2,000 a month once we shut the spare boxes down.';
    expect(content(text).tangents.tangents).toEqual([]);
  });

  it('hears a "by the way" aside about home as a tangent even when a joke borrows a work word', () => {
    const text =
      'Our mobile sync endpoint timed out for users with big libraries. I paged through the query plans and found a sort on an unindexed column, so I added a composite index. ' +
      'By the way, my toddler figured out how to unlock the balcony door that month, which was a whole outage of its own at home. ' +
      'Sync for the biggest libraries went from forty seconds to under two.';
    const t = content(text).tangents.tangents;
    expect(t).toHaveLength(1);
    expect(t[0].text).toMatch(/^By the way, my toddler/);
    const onTopic =
      'I added a composite index for the sync query. By the way, that index also sped up the export job, which shares the same query. ' +
      'Sync went from forty seconds to under two.';
    expect(content(onTopic).tangents.tangents).toEqual([]);
  });

  it('keeps an announced aside that explains the story in the story', () => {
    const text =
      'I ran the update by hand in a console, which, side note, the production console was a tab right next to staging, and I forgot the WHERE clause. ' +
      'I flipped the flag back within minutes and wrote a CLI that shows the row count before it commits. ' +
      'The console now shows staging and production in different colours, so the tab is obvious.';
    expect(content(text).tangents.tangents).toEqual([]);
  });
});

describe('collaboration', () => {
  it('credits a group, a colleague met before, and a person reached in lower-case speech', () => {
    expect(
      content(
        'I rewrote the ranking query. The experiments team ran an A/B test for us and conversion went up 4%.',
      ).collaboration.creditsPartners,
    ).toBe(true);
    expect(
      content(
        'I wrote up the outbox design and took it to our staff engineer. She pointed out that support needed the history, and she designed the history table.',
      ).collaboration.creditsPartners,
    ).toBe(true);
    expect(
      content(
        'i moved the offset past the bad message and then i paged anouk from the orders team and she patched the validation that night',
      ).collaboration.creditsPartners,
    ).toBe(true);
  });

  it('credits a named person with any step they took, not with a fault or a wish', () => {
    expect(
      content(
        'Karen, our PM, negotiated the scope down to the export alone. I built the endpoint and Dana rewrote the client retries.',
      ).collaboration.creditsPartners,
    ).toBe(true);
    for (const text of [
      'Our new architect, Gregor, wanted to split billing into its own service.',
      'I shipped the index on Tuesday, and Black Friday went fine.',
      'The deploy failed because Tomasz broke the build config.',
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(false);
  });

  it('does not credit a workplace, a team at fault, a stance or a word the tagger takes for a name', () => {
    for (const text of [
      'At Brightcart I ran a schema migration during business hours and it locked the table.',
      'But the data team gave us very bad data, always missing fields.',
      'I had to convince the PM, Jorge, who really wanted route editing, so I walked him through the conflicts.',
      'The lesson I took is that staging tells you whether a backfill is correct, not whether it is safe.',
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(false);
  });
});

describe("collaboration and hero over the answer's actions", () => {
  it('credits a person placed in a department who did something', () => {
    const text =
      'The export totals were off by a few cents. Marta in accounting sent me forty statements she had checked by hand, so I could test against real cases.';
    expect(content(text).collaboration.creditsPartners).toBe(true);
  });

  it('credits a group named just before "they" and a team working alongside the speaker', () => {
    for (const text of [
      'I wrote the ranking job and tuned it with our support team, they pulled three hundred tickets with the answers customers expected.',
      "I wrote the client library while Oksana's team ported the billing service to it.",
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(true);
    expect(
      content(
        'There was the identity team, they own the login service, and they never answered our tickets.',
      ).collaboration.creditsPartners,
    ).toBe(false);
  });

  it('counts terse steps told without a subject as the speaker acting alone', () => {
    const text =
      'Checkout errors spiked on a Sunday and support escalated it to me; the team was offline and the other engineers never answered. ' +
      'Pulled the error logs. Found a null price on one product. Patched the serializer. Wrote a test for it. ' +
      'Deployed the fix. Checked the dashboards. Emailed the affected customers. Wrote the incident report on Monday.';
    expect(content(text).collaboration.hero).toBe(true);
  });

  it('does not count a "we" the speaker reports deciding, or the company in the opening, as the team acting', () => {
    const text =
      'At Lumen we won a contract that would double our traffic. My manager told me to keep the API up, and the SRE team and the other engineers were busy on a launch. ' +
      'I decided we had to add read replicas. I wrote the routing layer. I set up the replicas. I moved the reports to them. ' +
      'I tested the cluster under load. I rewrote the slowest query. I briefed the support team. I ran the cutover at night.';
    expect(content(text).collaboration.hero).toBe(true);
  });

  it('hears a claim of working alone told after the step ("I load tested it alone")', () => {
    const text =
      'Our search page timed out during sales and the platform team had it on their backlog for months. ' +
      'I profiled it over a weekend and rebuilt the index, and I load tested it alone against recorded traffic. ' +
      'Then I shipped it while the product managers watched the dashboard.';
    expect(content(text).collaboration.hero).toBe(true);
  });

  it('does not take a rhetorical question about working alone for a claim', () => {
    const text =
      'Our manager set a date nobody agreed to and the contractors were new. We migrated the first jobs and hit a wall. ' +
      'Was I supposed to rewrite the rest by myself over the weekend? The project was paused after that.';
    expect(content(text).collaboration.hero).toBe(false);
  });
});

describe('partners in lower case, beside a role, or sharing the work; words the tagger takes for names', () => {
  it('credits a colleague placed "on" a team, one met "to" do the work, a pronoun with an adverb and work split among us', () => {
    for (const text of [
      'I capped the retries in the shared client. marisol on the payments team rewrote their fallback to serve the cached quote.',
      'I wrote the adapter and then sat with their tech lead, Bogdan, to wire it into the billing worker over a week.',
      'I told our ops manager jelena that the import would slip, and she actually rebuilt the carrier schedule around it.',
      'We had three hundred broken images, so we divided the list among the five of us and fixed them in a day.',
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(true);
  });

  it('does not credit a meeting, a plan that "worked with" the cuts, or a lesson the tagger reads as a name', () => {
    for (const text of [
      'I went over and sat with their lead, Agnieszka. I moved the batch job off the primary myself.',
      'I told my manager the date only worked with the smaller scope, and I rewrote the exporter.',
      'I rebuilt the cache warmer. Lesson for me is to measure before guessing.',
      'Next time I would prototype it first in a short spike before building anything.',
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(false);
  });
});

describe('tangents: a time of the work and a term of the work are not life', () => {
  it('does not take "before a holiday", "the rest of the weekend" or "a round trip" for life outside the work', () => {
    const text =
      'I owned the release of the payments service. ' +
      'We were asked to ship it on a Thursday before a holiday. ' +
      'I added a canary stage and a rollback script to the pipeline. ' +
      'The mobile client said that would cost them one more round trip on slow networks, so I batched the calls. ' +
      'The rest of the weekend was quiet. ' +
      'Errors stayed under 0.1% after the release.';
    expect(content(text).tangents.tangents).toEqual([]);
  });

  it('still hears a trip taken outside the work', () => {
    const text =
      'I owned the release of the payments service. ' +
      'I added a canary stage and a rollback script to the pipeline. ' +
      'My sister and I went on a road trip to the coast that month, which was lovely. ' +
      'Errors stayed under 0.1% after the release.';
    expect(content(text).tangents.tangents).toHaveLength(1);
  });
});

describe("collaboration: a partner's idea or point credited", () => {
  it('credits an idea or a point the speaker took from a colleague', () => {
    for (const text of [
      "I wanted one queue for everything. Tomasz's point was that one slow tenant would stall the rest, which was fair, so I split the queues.",
      'I rewrote the importer in Go. Batching the writes was a great idea from her, and it halved the run.',
      "I moved the cron to the scheduler, and keeping the old one as a fallback was Ines's suggestion.",
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(true);
  });

  it("does not credit another party's idea the speaker judges badly", () => {
    for (const text of [
      "The vendor's idea was to raise our rate limit, which would have cost us twice as much. I cached the lookups instead.",
      'My plan was to shard by region. I migrated the first region over a weekend.',
    ])
      expect(content(text).collaboration.creditsPartners, text).toBe(false);
  });
});

describe('tangents: session 7 classes', () => {
  const story =
    'Our billing export timed out every night once the invoices table passed ten million rows. I profiled the query and added an index on the account and period columns. ';
  const end = ' After the index the export finished in four minutes instead of forty.';
  it('hears a life event told with generic words, an aside with an amount, and a relative by possessive', () => {
    for (const aside of [
      'I was also moving flats around then, so it was a rough few weeks.',
      "By the way, I'd bet ten bucks on a horse that afternoon and it lost, so not my day.",
      "I remember it because I was at my nephew's football game, typing on my phone in the stands.",
      'My partner and I both go cycling after work, so we always had something to chat about.',
    ]) {
      const t = content(story + aside + end).tangents.tangents;
      expect(t, aside).toHaveLength(1);
      expect(t[0].text, aside).toContain(aside.slice(0, 20));
    }
  });

  it('keeps a work event, a frequency of the work and a metric "climbing" in the story', () => {
    for (const line of [
      'I also ran a lunch and learn on reading query plans.',
      'The lesson is that fixing it early beats patching it every weekend.',
      'I checked the stats and saw lock waits climbing.',
    ])
      expect(content(story + line + end).tangents.tangents, line).toHaveLength(0);
  });
});

describe('collaboration: a colleague named at the start of a sentence with a verb of help', () => {
  it('credits "Tunde reviewed the change" and not a tool, a department or "whoever"', () => {
    const base =
      'I rewrote the retry logic in the export worker so a timeout no longer drops the batch. ';
    const credits = (line: string) => content(base + line).collaboration.partners.length > 0;
    expect(credits('Tunde reviewed the change and added a test for the empty batch.')).toBe(true);
    expect(credits('Whoever wrote it never ran it against real data.')).toBe(false);
    expect(credits('Support caught it within an hour, and support told the customer.')).toBe(false);
  });
});

describe('collaboration: a delay is no part in the work', () => {
  it('does not credit "the DBA took two days to answer", and still credits "the DBA took over the rollback"', () => {
    const base = 'I found the lock on the orders table and killed the blocking session. ';
    const credits = (line: string) => content(base + line).collaboration.partners.length > 0;
    expect(credits('The DBA on call took two days to even answer the ticket.')).toBe(false);
    expect(credits('Our DBA took over the rollback while I wrote the fix.')).toBe(true);
  });
});

describe('collaboration: a colleague named inside a blamed phrase is not credited', () => {
  it('credits nobody for a sarcastic account of what a colleague did, and still credits help', () => {
    const story =
      'The nightly export broke on release day. I found the rename in the schema log and added a view with the old names.';
    const blamed =
      ' Marco from the data team decided it was a great time to rename the columns an hour before the release, without telling anyone. Classic Marco.';
    const helped =
      ' Marco from the data team reviewed the view and added a test for the old names.';
    expect(content(story + blamed).collaboration.partners).toHaveLength(0);
    expect(content(story + helped).collaboration.partners.length).toBeGreaterThan(0);
  });
});

describe('collaboration: a lower-case name opening a clause before a verb of help', () => {
  it('credits "and tomasz wrote the backfill", not "nothing ran" nor a hyphenated verb', () => {
    const base = 'so the ledger export was failing every night and i owned the fix ';
    const credits = (line: string) => content(base + line).collaboration.partners.length > 0;
    expect(
      credits('i rewrote the batching and tomasz wrote the backfill for the missed days'),
    ).toBe(true);
    expect(credits('when the box died nothing ran and nobody knew until a customer rang')).toBe(
      false,
    );
    expect(credits('i put it behind a flag and load-tested it against real traffic')).toBe(false);
  });
});

describe('tangents: more asides and more of life', () => {
  const story =
    'Our billing export timed out every night once the invoices table passed ten million rows. I profiled the query and added an index on the account and period columns. ';
  const end = ' After the index the export finished in four minutes instead of forty.';
  it('hears "funnily enough" and "on a personal note" asides, and a weekend of tennis', () => {
    for (const aside of [
      'Funnily enough, the analyst who found it and I grew up on the same street.',
      'On a personal note, that was the month my twins started walking.',
      'I spent the whole weekend after that playing tennis with my father.',
    ]) {
      const t = content(story + aside + end).tangents.tangents;
      expect(t, aside).toHaveLength(1);
    }
  });
});
