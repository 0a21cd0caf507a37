import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { analysisViewSchema } from '../../../../shared/progress/analysis-view';
import { filterHistory, groupByQuestion } from '../../../../shared/progress/history-group';
import { historyRowSchema } from '../../../../shared/progress/history-row';
import { localDay, progressSeries } from '../../../../shared/progress/series';
import { row, view } from './view-fixture';

describe('history rows', () => {
  it('carries the key figures of an analysed attempt', () => {
    const r = row(
      '20260301-100000-000-aaaaaaaa',
      '2026-03-01T10:00:00.000Z',
      'pi-incident',
      view({
        seconds: 120,
        flags: { filler: 6, vague: 2 },
        quantities: 2,
        star: ['situation', 'action', 'result'],
        fixes: ['vague'],
      }),
    );
    expect(historyRowSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({
      state: 'analysed',
      pattern: 'production-incident',
      recordingSec: 130,
      spokenSec: 120,
      durationSec: 120,
      band: 'on-target',
      verdict: 'almost',
      flagsPerMinute: 4,
      metricsStated: 2,
      starParts: ['situation', 'action', 'result'],
      starComplete: 3,
    });
    expect(r.flagsPerMinuteByKind).toMatchObject({ filler: 3, vague: 1, hedge: 0 });
    expect(r.fixes).toEqual(['Fix vague']);
  });

  it('shows an attempt without analysis by where it stands, with nulls, not zeros', () => {
    const recorded = row(
      '20260301-100000-000-bbbbbbbb',
      '2026-03-01T10:00:00.000Z',
      'pi-incident',
      null,
    );
    const transcribed = row(
      '20260301-100000-000-cccccccc',
      '2026-03-01T10:00:00.000Z',
      'custom-gone1',
      null,
      true,
    );
    expect(historyRowSchema.safeParse(recorded).success).toBe(true);
    expect(recorded).toMatchObject({
      state: 'recorded',
      durationSec: 130,
      spokenSec: null,
      verdict: null,
      flagsPerMinute: null,
      metricsStated: null,
      starComplete: null,
    });
    expect(transcribed).toMatchObject({ state: 'transcribed', pattern: null });
  });

  it('has no rate for an answer with under a second of speech', () => {
    const r = row(
      '20260301-100000-000-dddddddd',
      '2026-03-01T10:00:00.000Z',
      'pi-incident',
      view({ seconds: 0.5, flags: { filler: 1 } }),
    );
    expect(r.flagsPerMinute).toBeNull();
    expect(r.flagsPerMinuteByKind).toBeNull();
  });

  it('reads what the real engine writes', () => {
    const analysis = analyzeAnswer({
      text: 'Um, so last year our payments API started timing out during a sale. I was on call, so I rolled back the deploy within 8 minutes, then I found a missing index and added it. Errors fell from 12% to 0.1%. I learned to load test every migration.',
      questionId: 'pi-incident',
    });
    const parsed = analysisViewSchema.parse(JSON.parse(JSON.stringify(analysis)));
    const r = row(
      '20260301-100000-000-eeeeeeee',
      '2026-03-01T10:00:00.000Z',
      'pi-incident',
      parsed,
    );
    expect(historyRowSchema.safeParse(r).success).toBe(true);
    expect(r.metricsStated).toBe(analysis.signals.impact.count);
    expect(r.flagCounts).toEqual(analysis.flagCounts);
    expect(r.starParts).toEqual(analysis.star.present);
  });
});

describe('grouping and filtering', () => {
  const rows = [
    row(
      '20260301-090000-000-aaaaaaa1',
      '2026-03-01T09:00:00.000Z',
      'pi-incident',
      view({ seconds: 150, flags: { filler: 10 }, fixes: ['filler', 'duration'] }),
    ),
    row(
      '20260302-090000-000-aaaaaaa2',
      '2026-03-02T09:00:00.000Z',
      'pi-incident',
      view({ seconds: 110, flags: { filler: 2 }, fixes: [] }),
    ),
    row('20260303-090000-000-aaaaaaa3', '2026-03-03T09:00:00.000Z', 'pi-incident', null),
    row(
      '20260302-120000-000-bbbbbbb1',
      '2026-03-02T12:00:00.000Z',
      'mis-mistake',
      view({ seconds: 80, fixes: ['no-metric'] }),
    ),
  ];

  it('groups by question, newest group first, with the latest and the best take', () => {
    const groups = groupByQuestion(rows);
    expect(groups.map((g) => g.questionId)).toEqual(['pi-incident', 'mis-mistake']);
    expect(groups[0]!.rows.map((r) => r.attemptId.slice(-1))).toEqual(['3', '2', '1']);
    expect(groups[0]!.latest.attemptId).toBe('20260303-090000-000-aaaaaaa3');
    expect(groups[0]!.best?.attemptId).toBe('20260302-090000-000-aaaaaaa2');
    expect(groups[0]!.analysedCount).toBe(2);
  });

  it('filters by question, pattern, verdict, state, band, dates and text', () => {
    const ids = (f: Parameters<typeof filterHistory>[1]) =>
      filterHistory(rows, f).map((r) => r.attemptId.slice(-2));
    expect(ids({ pattern: 'mistake' })).toEqual(['b1']);
    expect(ids({ verdict: 'ready' })).toEqual(['a2']);
    expect(ids({ state: 'recorded' })).toEqual(['a3']);
    expect(ids({ band: 'long' })).toEqual(['a1']);
    expect(ids({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['a2', 'b1']);
    expect(ids({ text: 'MISTAKE you made' })).toEqual(['b1']);
    expect(ids({ questionId: 'pi-incident', verdict: 'work-on-it' })).toEqual(['a1']);
    expect(ids({})).toHaveLength(4);
  });

  it('builds progress series from analysed takes only, oldest first, per question or overall', () => {
    const series = progressSeries(rows, { questionId: 'pi-incident' });
    expect(series.map((p) => [p.take, p.durationSec, p.inWindow, p.filler])).toEqual([
      [1, 150, 0, 4],
      [2, 110, 1, 1.09],
    ]);
    expect(series[0]).toMatchObject({
      targetMinSec: 90,
      targetMaxSec: 120,
      quantities: 0,
      starComplete: 5,
    });
    expect(progressSeries(rows).map((p) => p.attemptId?.slice(-2))).toEqual(['a1', 'a2', 'b1']);
  });

  it('averages a day’s takes when asked', () => {
    const days = progressSeries(rows, { bucket: 'day' });
    expect(days.map((p) => [p.at, p.count, p.durationSec])).toEqual([
      [localDay('2026-03-01T09:00:00.000Z'), 1, 150],
      [localDay('2026-03-02T09:00:00.000Z'), 2, 95],
    ]);
    expect(days[1]!.attemptId).toBeNull();
    expect(days[1]!.inWindow).toBe(0.5);
  });
});
