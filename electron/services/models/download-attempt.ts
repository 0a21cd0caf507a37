import fs from 'node:fs';
import { ensureFreeSpace } from './disk-space';
import { httpStatusError } from './download-errors';
import { emptyHash, writeAll, type RunningHash } from './file-io';
import { ModelError } from './model-error';

/** One HTTP request of a download: resumes the partial file from its end when it can. */
export type AttemptOptions = {
  fetchImpl: typeof fetch;
  url: string;
  partialPath: string;
  dir: string;
  /** The SHA-1 of exactly the bytes in the partial file; replaced when the download restarts. */
  hashRef: { current: RunningHash };
  /** Aborts on cancel or shutdown. */
  signal: AbortSignal;
  /** With no byte for this long, the attempt is dropped (and retried by the caller). */
  stallTimeoutMs: number;
  onStart(info: { resumedFrom: number; totalBytes: number | null }): void;
  onBytes(bytesOnDisk: number): void;
};

/** How an attempt ended without an error. */
export type AttemptResult = { status: 'complete' } | { status: 'range-not-satisfiable' };

function parseContentRange(header: string | null): { start: number; total: number | null } | null {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header?.trim() ?? '');
  if (!match) return null;
  return { start: Number(match[1]), total: match[2] === '*' ? null : Number(match[2]) };
}

function lengthOf(response: Response): number | null {
  const value = Number(response.headers.get('content-length'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Runs one request and streams its body into the partial file, hashing as it writes. Throws a
 * ModelError (or the raw network/file error, for the caller to classify) when it fails. */
export async function downloadAttempt(options: AttemptOptions): Promise<AttemptResult> {
  const { hashRef, url } = options;
  const offset = hashRef.current.bytes;
  const stall = new AbortController();
  const signal = AbortSignal.any([options.signal, stall.signal]);
  let timer: NodeJS.Timeout | undefined;
  const armStallTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const seconds = Math.round(options.stallTimeoutMs / 100) / 10;
      stall.abort(new ModelError('timeout', `No data arrived for ${seconds} s.`, true));
    }, options.stallTimeoutMs);
  };
  armStallTimer();
  let file: fs.promises.FileHandle | undefined;
  try {
    const headers: Record<string, string> = { 'accept-encoding': 'identity' };
    if (offset > 0) headers.range = `bytes=${offset}-`;
    const response = await options.fetchImpl(url, { headers, signal, redirect: 'follow' });
    if (response.status === 416 && offset > 0) {
      await response.body?.cancel();
      return { status: 'range-not-satisfiable' };
    }
    if (response.status !== 200 && response.status !== 206) {
      await response.body?.cancel();
      throw httpStatusError(response.status, url);
    }
    let start = 0;
    let total = lengthOf(response);
    if (response.status === 206) {
      const range = parseContentRange(response.headers.get('content-range'));
      if (!range || (range.start !== offset && range.start !== 0)) {
        await response.body?.cancel();
        hashRef.current = emptyHash();
        await fs.promises.rm(options.partialPath, { force: true });
        throw new ModelError('network-interrupted', 'The server sent the wrong part.', true);
      }
      start = range.start;
      total = range.total ?? (total === null ? null : start + total);
    }
    // A 200 answer to a Range request means the server ignored it: start the file over.
    if (start === 0) hashRef.current = emptyHash();
    if (total !== null) await ensureFreeSpace(options.dir, total - start);
    file = await fs.promises.open(options.partialPath, start === 0 ? 'w' : 'a');
    options.onStart({ resumedFrom: start, totalBytes: total });
    if (!response.body)
      throw new ModelError('network-interrupted', 'The answer had no body.', true);
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      armStallTimer();
      await writeAll(file, chunk);
      hashRef.current.hash.update(chunk);
      hashRef.current.bytes += chunk.length;
      options.onBytes(hashRef.current.bytes);
    }
    if (total !== null && hashRef.current.bytes < total) {
      throw new ModelError('network-interrupted', 'The connection closed before the end.', true);
    }
    return { status: 'complete' };
  } catch (error) {
    // An abort rejects with its reason; a stall's reason is the timeout error.
    throw stall.signal.aborted && !options.signal.aborted ? stall.signal.reason : error;
  } finally {
    clearTimeout(timer);
    await file?.close();
  }
}
