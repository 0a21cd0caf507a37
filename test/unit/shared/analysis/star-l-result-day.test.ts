import { describe, expect, it } from 'vitest';
import { partAt } from './helpers';

describe('STAR-L: the day the work was for opens the result', () => {
  it('starts the result at "on the night" after run-on steps', () => {
    const text = [
      'so i was on the voting service for a singing show and the final was going to bring about',
      'ten times our normal load and my job was to make sure the vote endpoint held so i moved',
      'the vote counts into a queue and wrote the tallies in batches. on the night we took four',
      'million votes. what i learned is to test with real traffic shapes',
    ].join(' ');
    expect(partAt(text, 'i moved')).toBe('action');
    expect(partAt(text, 'we took four million')).toBe('result');
    expect(partAt(text, 'what i learned')).toBe('learning');
  });

  it('reads a load that peaked at a level after the steps as the result', () => {
    const text = [
      'Our ticket shop was expecting a big on-sale.',
      'I was asked to make checkout hold.',
      'I put a waiting room in front of it and cached the seat map.',
      'Traffic peaked at 30,000 requests a second and checkout stayed up.',
      'Next time I would start the load tests a month earlier.',
    ].join(' ');
    expect(partAt(text, 'Traffic peaked')).toBe('result');
  });
});

describe("STAR-L: a partner's step before the result is still the work", () => {
  it('keeps another party acting after the speaker in the action, and starts the result after', () => {
    const text = [
      'Our nightly invoice run kept timing out at month end.',
      'My task was to get it under an hour.',
      'I profiled the run and split the tax lookup into a batch call.',
      'Then our DBA looked at the replica, and she raised its connection limit from 50 to 200 and',
      'they moved the job onto it.',
      'The run went from three hours to forty minutes.',
      'I learned to profile before guessing.',
    ].join(' ');
    expect(partAt(text, 'they moved the job')).toBe('action');
    expect(partAt(text, 'The run went from')).toBe('result');
  });
});

describe("STAR-L: a party's reaction told last is how it ended", () => {
  it('keeps a party acting after the result, with nothing after it, in the result', () => {
    const text = [
      'Our label printing service kept dropping jobs during the morning rush.',
      'I was asked to fix it.',
      'I replaced the lock around the printer pool with a per-printer queue.',
      'After the rollout dropped jobs went from about 300 a day to 4.',
      'The warehouse leads grumbled about the new screen, but they adopted it within a week.',
    ].join(' ');
    expect(partAt(text, 'they adopted it')).toBe('result');
  });
});
