import type { Attempt } from '../../../shared/contract';
import { formatClock } from '../practice/timer-window';

/** The name shown for an attempt: its title, or the question. */
export function attemptName(attempt: Attempt): string {
  return attempt.title || attempt.questionText;
}

/** "28 Nov 2026, 16:20 · 1:42". */
export function attemptSubtitle(attempt: Pick<Attempt, 'createdAt' | 'durationSec'>): string {
  const when = new Date(attempt.createdAt).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${when} · ${formatClock(attempt.durationSec)}`;
}
