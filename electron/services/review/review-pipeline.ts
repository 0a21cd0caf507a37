import path from 'node:path';
import { analyzeAnswer } from '../../../shared/analysis';
import { FOLLOW_UP_WINDOW } from '../../../shared/analysis/signals/duration';
import { memorizedSignal } from '../../../shared/analysis/signals/memorized';
import type { ReviewJob } from '../../../shared/contract/review';
import { toBridgeError } from '../bridge/dispatch';
import { attemptFolder } from '../attempts/attempt-ids';
import { AUDIO_FILE } from '../attempts/attempt-file';
import type { AttemptStore } from '../attempts/attempt-store';
import type { Transcriber } from '../transcription';
import { withDelivery } from './delivery';
import { earlierTakes } from './earlier-takes';
import { readAnalysis, readTranscript, writeAnalysis } from './review-files';

/** What the pipeline needs: where attempts are, the transcriber, and which model to use. */
export type ReviewPipelineOptions = {
  attempts: AttemptStore;
  attemptsRoot: string;
  transcriber: Transcriber;
  /** Path of the model to transcribe with, or an Error saying how to get one. */
  resolveModel: () => Promise<string>;
  /** The target window for a main answer (from settings). */
  answerWindow: () => { minSec: number; maxSec: number };
  onProgress: (job: ReviewJob) => void;
};

/** Turns a recording into feedback: transcribe (whisper-cli, one at a time), then analyse, storing
 * transcript.json and analysis.json beside audio.wav. Progress goes out as events. */
export class ReviewPipeline {
  private readonly jobs = new Map<string, ReviewJob & { whisperJobId?: string }>();

  constructor(private readonly options: ReviewPipelineOptions) {}

  /** The stored results of an attempt and its running job, if any. */
  async get(attemptId: string) {
    const folder = attemptFolder(this.options.attemptsRoot, attemptId);
    const [transcript, analysis] = await Promise.all([
      readTranscript(folder),
      readAnalysis(folder),
    ]);
    const job = this.jobs.get(attemptId);
    return { transcript, analysis, job: job ? this.publicJob(job) : null };
  }

  /** Starts (or joins) the review of an attempt. */
  start(attemptId: string, force: boolean): ReviewJob {
    const running = this.jobs.get(attemptId);
    if (running && !['done', 'failed', 'cancelled'].includes(running.stage))
      return this.publicJob(running);
    const job = { attemptId, stage: 'queued' as ReviewJob['stage'], percent: 0, error: null };
    this.jobs.set(attemptId, job);
    this.emit(job);
    void this.run(job, force);
    return this.publicJob(job);
  }

  /** Cancels a queued or running review. */
  cancel(attemptId: string): { cancelled: boolean } {
    const job = this.jobs.get(attemptId);
    if (!job || ['done', 'failed', 'cancelled'].includes(job.stage)) return { cancelled: false };
    if (job.whisperJobId) this.options.transcriber.cancel(job.whisperJobId);
    this.update(job, { stage: 'cancelled' });
    return { cancelled: true };
  }

  private async run(job: ReviewJob & { whisperJobId?: string }, force: boolean): Promise<void> {
    try {
      const attempt = await this.options.attempts.get(job.attemptId);
      const folder = attemptFolder(this.options.attemptsRoot, job.attemptId);
      let transcript = force ? null : await readTranscript(folder);
      if (!transcript) {
        const modelPath = await this.options.resolveModel();
        if (job.stage === 'cancelled') return;
        const whisper = this.options.transcriber.transcribeAttempt(folder, { modelPath });
        job.whisperJobId = whisper.jobId;
        this.update(job, { stage: 'transcribing' });
        transcript = await whisper.promise;
      }
      if (job.stage === 'cancelled') return;
      this.update(job, { stage: 'analyzing', percent: 100 });
      const fromWords = analyzeAnswer({
        text: transcript.text,
        words: transcript.words,
        questionId: attempt.questionId,
        audioDurationSec: transcript.audioDurationSec,
        window: attempt.parentId ? FOLLOW_UP_WINDOW : this.options.answerWindow(),
        context: { question: attempt.questionText },
      });
      // The recording itself adds pace over time, pauses, volume and pitch; earlier takes of the
      // same question show whether this one was recited.
      const { analysis } = await withDelivery(fromWords, path.join(folder, AUDIO_FILE), transcript);
      if (!attempt.parentId) {
        const earlier = await earlierTakes(
          this.options.attempts,
          this.options.attemptsRoot,
          attempt,
        );
        analysis.signals.memorized = memorizedSignal(transcript.text, earlier);
      }
      writeAnalysis(folder, analysis);
      this.update(job, { stage: 'done' });
    } catch (error) {
      if (job.stage === 'cancelled') return;
      this.update(job, { stage: 'failed', error: toBridgeError(error) });
    }
  }

  /** Forwards transcription progress of a whisper job to its review job. */
  reportProgress(whisperJobId: string, percent: number): void {
    for (const job of this.jobs.values()) {
      if (job.whisperJobId === whisperJobId && job.stage === 'transcribing') {
        this.update(job, { percent: Math.max(job.percent, Math.min(100, percent)) });
      }
    }
  }

  private update(job: ReviewJob, patch: Partial<ReviewJob>): void {
    Object.assign(job, patch);
    this.emit(job);
  }

  private emit(job: ReviewJob): void {
    this.options.onProgress(this.publicJob(job));
  }

  private publicJob(job: ReviewJob): ReviewJob {
    return { attemptId: job.attemptId, stage: job.stage, percent: job.percent, error: job.error };
  }
}
