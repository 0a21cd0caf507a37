import fs from 'node:fs';
import { diskFullError } from './download-errors';

/** Bytes a non-root user may still write on the disk holding `dir`; null when the OS won't say. */
export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const stats = await fs.promises.statfs(dir);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

// Room left over so the download does not fill the disk to the last byte (the OS, the recordings
// and the app's own files still need to be written).
const HEADROOM_BYTES = 50_000_000;

/** Fails early, with the sizes in the message, when `needed` bytes will not fit in `dir`. */
export async function ensureFreeSpace(dir: string, needed: number): Promise<void> {
  const free = await freeBytes(dir);
  const wanted = needed + HEADROOM_BYTES;
  if (free !== null && free < wanted) throw diskFullError(dir, wanted, free);
}
