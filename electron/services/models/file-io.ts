import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';

/** A running SHA-1 and how many bytes went into it, so a resumed download can continue it. */
export type RunningHash = { hash: Hash; bytes: number };

/** Hashes the file's first `length` bytes (default: its size now), returning the running hash to
 * continue with. Reading no more than the size keeps a special file from being read forever. */
export async function hashFile(
  file: string,
  signal?: AbortSignal,
  length = fs.statSync(file).size,
): Promise<RunningHash> {
  const hash = createHash('sha1');
  let bytes = 0;
  if (length === 0) return { hash, bytes };
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20, signal, end: length - 1 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { hash, bytes };
}

/** A fresh running hash over zero bytes. */
export function emptyHash(): RunningHash {
  return { hash: createHash('sha1'), bytes: 0 };
}

/** The SHA-1 of a whole file, lowercase hex. */
export async function sha1OfFile(file: string, signal?: AbortSignal): Promise<string> {
  return (await hashFile(file, signal)).hash.digest('hex');
}

/** Writes the whole chunk at the file's current position (one write call may write less). */
export async function writeAll(file: fs.promises.FileHandle, chunk: Uint8Array): Promise<void> {
  let done = 0;
  while (done < chunk.length) {
    const { bytesWritten } = await file.write(chunk, done, chunk.length - done);
    done += bytesWritten;
  }
}
