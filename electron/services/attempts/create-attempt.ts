import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Attempt } from '../../../shared/contract/attempts';
import { ActiveRecording } from './active-recording';
import { AttemptError } from './attempt-errors';
import { isDiskFull, systemCode } from '../storage/errno';
import { AUDIO_FILE, writeAttemptFile } from './attempt-file';
import { syncFolder } from '../storage/atomic-write';
import { attemptFolder, newAttemptId } from './attempt-ids';
import { WavAppender, type AppenderOptions } from './wav-appender';

/** What a new attempt is about. */
export type NewAttempt = Pick<
  Attempt,
  'questionId' | 'questionText' | 'sampleRate' | 'deviceLabel' | 'parentId'
>;

/**
 * Makes an attempt folder with attempt.json (status 'recording') and an empty audio.wav, all synced
 * to disk, and returns it open for audio. On failure nothing is left behind.
 */
export async function createAttempt(
  attemptsRoot: string,
  request: NewAttempt,
  created: Date,
  appenderOptions?: AppenderOptions,
): Promise<ActiveRecording> {
  const id = newAttemptId(created);
  const folder = attemptFolder(attemptsRoot, id);
  const attempt: Attempt = {
    ...request,
    id,
    title: '',
    createdAt: created.toISOString(),
    status: 'recording',
    endReason: null,
    durationSec: 0,
  };
  let made = false;
  try {
    await mkdir(attemptsRoot, { recursive: true });
    await mkdir(folder);
    made = true;
    // attempt.json first: a crash after it leaves a folder the next start repairs, never an
    // audio file nobody can name.
    await writeAttemptFile(folder, attempt);
    const appender = await WavAppender.create(
      path.join(folder, AUDIO_FILE),
      attempt.sampleRate,
      appenderOptions,
    );
    await syncFolder(folder);
    await syncFolder(attemptsRoot);
    return new ActiveRecording(folder, attempt, appender);
  } catch (error) {
    if (made) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    const code = systemCode(error) ?? String(error);
    if (isDiskFull(error)) {
      throw new AttemptError(
        'disk-full',
        'Your disk is full, so Rehearse cannot start a recording. Free some disk space and try again.',
        String(error),
      );
    }
    throw new AttemptError(
      'write-failed',
      `Rehearse could not start a recording in ${attemptsRoot} (${code}). Check that the data folder is writable, then try again.`,
      String(error),
    );
  }
}
