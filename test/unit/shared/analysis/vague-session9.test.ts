import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

const SETUP =
  'Our label printing service kept dropping jobs during the morning rush. I was asked to fix it. ' +
  'I traced it to a lock around the printer pool and replaced it with a per-printer queue. ' +
  'After the rollout dropped jobs went from about 300 a day to 4.';

const vague = (text: string) => flagged(text, 'vague');

/** Classes fixed in session 9: who claims what, about what, with or without a measure. */
describe('vague: restorations, findings and negated reactions', () => {
  it('does not flag a named system coming back: that is the clock of the story', () => {
    for (const line of [
      'The print queue came back and the warehouse caught up.',
      'Around noon the label API came back.',
    ])
      expect(flagsPhrase(`${SETUP} ${line}`, 'vague', 'came back'), line).toBe(false);
  });

  it('still flags a generic whole coming back or a restored state with no time', () => {
    expect(flagsPhrase(`${SETUP} Eventually it all came back.`, 'vague', 'came back')).toBe(true);
    expect(flagsPhrase(`${SETUP} By lunch the whole floor was back up.`, 'vague', 'back up')).toBe(
      true,
    );
  });

  it('does not flag a restored state told with how soon', () => {
    const text = `${SETUP} The shipping totals were correct again ten minutes after the switch.`;
    expect(vague(text).some((t) => /correct again/.test(t))).toBe(false);
  });

  it('does not flag "worked out" followed by what was found', () => {
    const text =
      'The printers kept timing out. I worked out it was the driver within an hour, because ' +
      'every failing job used the same firmware. I pinned the old driver and the timeouts stopped.';
    expect(vague(text).some((t) => /worked out/.test(t))).toBe(false);
    expect(flagsPhrase(`${SETUP} In the end it all worked out.`, 'vague', 'worked out')).toBe(true);
  });

  it('flags a party not happy in the result, with no measure', () => {
    for (const [line, phrase] of [
      ['The warehouse managers were not happy, but they lived with it.', 'were not happy'],
      ["Our customers weren't pleased either.", "weren't pleased"],
    ])
      expect(flagsPhrase(`${SETUP} ${line}`, 'vague', phrase), line).toBe(true);
  });

  it('does not flag a negated description of a thing, or a reaction to a plan', () => {
    expect(vague(`${SETUP} The old pool was not thread safe.`)).toEqual([]);
    const plan =
      'Our label printing service kept dropping jobs. I proposed pausing releases for a week. ' +
      "The warehouse leads weren't thrilled about waiting a week, but they agreed, and I rewrote the pool.";
    expect(vague(plan).some((t) => /thrilled/.test(t))).toBe(false);
  });
});

describe('vague: feelings and habits of a party, by degree only', () => {
  it('flags a party happier with each other: a reciprocal is no scale', () => {
    const text = `${SETUP} The packers and the drivers were a lot happier with each other.`;
    expect(flagsPhrase(text, 'vague', 'happier')).toBe(true);
    const scale = `${SETUP} Memory grew with each batch until the worker fell over.`;
    expect(flagsPhrase(scale, 'vague', 'grew')).toBe(false);
  });

  it('flags a party that started doing something more, with no count', () => {
    for (const line of [
      'After that the pickers started trusting the screens way more.',
      'The support agents began using it a lot more.',
    ])
      expect(flagsPhrase(`${SETUP} ${line}`, 'vague', 'more'), line).toBe(true);
  });

  it('does not flag a party that started doing something, counted or with no degree', () => {
    expect(vague(`${SETUP} The support agents started using it the next week.`)).toEqual([]);
  });

  it('does not flag a reaction withheld from a plan, whoever had it', () => {
    const text =
      'Our label printing service kept dropping jobs. I proposed cutting the batch size, and ' +
      'Marta did not love it at first, but she ran the numbers and agreed, so I rolled it out.';
    expect(flagsPhrase(text, 'vague', 'love it')).toBe(false);
  });
});
