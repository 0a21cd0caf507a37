import type { HistoryRow } from '../../../shared/progress/history-row';
import { formatClock } from '../practice/timer-window';

/** Words for a verdict. */
export const verdictLabels = {
  ready: 'Ready',
  almost: 'Almost',
  'work-on-it': 'Work on it',
} as const;

/** Words for a duration band. */
export const bandLabels = { short: 'Short', 'on-target': 'In the window', long: 'Long' } as const;

/** The row's figures as short labelled strings, for the list and screen readers alike. */
export function rowFigures(row: HistoryRow): { label: string; value: string }[] {
  const figures = [
    {
      label: 'Length',
      value: `${formatClock(row.durationSec)}${row.band ? ` · ${bandLabels[row.band]}` : ''}`,
    },
  ];
  if (row.state !== 'analysed') {
    figures.push({
      label: 'Feedback',
      value: row.state === 'recording' ? 'Recording…' : 'Not analysed yet',
    });
    return figures;
  }
  figures.push(
    { label: 'Verdict', value: row.verdict ? verdictLabels[row.verdict] : '–' },
    { label: 'Flags/min', value: row.flagsPerMinute?.toFixed(1) ?? '–' },
    { label: 'Metrics', value: String(row.metricsStated ?? 0) },
    { label: 'STAR-L', value: `${row.starComplete ?? 0}/5` },
  );
  return figures;
}
