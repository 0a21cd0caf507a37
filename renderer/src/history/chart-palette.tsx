import { FLAG_KINDS } from '../../../shared/analysis/schema';
import type { FlagKind } from '../../../shared/analysis/types';
import { FLAG_KIND_META } from '../../../shared/review/kinds';
import { dateTimeLabel, shortDateLabel } from '../ui/format';

/** A flag kind's colour: the same CSS variable the transcript and the waveform use. */
export const kindColor = (kind: FlagKind) => `var(--flag-${kind})`;

/** Flag kinds with their display names, in the legend's order. */
export const chartKinds = FLAG_KINDS.map((kind) => ({ kind, name: FLAG_KIND_META[kind].name }));

/** One colour per question series (Okabe-Ito, colour-blind safe), cycling after seven. */
const QUESTION_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#999999',
];

/** The colour of the n-th question series. */
export const questionColor = (n: number) => QUESTION_COLORS[n % QUESTION_COLORS.length]!;

/** Axis props shared by every chart: time on x, muted ticks. Ticks are dates, or times of day
 * when every take is within two days (two takes on one day would otherwise read "Nov 30, Nov 30"). */
export function timeAxis(points: readonly { time: number }[]) {
  const times = points.map((p) => p.time);
  const sameDays = Math.max(...times) - Math.min(...times) < 2 * 24 * 3600 * 1000;
  // Two takes in one minute would get the same tick ("05:26 AM, 05:26 AM"): then show seconds.
  const seconds = new Set(times.map((t) => Math.floor(t / 60_000))).size < times.length;
  return {
    dataKey: 'time',
    type: 'number' as const,
    scale: 'time' as const,
    domain: ['dataMin', 'dataMax'] as [string, string],
    tickFormatter: (t: number) =>
      sameDays ? shortTimeLabel(t, seconds) : shortDateLabel(new Date(t).toISOString()),
    stroke: 'var(--text-muted)',
    padding: { left: 24, right: 24 },
  };
}

/** "14:05" (with the day when it is not today's, and "14:05:30" when `seconds`): a tick for
 * takes recorded close together. */
function shortTimeLabel(t: number, seconds: boolean): string {
  const d = new Date(t);
  const time = d.toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });
  return d.toDateString() === new Date().toDateString()
    ? time
    : `${shortDateLabel(d.toISOString())} ${time}`;
}

/** Legend entries in the text colour (the swatch carries the series colour): light series colours
 * would be hard to read as text. */
export const legendText = (value: string) => <span style={{ color: 'var(--text)' }}>{value}</span>;

/** A tooltip's title: the take's date and time, written as the history rows write it. */
export const tooltipLabel = (t: unknown) =>
  typeof t === 'number' ? dateTimeLabel(new Date(t).toISOString()) : String(t);
