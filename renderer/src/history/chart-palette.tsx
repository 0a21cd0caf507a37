import { FLAG_KINDS } from '../../../shared/analysis/schema';
import type { FlagKind } from '../../../shared/analysis/types';
import { FLAG_KIND_META } from '../../../shared/review/kinds';
import { shortDateLabel } from '../ui/format';

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

/** Axis props shared by every chart: time on x as dates, muted ticks. */
export const timeAxis = {
  dataKey: 'time',
  type: 'number' as const,
  scale: 'time' as const,
  domain: ['dataMin', 'dataMax'] as [string, string],
  tickFormatter: (t: number) => shortDateLabel(new Date(t).toISOString()),
  stroke: 'var(--text-muted)',
  padding: { left: 16, right: 16 },
};

/** A tooltip's title: the take's date and time. */
export const tooltipLabel = (t: unknown) =>
  typeof t === 'number' ? new Date(t).toLocaleString() : String(t);
