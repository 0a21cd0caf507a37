import { describe, expect, it } from 'vitest';
import { flagsPhrase } from './helpers';

/** Outcomes told as what did not happen, and phrases whose role makes them no vague claim. */
describe('vague: outcomes told as what did not happen', () => {
  const setup =
    'Our warehouse team printed pick lists by hand every morning. My task was to replace that. ' +
    'I wrote a scanner app on the handhelds and synced it with the stock service. ';

  it('flags a party that did not take the work up, with no number', () => {
    const text = setup + 'We launched it in spring. In the end the pickers never really opened it.';
    expect(flagsPhrase(text, 'vague', 'never really opened it')).toBe(true);
    const nobody =
      setup + 'We launched it in spring. In the end no one was actually touching it by summer.';
    expect(flagsPhrase(nobody, 'vague', 'no one was actually touching it')).toBe(true);
    const unnoticed =
      setup + 'We switched over on a Sunday night. As a result the drivers did not even notice.';
    expect(flagsPhrase(unnoticed, 'vague', 'did not even notice')).toBe(true);
  });

  it('flags a piece of work whose fate is told negated', () => {
    const text = setup + 'We launched it in spring. In the end it never really caught on.';
    expect(flagsPhrase(text, 'vague', 'never really caught on')).toBe(true);
    const worry =
      setup + 'We launched it in spring. In the end the battery worry never became a problem.';
    expect(flagsPhrase(worry, 'vague', 'never became a problem')).toBe(true);
  });

  it('flags a party taking the work up, with no count', () => {
    const text = setup + 'We launched it in spring. In the end the pickers adopted it.';
    expect(flagsPhrase(text, 'vague', 'adopted it')).toBe(true);
    const counted = setup + 'We launched it in spring. In the end 41 of 50 pickers adopted it.';
    expect(flagsPhrase(counted, 'vague', 'adopted it')).toBe(false);
  });

  it('does not flag the same words in the setup or as a relative clause', () => {
    const before =
      'The nightly export had been dropping rows for months and nobody noticed. My task was to ' +
      'find out why. I diffed the export against the source tables and found a bad join.';
    expect(flagsPhrase(before, 'vague', 'nobody noticed')).toBe(false);
    const relative =
      setup + 'The part I like most is a cutover nobody noticed, which was the whole point.';
    expect(flagsPhrase(relative, 'vague', 'nobody noticed')).toBe(false);
  });

  it('does not flag a negated outcome that carries its number', () => {
    const text =
      setup +
      'We launched it in spring. Only 40 of the 300 pickers never opened it after week one.';
    expect(flagsPhrase(text, 'vague', 'never opened it')).toBe(false);
  });

  it('does not flag the speaker not doing something', () => {
    const text = setup + 'We launched it in spring. I never worked on the old lists again.';
    expect(flagsPhrase(text, 'vague', 'never worked')).toBe(false);
  });
});

describe('vague: phrases whose role is not a claim of the speaker', () => {
  it('does not flag "stuff" that another party handles, in a lesson or in the story', () => {
    const lesson =
      'The carrier changed their label format without notice. I patched our parser the same ' +
      'day. What I took away is that vendors should warn us before they rename stuff.';
    expect(flagsPhrase(lesson, 'vague', 'stuff')).toBe(false);
    const relative =
      'The rollout slipped twice. I moved the launch. I learned to ask the folks who actually ' +
      'run the stuff before I promise a date.';
    expect(flagsPhrase(relative, 'vague', 'stuff')).toBe(false);
    const own =
      'I asked the mobile squad for a review, but they were buried in their own stuff, so I ' +
      'paired with Ines instead.';
    expect(flagsPhrase(own, 'vague', 'stuff')).toBe(false);
  });

  it('still flags "stuff" standing in for what the speaker did', () => {
    const text =
      'The carrier changed their label format. I patched our parser and cleaned up stuff in ' +
      'the importer. It worked again by noon.';
    expect(flagsPhrase(text, 'vague', 'stuff')).toBe(true);
  });

  it('flags an amount and the placeholder closing its list as one phrase', () => {
    const text =
      'The kiosk app crashed at lunch. I owned the fix. I added lots of logging and stuff like ' +
      'that, and the crashes stopped.';
    expect(flagsPhrase(text, 'vague', 'lots of logging and stuff like that')).toBe(true);
  });

  it('does not flag an option described in a relative clause', () => {
    const text =
      'Image uploads stalled on mobile. I had to pick a transport. I weighed chunked uploads to ' +
      'our API, which is simpler, against presigned bucket URLs, and picked the URLs because ' +
      'they skip our servers. Uploads now finish in 4 seconds instead of 20.';
    expect(flagsPhrase(text, 'vague', 'is simpler')).toBe(false);
    const past =
      'The pricing engine was a rules DSL. I replaced it with a plain lookup table, which was ' +
      'far less elegant, but support could edit it. Pricing tickets fell from 30 a week to 4.';
    expect(flagsPhrase(past, 'vague', 'less elegant')).toBe(false);
  });

  it('does not flag what another party failed to do as the speaker vague action', () => {
    const text =
      'Our label printer SDK leaked handles. The vendor never fixed the issues we filed, so I ' +
      'wrapped their client in a pool that recycles it every hour.';
    expect(flagsPhrase(text, 'vague', 'fixed the issues')).toBe(false);
  });

  it('does not flag a vague verb whose steps are listed right after it', () => {
    const text =
      'Refunds doubled on retries. Kofi and I sorted it that week, we stored the request key, ' +
      'and we rejected repeats in the refund handler.';
    expect(flagsPhrase(text, 'vague', 'sorted it')).toBe(false);
    const found =
      'Refunds doubled on retries. I read the handler and found it reused a stale request key.';
    expect(flagsPhrase(found, 'vague', 'found it')).toBe(false);
  });

  it('still flags a vague verb followed by an unrelated next step', () => {
    const text =
      'Requirements kept moving every sprint. I handled it and we shipped the portal in May.';
    expect(flagsPhrase(text, 'vague', 'handled it')).toBe(true);
  });

  it('does not flag looking into it when what was found follows with a hedge', () => {
    const text =
      'Invoices came out a cent off. I dug into it and I think it was the tax being rounded ' +
      'twice, so I moved the rounding to the end.';
    expect(flagsPhrase(text, 'vague', 'dug into it')).toBe(false);
  });
});

describe('vague: states and comparisons with no measure', () => {
  const setup =
    'Our clinic booking site timed out every Monday morning. I had to fix it before the flu ' +
    'season. I moved the slot search to a read replica and cached the doctor calendars. ';

  it('flags a level compared with what was expected, with no number', () => {
    const text = setup + 'In the end, phone bookings were far higher than planned.';
    expect(flagsPhrase(text, 'vague', 'far higher than planned')).toBe(true);
    const measured = setup + 'In the end, phone bookings were 40% higher than planned.';
    expect(flagsPhrase(measured, 'vague', 'higher than planned')).toBe(false);
  });

  it('flags holding up fine through a period', () => {
    const text = setup + 'In the end the site held up fine through the whole flu season.';
    expect(flagsPhrase(text, 'vague', 'held up fine')).toBe(true);
  });

  it("flags a party's feeling about an activity", () => {
    const text = setup + 'In the end the support folks were much less anxious rescheduling.';
    expect(flagsPhrase(text, 'vague', 'less anxious rescheduling')).toBe(true);
    const reason =
      setup + 'The nurses were anxious, so I ran a dry run with them first. Bookings took 2 s.';
    expect(flagsPhrase(reason, 'vague', 'anxious')).toBe(false);
  });
});

describe('vague: more shapes of a claim with no specifics', () => {
  const setup =
    'The nightly invoice export kept failing at month end. My job was to make it finish. ' +
    'I split the export per region and streamed rows instead of building one file. ';

  it('flags talking to nobody in particular, about nothing in particular', () => {
    const text = setup + 'Before that I met with some folks. The export then ran in 12 minutes.';
    expect(flagsPhrase(text, 'vague', 'met with some folks')).toBe(true);
    const named =
      setup + 'Before that I met with some folks from finance and explained the region split.';
    expect(flagsPhrase(named, 'vague', 'met with some folks')).toBe(false);
  });

  it('flags a second comparison by degree listed after the first', () => {
    const text = setup + 'In the end month end got much calmer, far less tense, and nobody paged.';
    expect(flagsPhrase(text, 'vague', 'far less tense')).toBe(true);
  });

  it('flags a bare "it worked" and a state reached by "turned out"', () => {
    const worked = setup + 'We shipped it in March. In the end it kind of worked, more or less.';
    expect(flagsPhrase(worked, 'vague', 'worked')).toBe(true);
    const turned = setup + 'We shipped it in March. The new export turned out super tidy.';
    expect(flagsPhrase(turned, 'vague', 'super tidy')).toBe(true);
    const scoped = setup + 'We shipped it in March. It worked for the small regions first.';
    expect(flagsPhrase(scoped, 'vague', 'worked')).toBe(false);
    const finding = setup + 'It turned out the tax service was timing out on every tenth call.';
    expect(flagsPhrase(finding, 'vague', 'turned out')).toBe(false);
  });

  it('flags "so many" of a generic noun, and a spoken list closed by "all of that"', () => {
    const many =
      setup + 'Along the way we hit so many problems with the old library, so I pinned it.';
    expect(flagsPhrase(many, 'vague', 'so many problems')).toBe(true);
    const question = setup + 'I counted how many problems the old library had: 31 open bugs.';
    expect(flagsPhrase(question, 'vague', 'many problems')).toBe(false);
    const list = setup + 'I also wrote the alerts, the runbook, all of that.';
    expect(flagsPhrase(list, 'vague', 'all of that')).toBe(true);
  });

  it('does not flag a state that explains a cause, held before the story, or read by a check', () => {
    const cause =
      'Ingest lagged every evening. The bottleneck was the partition key, a few tenants were ' +
      'very noisy, so two partitions were overloaded. I salted the key by tenant and hour.';
    expect(flagsPhrase(cause, 'vague', 'very noisy')).toBe(false);
    const backstory =
      'The old cron box had worked nicely for six years, but it could not scale. I moved the ' +
      'jobs to a queue with 8 workers and runs dropped from 3 hours to 20 minutes.';
    expect(flagsPhrase(backstory, 'vague', 'worked nicely')).toBe(false);
    const check =
      'I lowered the default batch size in the shared client. I checked it against our own ' +
      'service and it was fine, then I got it reviewed and released it. Two other services broke.';
    expect(flagsPhrase(check, 'vague', 'it was fine')).toBe(false);
  });
});

describe('vague: a result after a named cause or a past perfect', () => {
  it('still flags a result told after the cause and the speaker step in one run-on', () => {
    const text =
      'checkout went down on payday and the cause was a bad pool setting so we rolled it back ' +
      'and everything was fine after that';
    expect(flagsPhrase(text, 'vague', 'everything was fine')).toBe(true);
  });

  it('still flags a past perfect result with no span of time', () => {
    const text =
      'Search was slow for the support team. I added a trigram index on the ticket titles. By ' +
      'the end of the sprint it had gotten way better.';
    expect(flagsPhrase(text, 'vague', 'gotten way better')).toBe(true);
  });
});

describe('vague: a measure stays in its own sentence after a unit abbreviation', () => {
  it('flags a claim told after a sentence that ends on "ms." or "sec."', () => {
    const text =
      'Card lookups were slow at lunch. I added a covering index on the card table. Lookups went ' +
      'from 900 ms to 60 ms. The support desk was much quieter too.';
    expect(flagsPhrase(text, 'vague', 'much quieter')).toBe(true);
    const sec =
      'Card lookups were slow at lunch. I added a covering index. The page loads in 2 sec. ' +
      'Everyone was way happier.';
    expect(flagsPhrase(sec, 'vague', 'way happier')).toBe(true);
  });

  it('still counts the measure inside the same sentence', () => {
    const text =
      'Card lookups were slow at lunch. I added a covering index on the card table. Lookups got ' +
      'much quicker, from 900 ms to 60 ms.';
    expect(flagsPhrase(text, 'vague', 'much quicker')).toBe(false);
  });
});
