import { constants } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { attemptFolder } from '../attempts/attempt-ids';
import type { AttemptStore } from '../attempts/attempt-store';
import { exists } from '../attempts/attempt-file';
import type { CustomQuestionStore } from '../questions/custom-question-store';
import { ServiceError } from '../storage/service-error';
import type { StoryStore } from '../stories/story-store';
import { existingFolder } from './folder-check';
import {
  ATTEMPT_FILES,
  EXPORT_FORMAT,
  diskBytes,
  fileStamp,
  type Manifest,
} from './transfer-files';
import { describeWriteError, systemCode } from '../storage/errno';

/** What an export needs: the stores it copies from and where to put the copy. */
export type ExportOptions = {
  attempts: AttemptStore;
  stories: StoryStore;
  questions: CustomQuestionStore;
  /** The folder the user chose; the export is a new folder inside it. */
  folder: string;
  appVersion: string;
  now?: Date;
};

/** What an export wrote. */
export type ExportResult = {
  path: string;
  attempts: number;
  stories: number;
  customQuestions: number;
  bytes: number;
  /** Takes copied without analysis.json: a review still running, or never run. */
  withoutFeedback: number;
  skipped: string[];
};

/**
 * Copies all of the user's data into a new folder "Rehearse export <time>": attempts/<id>/ with
 * attempt.json, audio.wav and, when present, transcript.json and analysis.json; stories.json;
 * questions.json; and manifest.json, written last. Nothing that already exists is overwritten; a
 * failed export removes its half-written folder.
 */
export async function exportData(options: ExportOptions): Promise<ExportResult> {
  const parent = await existingFolder(options.folder, 'to export into');
  const now = options.now ?? new Date();
  const target = await newFolder(parent, `Rehearse export ${fileStamp(now)}`);
  try {
    const skipped: string[] = [];
    let attempts = 0;
    let withoutFeedback = 0;
    for (const item of await options.attempts.list()) {
      if (item.state === 'damaged') {
        skipped.push(`${item.id}: ${item.problem}`);
        continue;
      }
      if (item.attempt.status === 'recording') {
        skipped.push(`${item.attempt.id}: it was still recording.`);
        continue;
      }
      const copied = await copyAttempt(
        attemptFolder(options.attempts.root, item.attempt.id),
        target,
      );
      attempts++;
      if (!copied.includes('analysis.json')) withoutFeedback++;
    }
    const stories = options.stories.document();
    const questions = options.questions.document();
    await writeFile(path.join(target, 'stories.json'), JSON.stringify(stories, null, 2) + '\n', {
      flag: 'wx',
    });
    await writeFile(
      path.join(target, 'questions.json'),
      JSON.stringify(questions, null, 2) + '\n',
      { flag: 'wx' },
    );
    const manifest: Manifest = {
      format: EXPORT_FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      appVersion: options.appVersion,
      attempts,
      stories: stories.stories.length,
      customQuestions: questions.questions.length,
    };
    await writeFile(path.join(target, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', {
      flag: 'wx',
    });
    return {
      path: target,
      attempts,
      stories: manifest.stories,
      customQuestions: manifest.customQuestions,
      bytes: await diskBytes(target),
      withoutFeedback,
      skipped,
    };
  } catch (error) {
    await rm(target, { recursive: true, force: true }).catch(() => undefined);
    throw new ServiceError(
      'write-failed',
      `The export was not finished, so nothing of it was kept. ${describeWriteError(error, parent)}`,
      String(error),
    );
  }
}

/** Copies the known files of one attempt folder into `<target>/attempts/<id>/`; returns the
 * names of the files copied. */
async function copyAttempt(source: string, target: string): Promise<string[]> {
  const folder = path.join(target, 'attempts', path.basename(source));
  await mkdir(folder, { recursive: true });
  const copied: string[] = [];
  for (const name of ATTEMPT_FILES) {
    const from = path.join(source, name);
    if (!(await exists(from))) continue;
    await copyFile(from, path.join(folder, name), constants.COPYFILE_EXCL);
    copied.push(name);
  }
  return copied;
}

/** Creates `<parent>/<name>`, or `<name> (2)`... when that exists; never reuses a folder. */
async function newFolder(parent: string, name: string): Promise<string> {
  for (let i = 1; ; i++) {
    const candidate = path.join(parent, i === 1 ? name : `${name} (${i})`);
    try {
      await mkdir(candidate);
      return candidate;
    } catch (error) {
      const code = systemCode(error);
      if (code === 'EEXIST' && i < 100) continue;
      throw new ServiceError(
        'write-failed',
        `Rehearse could not create an export folder in ${parent} (${code}). Check that the folder is writable, or choose another one.`,
        String(error),
      );
    }
  }
}
