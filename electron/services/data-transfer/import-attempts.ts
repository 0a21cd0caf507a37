import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Attempt } from '../../../shared/contract/attempts';
import { AUDIO_FILE, exists, readAttemptFile, writeAttemptFile } from '../attempts/attempt-file';
import { syncFolder } from '../storage/atomic-write';
import { newAttemptId } from '../attempts/attempt-ids';
import { sourceFolders, validate } from './attempt-validation';
import { zeroCounts, type Counts } from './import-docs';
import { canonicalJson, sha1OfFile } from './transfer-files';
import { describeWriteError, systemCode } from '../storage/errno';

/** An attempt folder of the source that passed validation, and where it goes. */
type Planned = { source: string; attempt: Attempt; extras: string[]; id: string };

/** Imports the attempt folders of `<source>/attempts` into `attemptsRoot`. Every file is validated:
 * a bad attempt.json or audio.wav leaves the attempt out; a bad transcript.json or analysis.json
 * is left out alone (the take can be transcribed or analysed again). An id already taken by an
 * identical attempt is skipped; by a different one, the import gets a new id. Parent links and
 * question ids follow renamed attempts and questions. */
export async function importAttempts(
  source: string,
  attemptsRoot: string,
  questionIds: ReadonlyMap<string, string>,
  problems: string[],
): Promise<{ counts: Counts; added: string[] }> {
  const counts = zeroCounts();
  const names = await sourceFolders(path.join(source, 'attempts'), problems);
  const plans: Planned[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const folder = path.join(source, 'attempts', name);
    const valid = await validate(folder, problems);
    if (!valid) {
      counts.invalid++;
      continue;
    }
    const attempt = {
      ...valid.attempt,
      questionId: questionIds.get(valid.attempt.questionId) ?? valid.attempt.questionId,
    };
    const target = path.join(attemptsRoot, name);
    if (await exists(target)) {
      if (await sameAttempt(target, folder, attempt)) {
        counts.skipped++;
        ids.set(name, name);
        continue;
      }
      const id = newAttemptId(new Date(attempt.createdAt));
      ids.set(name, id);
      plans.push({ source: folder, attempt, extras: valid.extras, id });
      counts.renamed++;
    } else {
      ids.set(name, name);
      plans.push({ source: folder, attempt, extras: valid.extras, id: name });
      counts.imported++;
    }
  }
  const added: string[] = [];
  for (const plan of plans) {
    const parentId =
      plan.attempt.parentId && (ids.get(plan.attempt.parentId) ?? plan.attempt.parentId);
    try {
      added.push(await write(attemptsRoot, plan, { ...plan.attempt, id: plan.id, parentId }));
    } catch (error) {
      counts[plan.id === plan.attempt.id ? 'imported' : 'renamed']--;
      problems.push(
        `The attempt ${plan.attempt.id} was not imported. ${describeWriteError(error, attemptsRoot)} Import again afterwards: what is already imported is skipped.`,
      );
    }
  }
  if (added.length) await syncFolder(attemptsRoot);
  return { counts, added };
}

/** True when the existing attempt has the same details and the same audio as the incoming one. */
async function sameAttempt(target: string, source: string, incoming: Attempt): Promise<boolean> {
  const existing = await readAttemptFile(target);
  if (!('attempt' in existing) || canonicalJson(existing.attempt) !== canonicalJson(incoming))
    return false;
  const [a, b] = await Promise.all([
    sha1OfFile(path.join(target, AUDIO_FILE)),
    sha1OfFile(path.join(source, AUDIO_FILE)),
  ]).catch(() => ['', 'x']);
  return a === b;
}

/** Writes the attempt into a hidden staging folder, then renames it into place, so a crash never
 * leaves a half-copied attempt in the list. Returns the id it ended up under. */
async function write(root: string, plan: Planned, attempt: Attempt): Promise<string> {
  await mkdir(root, { recursive: true });
  const staging = path.join(root, `.import-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    for (const name of [AUDIO_FILE, ...plan.extras]) {
      await copyFile(
        path.join(plan.source, name),
        path.join(staging, name),
        constants.COPYFILE_EXCL,
      );
    }
    let current = attempt;
    for (let tries = 0; ; tries++) {
      await writeAttemptFile(staging, current);
      try {
        await rename(staging, path.join(root, current.id));
        return current.id;
      } catch (error) {
        const code = systemCode(error);
        // Something took the id meanwhile: never write over it, take another.
        if ((code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EPERM') || tries >= 3)
          throw error;
        current = { ...current, id: newAttemptId(new Date(current.createdAt)) };
      }
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
