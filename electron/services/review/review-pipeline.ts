import path from 'node:path';
import { analyzeAnswer, analyzeAnswerRead } from '../../../shared/analysis';
import type { ClauseReader } from '../../../shared/analysis/clause-model/reading';
import { FOLLOW_UP_WINDOW } from '../../../shared/analysis/signals/duration';
import { memorizedSignal } from '../../../shared/analysis/signals/memorized';
import { withRankedFixes } from '../../../shared/review/focused-review';
import type { ReviewJob } from '../../../shared/contract/review';
import { toBridgeError } from '../bridge/dispatch';
import { attemptFolder } from '../attempts/attempt-ids';
import { AUDIO_FILE } from '../attempts/attempt-file';
import { AttemptError } from '../attempts/attempt-errors';
import type { AttemptStore } from '../attempts/attempt-store';
import type { Transcriber } from '../transcription';
import type { LiveTranscriber } from '../transcription/live/live-transcriber';
import { withDelivery } from './delivery';
import { earlierTakes } from './earlier-takes';
import { readAnalysis, readTranscript, writeAnalysis } from './review-files';
import { transcribeForReview } from './review-transcribe';

/** What the pipeline needs: where attempts are, the transcriber, and which model to use. */
export type ReviewPipelineOptions = {
  attempts: AttemptStore;
  attemptsRoot: string;
  transcriber: Transcriber;
  /** Transcription while recording; a stopped recording's review takes its transcript from it. */
  live?: LiveTranscriber;
  /** Path of the model to transcribe with, or an Error saying how to get one. */
  resolveModel: () => Promise<string>;
  /** Reads the clauses whose blame verdict it can change; without it the clause model judges alone. */
  clauseReader?: ClauseReader;
  /** The target window for a main answer (from settings). */
  answerWindow: () => { minSec: number; maxSec: number };
  onProgress: (job: ReviewJob) => void;
};

type Job = ReviewJob & { whisperJobId?: string; startedAt: number };

const FINISHED: ReviewJob['stage'][] = ['done', 'failed', 'cancelled'];
/** How much shorter than the recording a stored transcript's audio may be and still be its own. */
const STALE_MARGIN_SEC = 1;

const stillRecording = () =>
  new AttemptError(
    'still-recording',
    'This take is still being recorded. Its review starts when the recording stops.',
  );

/** Turns a recording into feedback: transcribe (whisper-cli, one at a time), then analyse, storing
 * transcript.json and analysis.json beside audio.wav. Progress goes out as events. */
export class ReviewPipeline {
  private readonly jobs = new Map<string, Job>();

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
    if (running && !FINISHED.includes(running.stage)) return this.publicJob(running);
    const job: Job = { attemptId, stage: 'queued', percent: 0, error: null, startedAt: Date.now() };
    this.jobs.set(attemptId, job);
    this.emit(job);
    // A tick every second while the job runs, so its progress never looks hung.
    const heartbeat = setInterval(() => {
      if (FINISHED.includes(job.stage)) clearInterval(heartbeat);
      else this.update(job, {});
    }, 1000);
    heartbeat.unref?.();
    void this.run(job, force).finally(() => clearInterval(heartbeat));
    return this.publicJob(job);
  }

  /** Cancels a queued or running review. */
  cancel(attemptId: string): { cancelled: boolean } {
    const job = this.jobs.get(attemptId);
    if (!job || FINISHED.includes(job.stage)) return { cancelled: false };
    if (job.whisperJobId) this.options.transcriber.cancel(job.whisperJobId);
    this.update(job, { stage: 'cancelled' });
    return { cancelled: true };
  }

  private async run(job: Job, force: boolean): Promise<void> {
    try {
      const attempt = await this.options.attempts.get(job.attemptId);
      // A take still being recorded (say, opened from another window) has no final audio yet:
      // transcribing it now would store a review of its first seconds as if it were the answer.
      if (attempt.status === 'recording') throw stillRecording();
      const folder = attemptFolder(this.options.attemptsRoot, job.attemptId);
      let transcript = force ? null : await readTranscript(folder);
      // A stored transcript shorter than the recording was made from part of it: do it again.
      if (transcript && transcript.audioDurationSec < attempt.durationSec - STALE_MARGIN_SEC)
        transcript = null;
      if (!transcript) {
        const modelPath = await this.options.resolveModel();
        if (job.stage === 'cancelled') return;
        this.update(job, { stage: 'transcribing', doneSec: 0, totalSec: attempt.durationSec });
        transcript = await transcribeForReview({
          attemptId: job.attemptId,
          folder,
          modelPath,
          wholeFile: force,
          transcriber: this.options.transcriber,
          live: this.options.live,
          onAudioDone: (doneSec) => this.advance(job, doneSec),
          onWholeFileJob: (jobId) => (job.whisperJobId = jobId),
          onNotice: (notice) => this.update(job, { notice }),
        });
      }
      if (job.stage === 'cancelled') return;
      this.update(job, { stage: 'analyzing', percent: 100 });
      const input = {
        text: transcript.text,
        words: transcript.words,
        questionId: attempt.questionId,
        audioDurationSec: transcript.audioDurationSec,
        window: attempt.parentId ? FOLLOW_UP_WINDOW : this.options.answerWindow(),
        context: { question: attempt.questionText },
      };
      const { clauseReader } = this.options;
      const fromWords = clauseReader
        ? await analyzeAnswerRead(input, clauseReader)
        : analyzeAnswer(input);
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
      writeAnalysis(folder, withRankedFixes(analysis));
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
        this.advance(job, ((job.totalSec ?? 0) * Math.min(100, percent)) / 100);
      }
    }
  }

  /** Moves a job's audio-time progress forward (never back) and its percent with it. */
  private advance(job: Job, doneSec: number): void {
    const total = job.totalSec ?? 0;
    const done = Math.min(total, Math.max(job.doneSec ?? 0, doneSec));
    const percent = total > 0 ? Math.max(job.percent, (100 * done) / total) : job.percent;
    if (done !== job.doneSec || percent !== job.percent)
      this.update(job, { doneSec: done, percent });
  }

  private update(job: Job, patch: Partial<ReviewJob>): void {
    Object.assign(job, patch);
    this.emit(job);
  }

  private emit(job: Job): void {
    this.options.onProgress(this.publicJob(job));
  }

  private publicJob(job: Job): ReviewJob {
    const { attemptId, stage, percent, error, doneSec, totalSec, notice } = job;
    const elapsedSec = Math.round((Date.now() - job.startedAt) / 1000);
    return { attemptId, stage, percent, error, doneSec, totalSec, notice, elapsedSec };
  }
}
