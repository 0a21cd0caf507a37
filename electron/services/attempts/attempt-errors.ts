import type { ATTEMPT_ERROR_CODES } from '../../../shared/contract/error-codes';
import { CodedError } from '../storage/coded-error';

/** Why an attempts call failed; the bridge passes `code` and `message` to the renderer as they are. */
export type AttemptErrorCode = (typeof ATTEMPT_ERROR_CODES)[number];

/** A failed attempts call: `code` for programs, `message` for the person (what happened, what to do). */
export class AttemptError extends CodedError<AttemptErrorCode> {
  override readonly name = 'AttemptError';
}

/** "0.5 s", "42 s" or "3 min 5 s": how long a piece of audio is, for messages (rounded down, so
 * a message never promises more audio than there is). */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${Math.floor(seconds * 10) / 10} s`;
  const whole = Math.floor(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The error for audio or a finish sent to an attempt that has no open recording in this process:
 * finished, recovered, or left 'recording' by another process still running on the same folder. */
export function notRecording(stored: { id: string; status: string }): AttemptError {
  return new AttemptError(
    'not-recording',
    stored.status === 'recording'
      ? `The recording "${stored.id}" is held open by another Rehearse window or process, so it cannot be changed here. Close the other one, then restart Rehearse to recover the recording.`
      : 'This attempt is not recording any more, so no audio can be added to it. Start a new recording.',
  );
}

/** The error for an attempt id that has no folder. */
export function notFound(id: string): AttemptError {
  return new AttemptError(
    'not-found',
    `There is no attempt "${id}": it may have been deleted. Refresh the list of attempts.`,
  );
}
