import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatBytes } from '../../../shared/models/format-bytes';
import type {
  DownloadOutcome,
  DownloadProgress,
  ModelStateEvent,
} from '../../../shared/models/schemas';
import { ensureFreeSpace } from './disk-space';
import { downloadAttempt } from './download-attempt';
import { classifyDownloadError, errorCodes } from './download-errors';
import { emptyHash, hashFile, type RunningHash } from './file-io';
import { ModelError } from './model-error';
import { ProgressMeter } from './progress-meter';

/** Why a running job was stopped: the user cancelled (partial deleted) or the app is closing
 * (partial kept, so the next start resumes). */
export type StopReason = 'cancel' | 'shutdown';

/** Everything one download needs; the manager fills it in. */
export type JobOptions = {
  model: { id: string; fileName: string; sha1: string; sizeBytes: number };
  url: string;
  modelsDir: string;
  fetchImpl: typeof fetch;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  retryDelaysMs: readonly number[];
  stallTimeoutMs: number;
  progressIntervalMs: number;
  emitProgress(progress: DownloadProgress): void;
  emitState(event: ModelStateEvent): void;
};

const RESUMABLE = new Set(['network-interrupted', 'timeout', 'offline', 'server-error']);

/** Downloads one model into `<file>.partial`, resuming and retrying, checks its SHA-1 and renames
 * it into place. Never throws: every ending is an outcome (and a state event). */
export async function runDownloadJob(options: JobOptions): Promise<DownloadOutcome> {
  const { model, modelsDir, signal } = options;
  const modelId = model.id;
  const partialPath = path.join(modelsDir, `${model.fileName}.partial`);
  const finalPath = path.join(modelsDir, model.fileName);
  const hashRef: { current: RunningHash } = { current: emptyHash() };
  const meter = new ProgressMeter({ modelId, intervalMs: options.progressIntervalMs });
  let total: number | null = model.sizeBytes;
  let gotBytes = false;
  const finish = (outcome: DownloadOutcome): DownloadOutcome => {
    options.emitState(outcome);
    return outcome;
  };
  const stopped = async (): Promise<DownloadOutcome> => {
    if (signal.reason !== 'shutdown') await fs.promises.rm(partialPath, { force: true });
    return finish({ status: 'cancelled', modelId });
  };
  try {
    await fs.promises.mkdir(modelsDir, { recursive: true });
    if (fs.existsSync(partialPath)) hashRef.current = await hashFile(partialPath, signal);
    await ensureFreeSpace(modelsDir, Math.max(0, model.sizeBytes - hashRef.current.bytes));
    meter.reset(hashRef.current.bytes, total);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await downloadAttempt({
          ...options,
          partialPath,
          dir: modelsDir,
          hashRef,
          onStart: ({ resumedFrom, totalBytes }) => {
            total = totalBytes ?? model.sizeBytes;
            meter.reset(resumedFrom, total);
            options.emitState({
              status: 'downloading',
              modelId,
              resumedFromBytes: resumedFrom,
              attempt,
            });
          },
          onBytes: (bytes) => {
            gotBytes = true;
            const progress = meter.sample(bytes);
            if (progress) options.emitProgress(progress);
          },
        });
        // 416: the partial already holds the whole file (it was never renamed); verify it below.
        if (result.status === 'range-not-satisfiable' && !matches(hashRef.current, model.sha1)) {
          hashRef.current = emptyHash();
          await fs.promises.rm(partialPath, { force: true });
          continue;
        }
        break;
      } catch (error) {
        if (signal.aborted) return await stopped();
        const failure = classifyDownloadError(error, context(options, hashRef.current.bytes));
        const retry = failure.retryable || (failure.code === 'offline' && gotBytes);
        const delayMs = options.retryDelaysMs[attempt - 1];
        if (!retry || delayMs === undefined) throw error;
        options.emitState({
          status: 'retrying',
          modelId,
          attempt,
          delayMs,
          error: failure.toInfo(),
        });
        await sleep(delayMs, undefined, { signal });
      }
    }
    const done = meter.sample(hashRef.current.bytes, true);
    if (done) options.emitProgress(done);
    options.emitState({ status: 'verifying', modelId });
    const sha1 = hashRef.current.hash.copy().digest('hex');
    if (sha1 !== model.sha1.toLowerCase()) {
      await fs.promises.rm(partialPath, { force: true });
      throw new ModelError(
        'checksum-mismatch',
        `The downloaded file is damaged or is not the expected model (SHA-1 ${sha1}, expected ${model.sha1}), so it was deleted. Download it again; if this keeps happening, something on your network is altering downloads.`,
      );
    }
    await fs.promises.rename(partialPath, finalPath);
    return finish({ status: 'installed', modelId, path: finalPath, sha1 });
  } catch (error) {
    if (signal.aborted) return await stopped();
    return finish(await failed(error, options, partialPath, hashRef.current, total));
  }
}

function matches(running: RunningHash, sha1: string): boolean {
  return running.hash.copy().digest('hex') === sha1.toLowerCase();
}

function context(options: JobOptions, bytes: number) {
  const bytesNeeded = Math.max(0, options.model.sizeBytes - bytes);
  return { url: options.url, dir: options.modelsDir, env: options.env, bytesNeeded };
}

async function failed(
  error: unknown,
  options: JobOptions,
  partialPath: string,
  running: RunningHash,
  total: number | null,
): Promise<DownloadOutcome> {
  const failure = classifyDownloadError(error, context(options, running.bytes));
  // A disk that filled up mid-write gets its space back; other partials stay for a resume.
  const codes = errorCodes(error);
  if (codes.includes('ENOSPC') || codes.includes('EDQUOT')) {
    await fs.promises.rm(partialPath, { force: true }).catch(() => undefined);
  }
  const partialBytes = await fs.promises.stat(partialPath).then(
    (stat) => stat.size,
    () => 0,
  );
  let message = failure.message;
  if (partialBytes > 0 && RESUMABLE.has(failure.code)) {
    const of = total ? ` of ${formatBytes(total)}` : '';
    message += ` ${formatBytes(partialBytes)}${of} is saved; start the download again to continue from there.`;
  }
  return {
    status: 'failed',
    modelId: options.model.id,
    error: { code: failure.code, message },
    partialKept: partialBytes > 0,
    partialBytes,
  };
}
