import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { focusedReview, withRankedFixes } from '../../../../shared/review/focused-review';
import { buildHistoryRow } from '../../../../shared/progress/history-row';

// A thin, solo, unmeasured answer: vague, no number, no tradeoff, only "I" acts among a team.
const TEXT =
  'The whole team was busy with the launch and the other engineers were on other projects. I looked into it. ' +
  'I found the problem. I fixed it. I tested it. I shipped it by myself. Things got a lot better. I learned a lot.';

describe('focused review', () => {
  const analysis = analyzeAnswer({ text: TEXT });
  const gaps = (focus: Parameters<typeof focusedReview>[1]) =>
    focusedReview(analysis, focus).summary.fixes.map((f) => f.gap);

  it('adds the signal fixes to the engine fixes and keeps three', () => {
    const all = gaps(null);
    expect(all).toHaveLength(3);
    expect(all[0]).toBe('hero');
  });

  it('puts what the chosen company probes first, and says why', () => {
    const amazon = focusedReview(analysis, 'amazon');
    expect(amazon.summary.fixes[0].gap).toBe('no-tradeoff');
    expect(amazon.focusNote).toMatch(/^Amazon probes ownership and tradeoffs: /);
    expect(amazon.summary.headline).toMatch(/Fix first: say what you chose and what it cost/);
    const apple = gaps('apple');
    expect(apple[0]).toMatch(/^(vague|too-shallow|too-thin)$/);
    expect(gaps('google')[0]).toBe('hero');
    expect(amazon.followUps[0].gap).toBe('no-tradeoff');
    expect(amazon.followUps.at(-1)?.gap).toBe('company-focus');
  });

  it('changes nothing about the order without a company', () => {
    const plain = focusedReview(analysis, null);
    expect(plain.focusNote).toBeNull();
    expect(plain.followUps.some((f) => f.gap === 'company-focus')).toBe(false);
  });

  it('stores the list the review shows, so History reads the same fixes (and ranking it again changes nothing)', () => {
    const stored = withRankedFixes(analysis);
    const shown = focusedReview(analysis, null).summary;
    expect(stored.summary.fixes.map((f) => f.gap)).toEqual(shown.fixes.map((f) => f.gap));
    expect(stored.summary.headline).toBe(shown.headline);
    expect(focusedReview(stored, null).summary).toEqual(shown);
    const row = buildHistoryRow(
      {
        attempt: {
          id: 'a1',
          questionId: 'pi-incident',
          questionText: 'Tell me about a production incident you handled.',
          title: '',
          createdAt: '2026-11-30T05:00:00.000Z',
          status: 'complete',
          endReason: 'stopped',
          durationSec: 20,
          sampleRate: 16_000,
          deviceLabel: 'Test microphone',
          parentId: null,
        },
        hasTranscript: true,
        analysis: stored,
      },
      [],
    );
    expect(row.fixes).toEqual(shown.fixes.map((f) => f.title));
    // The engine alone would not name the hero gap the review leads with.
    expect(analysis.summary.fixes.some((f) => f.gap === 'hero')).toBe(false);
  });
});
