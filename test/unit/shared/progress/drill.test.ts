import { describe, expect, it } from 'vitest';
import { DRILL_LENGTH, planDrill } from '../../../../shared/progress/drill';
import { combineDrill, drillFollowUps } from '../../../../shared/progress/drill-summary';
import { seededRng } from '../../../../shared/progress/rng';
import { findQuestion, questions } from '../../../../shared/questions/bank';
import { STORY_THEMES } from '../../../../shared/stories/themes';
import { story } from '../stories/story-fixtures';
import { row, view } from './view-fixture';

const themeOf = (id: string) => questions.find((q) => q.id === id)!.themes;

describe('drill selection', () => {
  const bank = [
    story('story-a', ['production-incident', 'scaling-performance', 'proud-project']),
    story('story-b', ['technical-disagreement', 'cross-team-influence']),
  ];
  const uncovered = ['mistake-failure', 'ambiguous-project', 'tough-prioritization'];

  it('draws three different questions from themes no story covers, one per theme', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const plan = planDrill({ mode: 'uncovered', seed }, { questions, stories: bank });
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expect(plan.picks).toHaveLength(DRILL_LENGTH);
      expect(new Set(plan.picks.map((p) => p.questionId)).size).toBe(3);
      expect(new Set(plan.picks.map((p) => p.theme))).toEqual(new Set(uncovered));
      for (const p of plan.picks) expect(themeOf(p.questionId)).toContain(p.theme);
      expect(plan.picks[0]!.reason).toMatch(/No story in your bank covers/);
    }
  });

  it('is reproducible from its seed and varies across seeds', () => {
    const draw = (seed: number) =>
      JSON.stringify(planDrill({ mode: 'uncovered', seed }, { questions, stories: bank }));
    expect(draw(42)).toBe(draw(42));
    expect(new Set(Array.from({ length: 30 }, (_, i) => draw(i))).size).toBeGreaterThan(1);
  });

  it('favours the least practised question within a theme', () => {
    const onlyMistakes = STORY_THEMES.filter((t) => t !== 'mistake-failure');
    const rows = [
      row('20260301-090000-000-aaaaaaa1', '2026-03-01T09:00:00.000Z', 'mis-mistake', null),
    ];
    for (let seed = 0; seed < 20; seed++) {
      const plan = planDrill(
        { mode: 'uncovered', seed },
        { questions, stories: [story('story-all', onlyMistakes)], rows },
      );
      if (!plan.ok) throw new Error(plan.message);
      expect(plan.picks[0]).toMatchObject({
        questionId: 'mis-failed-project',
        theme: 'mistake-failure',
      });
      // Only one theme is uncovered: its other question comes next, then the least practised.
      expect(plan.picks[1]).toMatchObject({ questionId: 'mis-mistake', theme: 'mistake-failure' });
      expect(plan.picks[2]!.theme).toBeNull();
      expect(plan.picks[2]!.reason).toMatch(/not practised this question yet/);
    }
  });

  it('falls back to the least practised questions, new patterns first, when every theme has a story', () => {
    const full = [story('story-all', [...STORY_THEMES])];
    const plan = planDrill({ mode: 'uncovered', seed: 7 }, { questions, stories: full });
    if (!plan.ok) throw new Error(plan.message);
    const patterns = plan.picks.map((p) => questions.find((q) => q.id === p.questionId)!.pattern);
    expect(new Set(patterns).size).toBe(3);
    expect(
      plan.picks.every((p) => p.theme === null && /^Every theme has a story/.test(p.reason)),
    ).toBe(true);
  });

  it('takes three chosen questions as given, and refuses fewer, repeats or unknown ids', () => {
    const chosen = planDrill(
      { mode: 'chosen', questionIds: ['pi-incident', 'pp-proud', 'mis-mistake'] },
      { questions, stories: [] },
    );
    expect(chosen).toMatchObject({
      ok: true,
      picks: [
        { questionId: 'pi-incident' },
        { questionId: 'pp-proud' },
        { questionId: 'mis-mistake' },
      ],
    });
    expect(
      planDrill(
        { mode: 'chosen', questionIds: ['pi-incident', 'pi-incident', 'pp-proud'] },
        { questions, stories: [] },
      ),
    ).toMatchObject({ ok: false });
    expect(
      planDrill({ mode: 'chosen', questionIds: ['pi-incident'] }, { questions, stories: [] }),
    ).toMatchObject({ ok: false });
    expect(
      planDrill(
        { mode: 'chosen', questionIds: ['pi-incident', 'pp-proud', 'custom-gone1'] },
        { questions, stories: [] },
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/custom-gone1/) });
    expect(planDrill({ mode: 'uncovered', seed: 1 }, { questions: [], stories: [] })).toMatchObject(
      { ok: false },
    );
  });

  it('has a seeded generator in [0, 1)', () => {
    const rng = seededRng(9);
    const values = Array.from({ length: 1000 }, rng);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Math.abs(values.reduce((a, b) => a + b, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });
});

describe('combined drill summary', () => {
  const q = (id: string) => findQuestion(id)!;

  it('adds up the answers and names the fixes that came up more than once', () => {
    const summary = combineDrill([
      {
        question: q('pi-incident'),
        attemptId: 'a1',
        analysis: view({
          seconds: 100,
          flags: { filler: 4 },
          quantities: 2,
          fixes: ['no-metric', 'filler'],
        }),
      },
      {
        question: q('mis-mistake'),
        attemptId: 'a2',
        analysis: view({
          seconds: 140,
          flags: { filler: 2, vague: 3 },
          quantities: 0,
          fixes: ['no-metric', 'vague'],
          star: ['situation', 'action'],
        }),
      },
      { question: q('pp-proud'), attemptId: 'a3', analysis: null },
    ]);
    expect(summary).toMatchObject({ total: 3, analysed: 2, inWindow: 1, totalSpokenSec: 240 });
    expect(summary.averages).toEqual({
      durationSec: 120,
      flagsPerMinute: 2.27,
      quantities: 1,
      starComplete: 3.5,
    });
    expect(summary.flagTotals).toMatchObject({ filler: 6, vague: 3 });
    expect(summary.recurringGaps).toEqual([
      {
        gap: 'no-metric',
        title: 'Fix no-metric',
        count: 2,
        questionIds: ['pi-incident', 'mis-mistake'],
      },
    ]);
    expect(summary.headline).toBe(
      '2 of 3 answers with feedback, 1 of 2 in the time window. Across the drill: fix no-metric (2 of 2).',
    );
    expect(summary.answers[2]).toMatchObject({
      questionId: 'pp-proud',
      verdict: null,
      durationSec: null,
    });
    expect(summary.answers[2]!.followUps).toEqual(q('pp-proud').guidance.followUps);
  });

  it('says so when nothing has feedback yet', () => {
    const summary = combineDrill([{ question: q('pi-incident'), attemptId: null, analysis: null }]);
    expect(summary.averages).toBeNull();
    expect(summary.headline).toBe('1 answer recorded; none has feedback yet.');
  });

  it('asks the engine’s probes first, then the question’s, without repeats', () => {
    const probes = drillFollowUps(
      q('pi-incident'),
      view({
        followUps: ['What exactly changed?', 'what was the root cause, and how did you confirm it'],
      }),
      4,
    );
    expect(probes).toEqual([
      'What exactly changed?',
      'what was the root cause, and how did you confirm it',
      'Why did monitoring not catch it before users did?',
      'What did you change so it cannot happen again?',
    ]);
  });
});
