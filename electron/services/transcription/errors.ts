import type { TRANSCRIPTION_ERROR_CODES } from '../../../shared/contract/error-codes';

/** Why a transcription failed (the contract lists the codes). */
export type TranscriptionErrorCode = (typeof TRANSCRIPTION_ERROR_CODES)[number];

/** A failed transcription: `code` for programs, `message` for the person (what happened, what to do). */
export class TranscriptionError extends Error {
  override readonly name = 'TranscriptionError';

  constructor(
    readonly code: TranscriptionErrorCode,
    message: string,
    /** whisper-cli's last stderr lines or the system error, for logs and bug reports. */
    readonly details?: string,
  ) {
    super(message);
  }
}

/** True when a value is a TranscriptionError (also across module copies). */
export function isTranscriptionError(value: unknown): value is TranscriptionError {
  return value instanceof Error && value.name === 'TranscriptionError' && 'code' in value;
}
