import { ANSWER_WINDOW } from '../analysis/signals/duration';
import { FLAG_KINDS } from '../analysis/schema';
import type { FlagKind } from '../analysis/types';
import { judgedSec } from '../review/duration';
import { round, rowDuration, type HistoryRow } from './history-row';

/** One point of the progress charts: an attempt, or the average of one day's attempts. Flat keys,
 * so each can be a chart's dataKey. */
export type ProgressPoint = {
  /** The attempt's id; null for a day's average. */
  attemptId: string | null;
  /** The attempt's creation time, or the local day (YYYY-MM-DD) of a day's average. */
  at: string;
  /** `at` in milliseconds since 1970: the charts' time axis. */
  time: number;
  /** 1 for the first point, 2 for the next... */
  take: number;
  /** Attempts behind the point (1 unless averaged by day). */
  count: number;
  durationSec: number;
  targetMinSec: number;
  targetMaxSec: number;
  /** Share of the point's attempts inside the window (0 or 1 for one attempt). */
  inWindow: number;
  flagsPerMinute: number;
  quantities: number;
  starComplete: number;
} & Record<FlagKind, number>;

/** What to chart: one question or all, one point per attempt or per day. */
export type SeriesOptions = {
  questionId?: string;
  bucket?: 'attempt' | 'day';
  /** Window for attempts whose analysis did not say (defaults to the answer window). */
  window?: { minSec: number; maxSec: number };
};

/** The progress series over time, oldest first, from analysed main answers only (others have no
 * figures to plot; follow-up answers are judged on a different window). */
export function progressSeries(
  rows: readonly HistoryRow[],
  options: SeriesOptions = {},
): ProgressPoint[] {
  const window = options.window ?? ANSWER_WINDOW;
  const points = rows
    .filter(
      (r) =>
        r.state === 'analysed' &&
        r.parentId === null &&
        (!options.questionId || r.questionId === options.questionId),
    )
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((r) => pointOf(r, window));
  const result = options.bucket === 'day' ? byDay(points) : points;
  return result.map((p, i) => ({ ...p, take: i + 1 }));
}

function pointOf(row: HistoryRow, window: { minSec: number; maxSec: number }): ProgressPoint {
  const min = row.targetMinSec ?? window.minSec;
  const max = row.targetMaxSec ?? window.maxSec;
  const perKind = Object.fromEntries(
    FLAG_KINDS.map((k) => [k, row.flagsPerMinuteByKind?.[k] ?? 0]),
  ) as Record<FlagKind, number>;
  const duration = rowDuration(row);
  const seconds = judgedSec(duration);
  return {
    attemptId: row.attemptId,
    at: row.createdAt,
    time: Date.parse(row.createdAt),
    take: 0,
    count: 1,
    durationSec: seconds,
    targetMinSec: min,
    targetMaxSec: max,
    inWindow: duration.band
      ? duration.band === 'on-target'
        ? 1
        : 0
      : seconds >= min && seconds <= max
        ? 1
        : 0,
    flagsPerMinute: row.flagsPerMinute ?? 0,
    quantities: row.metricsStated ?? 0,
    starComplete: row.starComplete ?? 0,
    ...perKind,
  };
}

const AVERAGED = [
  'durationSec',
  'targetMinSec',
  'targetMaxSec',
  'inWindow',
  'flagsPerMinute',
  'quantities',
  'starComplete',
  ...FLAG_KINDS,
] as const;

/** Averages the points of each local calendar day. */
function byDay(points: readonly ProgressPoint[]): ProgressPoint[] {
  const days = new Map<string, ProgressPoint[]>();
  for (const p of points) {
    const day = localDay(p.at);
    days.set(day, [...(days.get(day) ?? []), p]);
  }
  return [...days.entries()].map(([day, list]) => {
    const point: ProgressPoint = {
      ...list[0]!,
      attemptId: null,
      at: day,
      time: Date.parse(`${day}T12:00:00`),
      count: list.length,
    };
    for (const key of AVERAGED) {
      point[key] = round(list.reduce((sum, p) => sum + p[key], 0) / list.length);
    }
    return point;
  });
}

/** The user's local calendar day of an ISO time, as YYYY-MM-DD. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
