import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

describe('filler rule', () => {
  it('flags hesitation sounds wherever they are', () => {
    expect(flagged('So, uh, the job, um, was stuck. Erm, I restarted it.', 'filler')).toEqual([
      'uh',
      'um',
      'Erm',
    ]);
  });

  it('flags "like" used as a pause', () => {
    const cases: [string, string][] = [
      ['the build was, like, forty minutes long', 'like'],
      ['it took like three days to find', 'like'],
      ['the queue was like totally full', 'like'],
      ['we had to wait, like we had no choice', 'like'],
      ['there were like a couple of failures every night', 'like'],
    ];
    for (const [text, phrase] of cases)
      expect(flagsPhrase(text, 'filler', phrase), text).toBe(true);
  });

  it('leaves "like" as a verb, preposition or comparison alone', () => {
    const cases = [
      "I'd like to walk you through the design.",
      'I really like working on storage engines.',
      'We moved to a broker like RabbitMQ for the fan-out.',
      'It looked like a memory leak at first.',
      'The graph looks like a sawtooth.',
      'We used tools like pprof and perf to find it.',
      'It was something like 30 requests per second.',
      'I was like, okay, this is not the cache.',
      "I didn't like how flaky the tests were.",
    ];
    for (const text of cases) expect(flagged(text, 'filler'), text).toEqual([]);
  });

  it('flags "you know" as a pause but not in a real question', () => {
    expect(flagged('The pager went off and, you know, nobody was awake.', 'filler')).toEqual([
      'you know',
    ]);
    expect(flagged('I asked him, do you know which host is failing?', 'filler')).toEqual([]);
    expect(flagged('As you know, Kafka keeps ordering per partition.', 'filler')).toEqual([]);
  });

  it('flags "I mean" as a restart, "so yeah", sentence-initial padding and a tag "right?"', () => {
    expect(flagged('I mean, the schema was wrong from day one.', 'filler')).toEqual(['I mean']);
    expect(flagged('What I mean is that the lock was global.', 'filler')).toEqual([]);
    expect(flagged('And it shipped on time. So yeah.', 'filler')).toEqual(['So yeah']);
    expect(flagged('Basically the cron job ran twice.', 'filler')).toEqual(['Basically']);
    expect(flagged('So actually the retry was the problem.', 'filler')).toEqual(['actually']);
    expect(flagged('The retry was actually the problem.', 'filler')).toEqual([]);
    expect(flagged('You want idempotent consumers, right? So I added keys.', 'filler')).toEqual([
      'right',
    ]);
    expect(flagged('It was the right call for the team.', 'filler')).toEqual([]);
  });
});
