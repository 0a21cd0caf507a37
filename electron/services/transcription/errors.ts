import type { TRANSCRIPTION_ERROR_CODES } from '../../../shared/contract/error-codes';
import { CodedError } from '../storage/coded-error';

/** Why a transcription failed (the contract lists the codes). */
export type TranscriptionErrorCode = (typeof TRANSCRIPTION_ERROR_CODES)[number];

/** A failed transcription: `code` for programs, `message` for the person (what happened, what to do). */
export class TranscriptionError extends CodedError<TranscriptionErrorCode> {
  override readonly name = 'TranscriptionError';
}

/** True when a value is a TranscriptionError (also across module copies). */
export function isTranscriptionError(value: unknown): value is TranscriptionError {
  return value instanceof Error && value.name === 'TranscriptionError' && 'code' in value;
}
