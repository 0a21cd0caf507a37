import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Attempt, AttemptListItem } from '../../../shared/contract/attempts';
import { systemCode } from '../storage/errno';
import { AUDIO_FILE, TRANSCRIPT_FILE, exists, readAttemptFile } from './attempt-file';
import { isAttemptId } from './attempt-ids';
import { checkAudio } from '../wav/checks';

type Sortable = { item: AttemptListItem; createdAt: string };

/** Names of the attempt folders under `root` (symlinks and stray files are not attempts). */
export async function attemptFolderNames(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && isAttemptId(e.name)).map((e) => e.name);
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Every attempt folder under `root`, newest first. A folder with a missing or damaged attempt.json
 * or audio.wav is listed as damaged with what to do about it; one bad folder never fails the list.
 * `live` gives the in-memory state of recordings in progress (their duration grows as audio arrives).
 */
export async function listAttempts(
  root: string,
  live: (id: string) => Attempt | undefined,
): Promise<AttemptListItem[]> {
  const names = await attemptFolderNames(root);
  const items = await Promise.all(names.map((id) => inspectFolder(path.join(root, id), live(id))));
  return items
    .filter((s): s is Sortable => s !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .map((s) => s.item);
}

async function inspectFolder(
  folder: string,
  liveAttempt: Attempt | undefined,
): Promise<Sortable | null> {
  const id = path.basename(folder);
  const damaged = async (problem: string): Promise<Sortable> => ({
    item: { state: 'damaged', id, problem },
    createdAt: await folderTime(folder),
  });
  let attempt = liveAttempt;
  if (!attempt) {
    const read = await readAttemptFile(folder);
    // A folder deleted while the list was being made is simply gone, not damaged.
    if ('problem' in read) {
      return read.missing && !(await exists(folder)) ? null : damaged(read.problem);
    }
    attempt = read.attempt;
  }
  const audioProblem = await checkAudio(path.join(folder, AUDIO_FILE), attempt);
  if (audioProblem) return damaged(audioProblem);
  const hasTranscript = await access(path.join(folder, TRANSCRIPT_FILE)).then(
    () => true,
    () => false,
  );
  return { item: { state: 'ok', attempt, hasTranscript }, createdAt: attempt.createdAt };
}

/** When a damaged folder was made, so it sorts among the others by age. */
async function folderTime(folder: string): Promise<string> {
  try {
    const info = await stat(folder);
    return new Date(info.birthtimeMs || info.mtimeMs).toISOString();
  } catch {
    return '';
  }
}
