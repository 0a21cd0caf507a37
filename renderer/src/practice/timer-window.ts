/** Where an elapsed time stands against the target window. */
export type WindowState = 'under' | 'in' | 'over';

/** Classifies `seconds` against [min, max]. */
export function windowState(seconds: number, min: number, max: number): WindowState {
  if (seconds < min) return 'under';
  return seconds <= max ? 'in' : 'over';
}

/** m:ss, e.g. 1:05. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What the timer says in each state. */
export const windowMessages: Record<WindowState, string> = {
  under: 'Under the window: keep going',
  in: 'In the window: land your result and learning',
  over: 'Over the window: wrap up now',
};
