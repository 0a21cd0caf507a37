import path from 'node:path';
import type { ImportReport } from '../../../shared/contract/data';
import type { AttemptStore } from '../attempts/attempt-store';
import { exists } from '../attempts/attempt-file';
import type { CustomQuestionStore } from '../questions/custom-question-store';
import { readJsonDocument } from '../storage/read-json';
import { ServiceError } from '../storage/service-error';
import type { StoryStore } from '../stories/story-store';
import { findExport } from './find-export';
import { existingFolder } from './folder-check';
import { importAttempts } from './import-attempts';
import { importQuestions, importStories } from './import-docs';
import { manifestSchema } from './transfer-files';

/** What an import needs: the folder to read and the stores to add to. */
export type ImportOptions = {
  folder: string;
  dataDir: string;
  attempts: AttemptStore;
  stories: StoryStore;
  questions: CustomQuestionStore;
};

/** Imports an export folder, or a copied data folder, into this app's data. Questions come first
 * so stories and attempts can follow any question that had to be renamed. Nothing existing is
 * overwritten; every file is validated; the report counts what happened to each item. */
export async function importData(
  options: ImportOptions,
): Promise<ImportReport & { addedAttempts: string[] }> {
  const chosen = await existingFolder(options.folder, 'to import from');
  const { source, note } = await findExport(chosen);
  if (source === path.resolve(options.dataDir)) {
    throw new ServiceError(
      'not-an-export',
      `${source} is Rehearse's own data folder, so there is nothing to import. Choose an export folder.`,
    );
  }
  await checkSource(source);
  const problems: string[] = note ? [note] : [];
  const questions = await importQuestions(source, options.questions, problems);
  const stories = await importStories(source, options.stories, questions.ids, problems);
  const attempts = await importAttempts(source, options.attempts.root, questions.ids, problems);
  return {
    source,
    attempts: attempts.counts,
    stories,
    questions: questions.counts,
    problems,
    addedAttempts: attempts.added,
  };
}

/** Refuses folders that are neither an export (manifest.json) nor a copy of a data folder. */
async function checkSource(source: string): Promise<void> {
  const manifestFile = path.join(source, 'manifest.json');
  if (await exists(manifestFile)) {
    const manifest = await readJsonDocument(manifestFile, manifestSchema);
    if (!manifest.ok) {
      throw new ServiceError(
        'not-an-export',
        `The manifest.json in ${source} is damaged or was not written by Rehearse, so the folder was not imported. Choose a folder made by "Export all data".`,
      );
    }
    return;
  }
  const parts = ['attempts', 'stories.json', 'questions.json'];
  const found = await Promise.all(parts.map((p) => exists(path.join(source, p))));
  if (!found.some(Boolean)) {
    throw new ServiceError(
      'not-an-export',
      `${source} holds no Rehearse data (no manifest.json, attempts folder, stories.json or questions.json). Choose the folder you exported into, or the "Rehearse export" folder that "Export all data" made in it.`,
    );
  }
}
