/** The transcription service's public surface. */
export { Transcriber, FILLER_PROMPT, DEFAULT_MAX_AUDIO_SEC } from './transcriber';
export type { TranscriberOptions, TranscribeOptions, TranscriptionJob } from './transcriber';
export { TranscriptionError, isTranscriptionError } from './errors';
export type { TranscriptionErrorCode } from './errors';
export {
  resolveModelPath,
  resolveWhisperCliPath,
  DEFAULT_WHISPER_CLI,
  TEST_MODEL_PATH,
} from './engine-paths';
export { readTranscriptFile, writeTranscriptFile } from './transcript-file';
