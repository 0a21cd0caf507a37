import { rowDuration, type HistoryRow } from '../../../shared/progress/history-row';
import { durationSummary } from '../../../shared/review/duration';

/** Words for a verdict. */
export const verdictLabels = {
  ready: 'Ready',
  almost: 'Almost',
  'work-on-it': 'Work on it',
} as const;

/** The row's figures as short labelled strings, for the list and screen readers alike. */
export function rowFigures(row: HistoryRow): { label: string; value: string }[] {
  const figures = [
    {
      label: 'Length',
      value: durationSummary(rowDuration(row)),
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
