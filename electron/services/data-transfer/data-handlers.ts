import type { CallName } from '../../../shared/contract';
import type { AttemptStore } from '../attempts/attempt-store';
import type { EventHub } from '../bridge/event-hub';
import type { HandlerTable } from '../bridge/handler-table';
import type { ModelManager } from '../models/model-manager';
import type { CustomQuestionStore } from '../questions/custom-question-store';
import type { SettingsStore } from '../settings/settings-store';
import type { StoryStore } from '../stories/story-store';
import { dataSummary, deleteAll, deleteQuestionAttempts } from './delete-data';
import { exportData } from './export-data';
import { importData } from './import-data';

type DataCallName = Extract<CallName, `data/${string}`>;

/** Everything the data calls reach: all stores, the settings and models, and the event hub. */
export type DataHandlerDeps = {
  dataDir: string;
  appVersion: string;
  attempts: AttemptStore;
  stories: StoryStore;
  questions: CustomQuestionStore;
  settings: SettingsStore;
  models: ModelManager;
  events: EventHub;
  /** The start-up repair of attempts, which every call waits for. */
  ready: Promise<unknown>;
};

/** The bridge handlers of the data namespace. An import announces new attempts with one
 * `attempts/changed` event whose id is '*' (several attempts changed). */
export function createDataHandlers(deps: DataHandlerDeps): Pick<HandlerTable, DataCallName> {
  const { attempts, stories, questions } = deps;
  return {
    'data/summary': async () => {
      await deps.ready;
      return dataSummary(deps.dataDir, attempts, stories, questions);
    },
    'data/export': async ({ folder }) => {
      await deps.ready;
      return exportData({ attempts, stories, questions, folder, appVersion: deps.appVersion });
    },
    'data/import': async ({ folder }) => {
      await deps.ready;
      const { addedAttempts, ...report } = await importData({
        folder,
        dataDir: deps.dataDir,
        attempts,
        stories,
        questions,
      });
      if (addedAttempts.length) deps.events.emit('attempts/changed', { id: '*' });
      return report;
    },
    'data/delete-question-attempts': async ({ questionId }) => {
      await deps.ready;
      return deleteQuestionAttempts(attempts, questionId);
    },
    'data/delete-all': async ({ settings, models }) => {
      await deps.ready;
      const result = await deleteAll({
        attempts,
        stories,
        questions,
        settings: deps.settings,
        models: deps.models,
        resetSettings: settings,
        removeModels: models,
      });
      if (settings) deps.events.emit('settings/changed', deps.settings.get());
      return result;
    },
  };
}
