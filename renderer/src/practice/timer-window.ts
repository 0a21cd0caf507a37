/** Where an elapsed time stands against the target window. */
export type WindowState = 'idle' | 'under' | 'in' | 'over';

/** Classifies `seconds` against [min, max]; before recording starts there is nothing to judge. */
export function windowState(
  seconds: number,
  min: number,
  max: number,
  recording = true,
): WindowState {
  if (!recording) return 'idle';
  if (seconds < min) return 'under';
  return seconds <= max ? 'in' : 'over';
}

/** What the timer says in each state. */
export const windowMessages: Record<WindowState, string> = {
  idle: 'Ready: aim for the window between the marks',
  under: 'Under the window: keep going',
  in: 'In the window: land your result and learning',
  over: 'Over the window: wrap up now',
};
