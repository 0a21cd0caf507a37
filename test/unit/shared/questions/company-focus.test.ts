import { describe, expect, it } from 'vitest';
import { applyFocus, companyFocus, focusRank } from '../../../../shared/questions/company-focus';

const fixes = [
  { gap: 'filler', title: 'Cut the filler words' },
  { gap: 'vague', title: 'Replace vague claims' },
  { gap: 'we-ownership', title: 'Say what you did' },
  { gap: 'no-metric', title: 'Add a number' },
];
const followUps = [
  { gap: 'vague', question: 'What exactly changed?' },
  { gap: 'no-tradeoff', question: 'What tradeoff did you make?' },
  { gap: 'blame', question: 'What could you have done differently?' },
];

describe('company focus', () => {
  it('keeps the engine’s order without a focus', () => {
    const out = applyFocus({ fixes, followUps }, null);
    expect(out.fixes).toEqual(fixes);
    expect(out.followUps).toEqual(followUps);
    expect(out.emphasised).toEqual([]);
  });

  it('Amazon puts ownership, then tradeoffs, then impact first', () => {
    const out = applyFocus({ fixes, followUps }, 'amazon');
    expect(out.fixes.map((f) => f.gap)).toEqual(['we-ownership', 'no-metric', 'filler', 'vague']);
    expect(out.followUps.map((f) => f.gap)).toEqual(['blame', 'no-tradeoff', 'vague']);
    expect(out.emphasised).toEqual(['ownership', 'tradeoffs', 'impact']);
    expect(out.probes).toEqual(companyFocus.amazon.probes);
  });

  it('Google puts collaboration and problem solving first; Apple precision and quality', () => {
    expect(applyFocus({ fixes, followUps }, 'google').followUps.map((f) => f.gap)).toEqual([
      'blame',
      'vague',
      'no-tradeoff',
    ]);
    expect(applyFocus({ fixes, followUps }, 'apple').fixes.map((f) => f.gap)).toEqual([
      'vague',
      'no-metric',
      'filler',
      'we-ownership',
    ]);
    expect(focusRank('apple', 'vague')).toBe(0);
    expect(focusRank('apple', 'no-tradeoff')).toBe(Infinity);
  });

  it('does not change the arrays it was given', () => {
    const copy = structuredClone(fixes);
    applyFocus({ fixes, followUps }, 'amazon');
    expect(fixes).toEqual(copy);
  });
});
