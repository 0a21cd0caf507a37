import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** `<file>.<pid>-<8 hex>.tmp`: beside its target (so the rename stays on one disk), and naming the
 * process that writes it, so the start-up sweep can tell a live write from a dead one's leftover. */
export function tempPathFor(file: string): string {
  return `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** Makes a folder's entries (a new file, a rename) durable. Windows cannot open folders, and NTFS
 * journals its metadata anyway; some filesystems refuse fsync on a folder (EINVAL): neither is an
 * error here. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.promises.open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

function syncFolderSync(folder: string): void {
  let fd: number;
  try {
    fd = fs.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // As in syncFolder: not every filesystem syncs folders.
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The one atomic writer: writes a temporary file in the same folder, fsyncs it, renames it over
 * `file` and fsyncs the folder, so a crash (even a power cut) leaves the old or the new content,
 * never half. On any failure the temporary file is removed, so a full disk leaves no 0-byte
 * leftovers; the error is thrown as it is (see describeWriteError for the words). The folder must
 * exist: an attempt folder deleted meanwhile is not brought back by a late write.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file);
  try {
    const handle = await fs.promises.open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, file);
  } catch (error) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/** writeFileAtomic for the small synchronous stores (stories, questions, settings, models.json),
 * whose updates must not interleave: the same steps and the same clean-up; it creates the store's
 * folder on first write. */
export function writeFileAtomicSync(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // The write already failed; that error is the one to report.
    }
    throw error;
  }
  syncFolderSync(path.dirname(file));
}

/** Renames an unreadable file to `<name>.corrupt-<timestamp><ext>` and returns the new path. */
export function moveAsideCorruptFile(file: string): string {
  const ext = path.extname(file);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = path.join(path.dirname(file), `${path.basename(file, ext)}.corrupt-${stamp}${ext}`);
  fs.renameSync(file, aside);
  return aside;
}
