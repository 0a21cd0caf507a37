import os from 'node:os';
import path from 'node:path';
import type { Transcript } from '../../../shared/transcript';
import { resolveModelPath, resolveWhisperCliPath } from './engine-paths';
import { JobQueue, type QueuedJob } from './job-queue';
import { WHOLE_FILE_DECODE, type DecodeSettings } from './live/engine-settings';
import { transcribeFile } from './transcribe-file';
import { writeTranscriptFile } from './transcript-file';

/** Keeps whisper's "um"/"uh" in the transcript; chosen by bench/filler-fidelity.ts. */
export const FILLER_PROMPT =
  "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking.";

/** Longest audio transcribed: 20 minutes, well past any answer, bounded in time and memory. */
const DEFAULT_MAX_AUDIO_SEC = 20 * 60;

/** Options of the transcriber service. */
export type TranscriberOptions = {
  /** whisper-cli; default env REHEARSE_WHISPER_CLI, else vendor/whisper/bin/whisper-cli. */
  whisperCliPath?: string;
  /** ggml model; default env REHEARSE_MODEL, else the development test model. */
  modelPath?: string;
  /** Threads for whisper-cli; default the machine's core count (at most 8). */
  threads?: number;
  /** Per-job time limit; default 5x the audio length, at least 10 minutes (it only catches a stuck engine). */
  timeoutMs?: number;
  maxAudioSec?: number;
  /** Initial prompt; default FILLER_PROMPT, null for none. */
  prompt?: string | null;
  onProgress?: (jobId: string, percent: number) => void;
  /** Decoding settings; default WHOLE_FILE_DECODE, the same as the live engine's. */
  decode?: DecodeSettings;
};

/** Per-job overrides. */
export type TranscribeOptions = { modelPath?: string; prompt?: string | null; language?: string };

/** The handle of a queued transcription. */
export type TranscriptionJob = QueuedJob<Transcript>;

/**
 * The transcription service: one whisper-cli process at a time from a queue, each job with
 * progress events, cancel (kills the process) and a time limit. Plain Node, so the Electron
 * main process, the preview server, the CLI and tests share it.
 */
export class Transcriber {
  readonly whisperCliPath: string;
  readonly modelPath: string;
  readonly threads: number;
  private readonly queue = new JobQueue<Transcript>();
  private pid: number | undefined;

  constructor(private readonly options: TranscriberOptions = {}) {
    this.whisperCliPath = resolveWhisperCliPath(options.whisperCliPath);
    this.modelPath = resolveModelPath(options.modelPath);
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    this.threads = options.threads ?? Math.max(1, Math.min(8, cores));
  }

  /** Queues a transcription of any audio file whisper-cli reads (WAV, MP3, FLAC, OGG). */
  enqueue(audioPath: string, opts: TranscribeOptions = {}): TranscriptionJob {
    const prompt = opts.prompt !== undefined ? opts.prompt : this.options.prompt;
    const job: TranscriptionJob = this.queue.add(async (signal) => {
      let last = -1;
      // Progress never moves backwards, even when whisper-cli repeats or re-decodes a window.
      const report = (percent: number) => {
        if (percent <= last) return;
        last = percent;
        this.options.onProgress?.(job.jobId, percent);
      };
      report(0);
      try {
        const transcript = await transcribeFile(path.resolve(audioPath), {
          cliPath: this.whisperCliPath,
          modelPath: resolveModelPath(opts.modelPath ?? this.modelPath),
          threads: this.threads,
          timeoutMs: this.options.timeoutMs,
          maxAudioSec: this.options.maxAudioSec ?? DEFAULT_MAX_AUDIO_SEC,
          prompt: prompt === null ? undefined : (prompt ?? FILLER_PROMPT),
          language: opts.language,
          signal,
          onProgress: report,
          onSpawn: (pid) => (this.pid = pid),
          decode: this.options.decode ?? WHOLE_FILE_DECODE,
        });
        report(100);
        return transcript;
      } finally {
        this.pid = undefined;
      }
    }, 'transcription');
    return job;
  }

  /**
   * Transcribes an attempt folder's audio.wav and stores transcript.json beside it (atomically,
   * validated); the promise resolves once the file is written.
   */
  transcribeAttempt(attemptDir: string, opts: TranscribeOptions = {}): TranscriptionJob {
    const job = this.enqueue(path.join(attemptDir, 'audio.wav'), opts);
    const promise = job.promise.then(async (transcript) => {
      await writeTranscriptFile(path.join(attemptDir, 'transcript.json'), transcript);
      return transcript;
    });
    promise.catch(() => undefined);
    return { jobId: job.jobId, promise };
  }

  /** Cancels a queued or running job (its promise rejects with code 'cancelled'). */
  cancel(jobId: string): boolean {
    return this.queue.cancel(jobId);
  }

  /** The running job and its whisper-cli process id, if any. */
  get activeJob(): { jobId: string; pid: number | undefined } | undefined {
    const jobId = this.queue.runningJobId;
    return jobId ? { jobId, pid: this.pid } : undefined;
  }

  /** Cancels every job; call on quit so no whisper-cli outlives the app. */
  dispose(): void {
    this.queue.cancelAll();
  }
}
