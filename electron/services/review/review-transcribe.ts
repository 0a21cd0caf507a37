import path from 'node:path';
import type { Transcript } from '../../../shared/transcript';
import type { Transcriber } from '../transcription';
import { LiveFailed } from '../transcription/live/live-session';
import type { LiveTranscriber } from '../transcription/live/live-transcriber';
import { writeTranscriptFile } from '../transcription/transcript-file';

/** What one review's transcription step needs. */
export type ReviewTranscribeOptions = {
  attemptId: string;
  folder: string;
  modelPath: string;
  /** Transcribe the whole file even when the live path has the transcript. */
  wholeFile: boolean;
  transcriber: Transcriber;
  live?: LiveTranscriber;
  /** Seconds of audio transcribed so far (called at least every 250 ms on the live path). */
  onAudioDone: (doneSec: number) => void;
  /** The whole-file job's id, so a cancel can reach whisper-cli. */
  onWholeFileJob: (jobId: string) => void;
  onNotice: (notice: string) => void;
};

/**
 * The transcript of a stopped recording: from its live session when it had one (only the tail
 * is left to transcribe), else, or when the live engine failed (with a notice saying so), from
 * whisper-cli over the whole file. Stores transcript.json either way.
 */
export async function transcribeForReview(options: ReviewTranscribeOptions): Promise<Transcript> {
  const session = options.wholeFile ? undefined : options.live?.take(options.attemptId);
  if (session) {
    const timer = setInterval(() => options.onAudioDone(session.progress.doneSec), 250);
    try {
      const transcript = await session.finish();
      await writeTranscriptFile(path.join(options.folder, 'transcript.json'), transcript);
      return transcript;
    } catch (error) {
      if (!(error instanceof LiveFailed)) throw error;
      options.onNotice(
        `Live transcription stopped during the recording (${error.message}); no audio was lost, and the whole recording was transcribed after you stopped instead.`,
      );
    } finally {
      clearInterval(timer);
    }
  }
  const whisper = options.transcriber.transcribeAttempt(options.folder, {
    modelPath: options.modelPath,
  });
  options.onWholeFileJob(whisper.jobId);
  return whisper.promise;
}
