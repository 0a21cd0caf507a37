import { TranscriptionError } from './errors';

/** A queued job's handle: its id and the promise of its result. */
export type QueuedJob<T> = { jobId: string; promise: Promise<T> };

type Entry<T> = {
  jobId: string;
  run: (signal: AbortSignal) => Promise<T>;
  controller: AbortController;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
};

const cancelled = () =>
  new TranscriptionError('cancelled', 'The transcription was cancelled before it finished.');

/**
 * Runs jobs one at a time in arrival order. whisper-cli already uses every core it is given,
 * so two at once would only make both slower and double the memory.
 */
export class JobQueue<T> {
  private readonly waiting: Entry<T>[] = [];
  private running: Entry<T> | null = null;
  private counter = 0;

  /** Adds a job; `run` receives a signal that aborts when the job is cancelled. */
  add(run: (signal: AbortSignal) => Promise<T>, prefix = 'job'): QueuedJob<T> {
    const jobId = `${prefix}-${Date.now().toString(36)}-${(++this.counter).toString(36)}`;
    const promise = new Promise<T>((resolve, reject) => {
      this.waiting.push({ jobId, run, controller: new AbortController(), resolve, reject });
    });
    // A job nobody awaits (e.g. cancelled on quit) must not take the process down with an
    // unhandled rejection; whoever awaits the promise still sees the error.
    promise.catch(() => undefined);
    queueMicrotask(() => this.next());
    return { jobId, promise };
  }

  /** Cancels a waiting or running job; false when no such job is pending. */
  cancel(jobId: string): boolean {
    const index = this.waiting.findIndex((e) => e.jobId === jobId);
    if (index >= 0) {
      const [entry] = this.waiting.splice(index, 1);
      entry!.reject(cancelled());
      return true;
    }
    if (this.running?.jobId === jobId) {
      this.running.controller.abort();
      return true;
    }
    return false;
  }

  /** Cancels everything (on app quit). */
  cancelAll(): void {
    for (const entry of this.waiting.splice(0)) entry.reject(cancelled());
    this.running?.controller.abort();
  }

  /** The id of the running job, if any. */
  get runningJobId(): string | undefined {
    return this.running?.jobId;
  }

  /** How many jobs wait behind the running one. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  private next(): void {
    if (this.running || this.waiting.length === 0) return;
    const entry = this.waiting.shift()!;
    this.running = entry;
    const done = () => {
      this.running = null;
      this.next();
    };
    Promise.resolve()
      .then(() => entry.run(entry.controller.signal))
      .then(
        (value) =>
          entry.controller.signal.aborted ? entry.reject(cancelled()) : entry.resolve(value),
        (error: unknown) => entry.reject(entry.controller.signal.aborted ? cancelled() : error),
      )
      .finally(done);
  }
}
