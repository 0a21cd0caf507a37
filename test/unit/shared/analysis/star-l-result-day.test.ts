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
