import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('blame: a disclaimer of blame is not blame', () => {
  it('leaves the disclaimer unflagged and judges the clause after it on its own', () => {
    expect(
      flagged("I'm not trying to blame the vendor, the contract just had no SLA.", 'blame'),
    ).toEqual([]);
    expect(
      flagged(
        "Look, I don't want to say it is their fault, but it happened on their cluster.",
        'blame',
      ),
    ).toEqual([]);
    expect(
      flagged(
        'i dont wanna throw anyone under the bus but the other squad never tested it',
        'blame',
      ),
    ).toEqual(['the other squad never tested it']);
  });

  it('reads a long disclaimer lead, and "it\u2019s on <someone>" disclaimed, as a disclaimer', () => {
    expect(
      flagged(
        'Honestly I really do not want to throw the payments team under the bus here, the card network changed the format.',
        'blame',
      ),
    ).toEqual([]);
    expect(
      flagged(
        "I don't want it to sound like it's on Priya, the ticket simply had no acceptance criteria.",
        'blame',
      ),
    ).toEqual([]);
    expect(flagged('That one was on them, they skipped the review.', 'blame')).toEqual([
      'That one was on them',
    ]);
  });

  it('still flags a denial of the speaker\u2019s own fault', () => {
    expect(
      flagged("It wasn't my fault, I only owned the gateway.", 'blame').length,
    ).toBeGreaterThan(0);
  });
});
