import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { flagged } from './helpers';

describe('hedge rule', () => {
  it('suggests dropping the words that were said ("sort of" is not called "kind of")', () => {
    const flags = analyzeAnswer({ text: 'The queue was sort of stuck, so I kind of restarted it.' })
      .flags.filter((f) => f.kind === 'hedge')
      .map((f) => f.suggestion);
    expect(flags).toEqual(['Drop "sort of": say what it was.', 'Drop "kind of": say what it was.']);
  });

  it('flags hedges on the speaker’s own actions and results', () => {
    expect(flagged('I think I fixed the race in the scheduler.', 'hedge')).toEqual(['I think']);
    expect(flagged('It was sort of a caching problem, maybe a TTL thing.', 'hedge')).toEqual([
      'sort of',
      'maybe',
    ]);
    expect(flagged("I'd say the migration was pretty much done.", 'hedge')).toEqual([
      "I'd say",
      'pretty much',
    ]);
    expect(flagged('Hopefully the alert catches it next time.', 'hedge')).toEqual(['Hopefully']);
    expect(flagged('The p99 went down a little bit, probably.', 'hedge')).toEqual([
      'a little bit',
      'probably',
    ]);
    expect(flagged('I feel like the rollout was more or less fine.', 'hedge')).toEqual([
      'I feel like',
      'more or less',
    ]);
    expect(flagged('It was a bit slow under load.', 'hedge')).toEqual(['a bit']);
  });

  it('flags "I tried to" for something the speaker did, not a failed attempt', () => {
    expect(flagged('I tried to document every endpoint and shipped the guide.', 'hedge')).toEqual([
      'tried to',
    ]);
    expect(flagged('I tried to reproduce it locally but it never failed.', 'hedge')).toEqual([]);
  });

  it('leaves a view reported in a disagreement and "kind of" as a noun alone', () => {
    expect(flagged('I thought the big bang cutover was too risky.', 'hedge')).toEqual([]);
    expect(
      flagged(
        'What kind of index did you need? That kind of query needs a composite one.',
        'hedge',
      ),
    ).toEqual([]);
    expect(flagged('We had some kind of deadlock.', 'hedge')).toEqual(['kind of']);
    expect(flagged('I think about failure modes first.', 'hedge')).toEqual([]);
  });
});
