import fs, { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { systemCode } from './errno';

/** What a path that is not a regular file is, in words: "a folder", "a named pipe (FIFO)"... */
function describeKind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A path checked before opening: its stat, or why it cannot be read as a file. */
export type FileCheck =
  | { ok: true; stat: fs.Stats }
  | { ok: false; reason: 'missing' | 'not-a-file' | 'unreadable'; code?: string; kind?: string };

function fromStat(stat: fs.Stats): FileCheck {
  if (!stat.isFile()) return { ok: false, reason: 'not-a-file', kind: describeKind(stat) };
  return { ok: true, stat };
}

function fromError(error: unknown): FileCheck {
  const code = systemCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', code };
  return { ok: false, reason: 'unreadable', code };
}

/**
 * Checks that `file` is a regular file without opening it. `stat` never blocks on a FIFO or a
 * device, where `open` would hold a file-I/O thread until a writer appears (or read forever from
 * /dev/zero); so every file input is checked here first.
 */
export function checkRegularFile(file: string): Promise<FileCheck> {
  return fs.promises.stat(file).then(fromStat, fromError);
}

/** The same check, synchronous, for stores that load at start-up. */
export function checkRegularFileSync(file: string): FileCheck {
  try {
    return fromStat(fs.statSync(file));
  } catch (error) {
    return fromError(error);
  }
}

/** The first `length` bytes of a file (fewer when it is shorter), opened non-blocking. */
export async function readFileStart(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
