import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Attempt } from '../../../shared/contract/attempts';
import { AttemptError, notFound } from './attempt-errors';
import { systemCode } from '../storage/errno';
import { AUDIO_FILE, exists, readAttemptFile } from './attempt-file';
import { attemptFolderNames } from './attempt-listing';
import { WAV_HEADER_BYTES, buildWavHeader } from '../wav/format';

/** The attempt stored in `folder`; 'not-found' without the folder, 'damaged' with a bad attempt.json. */
export async function readStoredAttempt(folder: string): Promise<Attempt> {
  const read = await readAttemptFile(folder);
  if ('attempt' in read) return read.attempt;
  if (!(await exists(folder))) throw notFound(path.basename(folder));
  throw new AttemptError('damaged', read.problem);
}

/** The attempt's WAV file for replay. While it is still recording, the header of the copy is set to
 * the audio so far (the file's own says "no data" until the recording finishes). */
export async function readAttemptAudio(folder: string, attempt: Attempt): Promise<Buffer> {
  let wav: Buffer;
  try {
    wav = await readFile(path.join(folder, AUDIO_FILE));
  } catch (error) {
    if (systemCode(error) !== 'ENOENT') throw error;
    throw new AttemptError(
      'audio-missing',
      'The audio file of this attempt is missing, so it cannot be replayed. Delete the attempt to tidy the list.',
    );
  }
  if (attempt.status === 'recording' && wav.length >= WAV_HEADER_BYTES) {
    const data = wav.length - WAV_HEADER_BYTES;
    buildWavHeader(attempt.sampleRate, data - (data % 2)).copy(wav, 0);
  }
  return wav;
}

/** Removes an attempt folder and everything in it. A symlink in its place is removed, never followed. */
export async function deleteAttemptFolder(folder: string): Promise<void> {
  if (!(await exists(folder))) throw notFound(path.basename(folder));
  try {
    await rm(folder, { recursive: true });
  } catch (error) {
    throw new AttemptError(
      'write-failed',
      `Rehearse could not delete every file of this attempt (${systemCode(error) ?? String(error)}). Close any program using files in ${folder} and try again.`,
      String(error),
    );
  }
}

/** Attempts repaired after a crash and not yet acknowledged, newest first. */
export async function listRecovered(attemptsRoot: string): Promise<Attempt[]> {
  const names = await attemptFolderNames(attemptsRoot);
  const reads = await Promise.all(names.map((id) => readAttemptFile(path.join(attemptsRoot, id))));
  return reads
    .flatMap((r) => ('attempt' in r && r.attempt.status === 'recovered' ? [r.attempt] : []))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
