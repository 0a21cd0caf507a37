import { recordedLabel, type TakeDuration } from '../../../shared/review/duration';
import {
  clock,
  impactStatus,
  pausePlace,
  per100,
  percent,
  plural,
} from '../../../shared/review/format';

// The renderer's formatters live here; the m:ss clock, plurals and pause places are shared with reports.
export { clock, impactStatus, pausePlace, per100, percent, plural };

/** "28 Nov 2026, 16:20" in the user's locale. */
export function dateTimeLabel(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "28 Nov" in the user's locale: a chart axis tick. */
export function shortDateLabel(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** "28 Nov 2026, 16:20 · 0:40 recorded": when a take was made and how long its recording is. */
export function attemptSubtitle(createdAt: string, duration: TakeDuration): string {
  return `${dateTimeLabel(createdAt)} · ${recordedLabel(duration)}`;
}
