/** One test per example of issue 10, each phrased as a user might say it (not corpus text). */
import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { engineFlagged as flagged, engineFlagsPhrase as flagsPhrase } from './helpers';

const INCIDENT = [
  'We run a few dozen microservices on Kubernetes for a travel site, and search is the busiest of them.',
  'During a sale last spring the search API started timing out for about a third of requests.',
  'My job was to get search back within our recovery objective and find the root cause.',
  'I paged the database owner, rolled back the morning deploy and watched p99 drop from 3 seconds to 400 ms.',
  'Then I went through the slow query log.',
  'The root cause was a query that scanned the whole bookings table because an index had been dropped.',
  'I restored the index and added a migration check that fails the build when an index disappears.',
  'What I learned is to diff the schema in every release.',
].join(' ');

describe('issue 10 examples', () => {
  it('blame as a judgement of another team, a fault named, a denial, a fault in passing', () => {
    const text = "It was the platform team's fault, to be honest. They never check what they ship.";
    expect(flagsPhrase(text, 'blame', "platform team's fault")).toBe(true);
    expect(flagsPhrase(text, 'blame', 'never check what they ship')).toBe(true);
    expect(
      flagsPhrase(
        'Honestly the infra crew are careless with anything they deploy.',
        'blame',
        'careless',
      ),
    ).toBe(true);
    expect(
      flagsPhrase(
        'That whole mess was not on me; I only owned the API layer.',
        'blame',
        'not on me',
      ),
    ).toBe(true);
    expect(
      flagsPhrase(
        'After the migration that the DBA team botched, I spent the night restoring backups.',
        'blame',
        'botched',
      ),
    ).toBe(true);
    expect(
      flagsPhrase(
        'Nobody on the data side bothered to document the schema, so I read the code.',
        'blame',
        'bothered to document',
      ),
    ).toBe(true);
  });

  it('blame put on a party from any subject: burned by them, slipped because of them', () => {
    expect(flagsPhrase('Once again we got burned by the vendor.', 'blame', 'burned by')).toBe(true);
    expect(
      flagsPhrase('The release slipped two weeks because of legal.', 'blame', 'because of legal'),
    ).toBe(true);
    expect(flagged('The fix was reviewed by the DBA team before it shipped.', 'blame')).toEqual([]);
  });

  it('no blame for a dependency the speaker then handles, or a respectful disagreement', () => {
    for (const text of [
      'The payment provider started returning 502s, so I added a fallback queue.',
      'The PM wanted to launch on Friday and I argued for Tuesday with the load test results.',
      'Nobody could tell me why the job existed, so I traced its callers.',
    ])
      expect(flagged(text, 'blame'), text).toEqual([]);
  });

  it('a goal in the Task part and a neutral amount in the setup are not vague', () => {
    const vague = flagged(INCIDENT, 'vague');
    expect(vague.filter((v) => /root cause|few dozen/.test(v))).toEqual([]);
  });

  it('outcomes told as a comparison or a feeling with no measure are vague', () => {
    const text = [
      'Our product pages were slow because every widget fetched its own data.',
      'I moved the widgets to one batched request and cached the catalog in Redis.',
      'Afterwards the pages felt a lot snappier and the on-call rotation was far less stressed.',
    ].join(' ');
    expect(flagsPhrase(text, 'vague', 'felt a lot snappier')).toBe(true);
    expect(flagsPhrase(text, 'vague', 'less stressed')).toBe(true);
  });

  it('sentence-initial padding and "basically" are fillers; contrast and candour are not', () => {
    const text =
      'Anyway, the cache was cold. Actually, nobody had alerts on it. Honestly, we got lucky. And that is basically the whole story.';
    for (const w of ['Anyway', 'Actually', 'Honestly', 'basically'])
      expect(flagsPhrase(text, 'filler', w), w).toBe(true);
    expect(flagged('It was actually the DNS, not the database.', 'filler')).toEqual([]);
    expect(flagged('I told my manager honestly that we would slip a week.', 'filler')).toEqual([]);
  });

  it('follow-ups never ask for what the answer states', () => {
    const a = analyzeAnswer({ text: INCIDENT, questionId: 'production-incident' });
    const asked = a.followUps.map((f) => f.question).join(' ');
    expect(asked).not.toMatch(/root cause/i);
    expect(asked).not.toMatch(/outcome|metrics moved/i);
    expect(asked).toMatch(/tradeoff/i);
  });

  it('the situation of a short answer is not read as its result', () => {
    const text =
      'On Black Friday the checkout error rate reached 4% and payments were failing for real customers. I rolled back the release and put the new pricing code behind a canary. Within ten minutes errors were back to 0.1%.';
    const star = analyzeAnswer({ text }).star;
    expect(star.segments[0].part).toBe('situation');
    expect(text.slice(star.segments[0].start, star.segments[0].end)).toContain('failing for real');
    expect(star.segments.at(-1)!.part).toBe('result');
  });
});
