import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { attemptSchema, type Attempt } from '../../../shared/contract/attempts';
import { writeFileAtomic } from '../storage/atomic-write';
import { isDiskFull } from '../storage/errno';
import { readJsonDocument } from '../storage/read-json';

/** Files inside an attempt folder. */
export const ATTEMPT_FILE = 'attempt.json';
/** The recording. */
export const AUDIO_FILE = 'audio.wav';
/** Written by transcription; its presence is what `hasTranscript` reports. */
export const TRANSCRIPT_FILE = 'transcript.json';

/** An attempt.json as read: the attempt, or a sentence saying what is wrong with it. */
export type AttemptFileRead = { attempt: Attempt } | { problem: string; missing: boolean };

/** Reads and validates `<folder>/attempt.json`; never throws for a missing or corrupt file. */
export async function readAttemptFile(folder: string): Promise<AttemptFileRead> {
  const id = path.basename(folder);
  const tidy = `Delete the attempt to remove it from the list, or restore attempt.json from a backup.`;
  const read = await readJsonDocument(path.join(folder, ATTEMPT_FILE), attemptSchema);
  if (
    !read.ok &&
    (read.reason === 'missing' || read.reason === 'unreadable' || read.reason === 'not-a-file')
  ) {
    const missing = read.reason === 'missing';
    const what = missing ? 'is missing' : `cannot be read (${read.why})`;
    return {
      missing,
      problem: `The details of this recording (attempt.json) ${what}, so Rehearse cannot tell which question it answers. ${tidy}`,
    };
  }
  if (!read.ok) {
    return {
      missing: false,
      problem: `The details of this recording (attempt.json) are damaged and cannot be read. ${tidy}`,
    };
  }
  const parsed = read;
  if (parsed.data.id !== id) {
    return {
      missing: false,
      problem: `The details in this folder belong to another attempt (${parsed.data.id}); the folder was probably copied by hand. ${tidy}`,
    };
  }
  return { attempt: parsed.data };
}

/** Writes attempt.json so that a crash, even a power cut, leaves the old or the new version whole:
 * a synced temporary file renamed over the old one, then the folder synced so the rename lasts. */
export async function writeAttemptFile(folder: string, attempt: Attempt): Promise<void> {
  const content = JSON.stringify(attemptSchema.parse(attempt), null, 2) + '\n';
  const file = path.join(folder, ATTEMPT_FILE);
  try {
    await writeFileAtomic(file, content);
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    // A full disk has no room for a second copy, but rewriting the existing file reuses its block
    // (attempt.json is far smaller than one), so a recording stopped by a full disk can still be
    // saved as finished. Not crash-proof like a rename, hence only the fallback: a torn file is
    // listed as damaged, with its audio intact.
    await overwriteInPlace(file, content).catch(() => Promise.reject(error));
  }
}

async function overwriteInPlace(file: string, content: string): Promise<void> {
  const bytes = Buffer.from(content, 'utf8');
  const handle = await open(file, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** True when something (file, folder or link) exists at `file`. */
export async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}
