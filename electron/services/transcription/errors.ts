/** Why a transcription failed. "No speech" is not among them: it is a transcript with noSpeech. */
export type TranscriptionErrorCode =
  | 'engine-missing'
  | 'model-missing'
  | 'model-invalid'
  | 'audio-missing'
  | 'audio-empty'
  | 'audio-unreadable'
  | 'audio-too-long'
  | 'engine-failed'
  | 'engine-crashed'
  | 'timeout'
  | 'cancelled'
  | 'output-invalid'
  | 'write-failed';

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
