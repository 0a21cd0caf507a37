import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings } from '../../../shared/settings';
import type { AttemptStore } from '../attempts/attempt-store';
import type { ModelManager } from '../models/model-manager';
import type { CustomQuestionStore } from '../questions/custom-question-store';
import type { SettingsStore } from '../settings/settings-store';
import type { StoryStore } from '../stories/story-store';
import { diskBytes } from './transfer-files';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Deletes every attempt of one question (damaged folders, whose question is unknown, are kept). */
export async function deleteQuestionAttempts(
  attempts: AttemptStore,
  questionId: string,
): Promise<{ deleted: number; failed: string[] }> {
  const ids = (await attempts.list()).flatMap((item) =>
    item.state === 'ok' && item.attempt.questionId === questionId ? [item.attempt.id] : [],
  );
  return deleteEach(attempts, ids);
}

/** What "delete everything" may touch besides attempts, stories and custom questions. */
export type DeleteAllOptions = {
  attempts: AttemptStore;
  stories: StoryStore;
  questions: CustomQuestionStore;
  settings: SettingsStore;
  models: ModelManager;
  resetSettings: boolean;
  removeModels: boolean;
};

/** Deletes every attempt (damaged ones too), story and custom question. Settings are reset and
 * downloaded models removed only when asked. */
export async function deleteAll(options: DeleteAllOptions) {
  const ids = (await options.attempts.list()).map((i) => (i.state === 'ok' ? i.attempt.id : i.id));
  const { deleted, failed } = await deleteEach(options.attempts, ids);
  // Staging folders an interrupted import left behind are invisible in the list; tidy them too.
  const root = options.attempts.root;
  const leftovers = await readdir(root).catch(() => [] as string[]);
  for (const name of leftovers.filter((n) => n.startsWith('.import-'))) {
    await rm(path.join(root, name), { recursive: true, force: true }).catch(() => undefined);
  }
  const stories = options.stories.clear();
  const customQuestions = options.questions.clear();
  if (options.resetSettings) {
    options.settings.set(defaultSettings);
    options.questions.setFocus(null);
  }
  let modelsRemoved = 0;
  if (options.removeModels) {
    for (const model of (await options.models.list()).models.filter((m) => m.path)) {
      try {
        if ((await options.models.remove(model.id)).removed) modelsRemoved++;
      } catch (error) {
        failed.push(`${model.displayName}: ${reason(error)}`);
      }
    }
  }
  return {
    attempts: deleted,
    stories,
    customQuestions,
    settingsReset: options.resetSettings,
    modelsRemoved,
    failed,
  };
}

/** How much is stored: counts, and bytes of attempts, stories.json and questions.json. */
export async function dataSummary(
  dataDir: string,
  attempts: AttemptStore,
  stories: StoryStore,
  questions: CustomQuestionStore,
) {
  const files = [
    attempts.root,
    path.join(dataDir, 'stories.json'),
    path.join(dataDir, 'questions.json'),
  ];
  const sizes = await Promise.all(files.map(diskBytes));
  return {
    dataDir,
    attempts: (await attempts.list()).length,
    stories: stories.list().length,
    customQuestions: questions.custom().length,
    bytes: sizes.reduce((a, b) => a + b, 0),
  };
}

async function deleteEach(attempts: AttemptStore, ids: readonly string[]) {
  let deleted = 0;
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await attempts.delete(id);
      deleted++;
    } catch (error) {
      failed.push(`${id}: ${reason(error)}`);
    }
  }
  return { deleted, failed };
}
