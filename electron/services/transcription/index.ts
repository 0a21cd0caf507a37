/** The transcription service's public surface. */
export { Transcriber, FILLER_PROMPT } from './transcriber';
export { isTranscriptionError } from './errors';
export { TEST_MODEL_PATH } from './engine-paths';
export { readTranscriptFile } from './transcript-file';
