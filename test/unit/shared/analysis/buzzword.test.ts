import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('buzzword rule', () => {
  it('flags stock phrases', () => {
    expect(
      flagged("I'm passionate about building world-class, cutting-edge systems.", 'buzzword'),
    ).toEqual(['passionate about', 'world-class', 'cutting-edge']);
    expect(flagged('It was a real game changer and a paradigm shift.', 'buzzword')).toEqual([
      'game changer',
      'paradigm shift',
    ]);
    expect(flagged('We went for the low hanging fruit first.', 'buzzword')).toEqual([
      'low hanging fruit',
    ]);
  });

  it('flags "leverage" as a verb for people or ideas, not used literally', () => {
    expect(flagged('I leveraged my network to get it prioritised.', 'buzzword')).toEqual([
      'leveraged',
    ]);
    expect(flagged('We wanted to leverage our synergies.', 'buzzword')).toEqual([
      'leverage',
      'synergies',
    ]);
    expect(flagged('We used the leverage ratio from the finance API.', 'buzzword')).toEqual([]);
    expect(flagged('The vendor had all the leverage in that negotiation.', 'buzzword')).toEqual([]);
  });

  it('flags "best practices" only when nothing concrete follows', () => {
    expect(flagged('We followed best practices.', 'buzzword')).toEqual(['best practices']);
    expect(
      flagged('I wrote down best practices like idempotency keys and timeouts.', 'buzzword'),
    ).toEqual([]);
  });
});
