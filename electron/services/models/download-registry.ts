import type { CatalogEntry } from '../../../shared/models/catalog';
import type {
  DownloadOutcome,
  DownloadProgress,
  ModelErrorInfo,
  ModelStateEvent,
} from '../../../shared/models/schemas';
import { runDownloadJob, type StopReason } from './download-job';
import type { JobView } from './model-list';

/** How downloads run; the manager passes its options through. */
export type DownloadSettings = {
  modelsDir: string;
  fetchImpl: typeof fetch;
  env: NodeJS.ProcessEnv;
  retryDelaysMs: readonly number[];
  stallTimeoutMs: number;
  progressIntervalMs: number;
  onProgress?: (progress: DownloadProgress) => void;
  onStateChange?: (event: ModelStateEvent) => void;
  /** Called once a download is verified and in place, before its outcome resolves. */
  onInstalled(entry: CatalogEntry, sha1: string): void;
};

type Job = { controller: AbortController; promise: Promise<DownloadOutcome>; view: JobView };

/** The running downloads (at most one per model) and the last failure of each model. */
export class DownloadRegistry {
  private readonly jobs = new Map<string, Job>();
  private readonly failures = new Map<string, ModelErrorInfo>();

  constructor(private readonly settings: DownloadSettings) {}

  /** True while a download of this model runs. */
  isRunning(modelId: string): boolean {
    return this.jobs.has(modelId);
  }

  /** Phase and progress of each running download, for the list. */
  views(): Map<string, JobView> {
    return new Map([...this.jobs].map(([id, job]) => [id, job.view]));
  }

  /** The last failure of each model in this session. */
  lastErrors(): ReadonlyMap<string, ModelErrorInfo> {
    return this.failures;
  }

  /** Forgets a model's last failure (its partial file was discarded). */
  clearError(modelId: string): void {
    this.failures.delete(modelId);
  }

  /** Starts a download, or returns the one already running for this model. */
  start(entry: CatalogEntry, url: string): Promise<DownloadOutcome> {
    const running = this.jobs.get(entry.id);
    if (running) return running.promise;
    this.failures.delete(entry.id);
    const { settings } = this;
    const controller = new AbortController();
    const view: JobView = { phase: 'downloading', progress: null };
    const promise = runDownloadJob({
      ...settings,
      model: entry,
      url,
      signal: controller.signal,
      emitProgress: (progress) => {
        view.progress = progress;
        settings.onProgress?.(progress);
      },
      emitState: (event) => {
        if (event.status === 'verifying') view.phase = 'verifying';
        if (event.status === 'failed') this.failures.set(entry.id, event.error);
        if (event.status === 'installed') {
          try {
            settings.onInstalled(entry, event.sha1);
          } catch {
            // The file is verified and in place; only the bookkeeping failed, and list() copes.
          }
        }
        settings.onStateChange?.(event);
      },
    }).finally(() => this.jobs.delete(entry.id));
    this.jobs.set(entry.id, { controller, promise, view });
    return promise;
  }

  /** Stops a running download; `cancel` deletes its partial file, `shutdown` keeps it. Resolves
   * once the download has ended; false when none was running. */
  async stop(modelId: string, reason: StopReason): Promise<boolean> {
    const job = this.jobs.get(modelId);
    if (!job) return false;
    job.controller.abort(reason);
    await job.promise;
    return true;
  }

  /** Stops every download, keeping the partial files for the next start. */
  async shutdown(): Promise<void> {
    await Promise.all([...this.jobs.keys()].map((id) => this.stop(id, 'shutdown')));
  }
}
