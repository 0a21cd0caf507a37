import path from 'node:path';
import type { Notice } from '../../../shared/contract';
import type { Attempt } from '../../../shared/contract/attempts';
import { formatSeconds } from './attempt-errors';
import { systemCode } from '../storage/errno';
import { AUDIO_FILE, readAttemptFile, writeAttemptFile } from './attempt-file';
import { attemptFolderNames } from './attempt-listing';
import { repairWavFile } from '../wav/repair';
import { pcmDurationSec } from '../wav/format';

/** A recording found unfinished at start-up, and what the user is told about it. */
export type RecoveryOutcome = {
  id: string;
  /** The repaired attempt (status 'recovered'); null when it could not be repaired. */
  attempt: Attempt | null;
  notice: Notice;
};

/**
 * Repairs every recording a crash left unfinished (attempt.json still says 'recording'): the WAV
 * header is rebuilt from the file's length, and the attempt is marked 'recovered' so the user is
 * offered it until they acknowledge it. Run once at start-up, before any new recording begins.
 * One folder that cannot be repaired never stops the others.
 */
export async function recoverInterrupted(attemptsRoot: string): Promise<RecoveryOutcome[]> {
  const outcomes: RecoveryOutcome[] = [];
  for (const id of await attemptFolderNames(attemptsRoot)) {
    const folder = path.join(attemptsRoot, id);
    const read = await readAttemptFile(folder);
    if (!('attempt' in read) || read.attempt.status !== 'recording') continue;
    outcomes.push(await recoverOne(folder, read.attempt));
  }
  return outcomes;
}

async function recoverOne(folder: string, attempt: Attempt): Promise<RecoveryOutcome> {
  const when = describeTime(attempt.createdAt);
  try {
    const repair = await repairWavFile(path.join(folder, AUDIO_FILE), attempt.sampleRate);
    const durationSec = pcmDurationSec(repair.dataBytes, attempt.sampleRate);
    const recovered: Attempt = {
      ...attempt,
      status: 'recovered',
      endReason: 'crash-recovered',
      durationSec,
    };
    await writeAttemptFile(folder, recovered);
    const message =
      repair.dataBytes === 0
        ? `A recording from ${when} was interrupted before any audio was saved.`
        : `A recording from ${when} was interrupted; Rehearse recovered ${formatSeconds(durationSec)} of it.`;
    return { id: attempt.id, attempt: recovered, notice: { level: 'warning', message } };
  } catch (error) {
    return {
      id: attempt.id,
      attempt: null,
      notice: {
        level: 'error',
        message: `A recording from ${when} was interrupted, and Rehearse could not repair it (${systemCode(error) ?? String(error)}). Its files are in ${folder}; check that the folder is writable, then restart Rehearse.`,
      },
    };
  }
}

/** "Mar 14, 2026, 3:30 PM" in the user's locale and time zone. */
function describeTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
