import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Whisper and hurried typing drop the apostrophe of a possessive: "the consultants script" is
// the consultants' script, and judging it is judging them.
describe('blame: a party\u2019s possessive without its apostrophe', () => {
  it('flags a judgement of what the party made', () => {
    expect(
      flagged('the consultants script was garbage, so I rewrote it over a weekend', 'blame'),
    ).toEqual(['the consultants script was garbage']);
    expect(flagged('the contractors code was spaghetti and I had to untangle it', 'blame')).toEqual(
      ['the contractors code was spaghetti'],
    );
  });

  it('judges "noise" said of what a party made as poor work', () => {
    expect(
      flagged('their dashboards were pure noise, so I rebuilt the alert rules', 'blame'),
    ).toEqual(['their dashboards were pure noise']);
  });

  it('leaves a plural party doing something neutral unflagged', () => {
    expect(
      flagged('the vendors shipped a patch the next morning and I verified it', 'blame'),
    ).toEqual([]);
  });
});
