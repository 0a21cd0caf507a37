import os from 'node:os';
import type { Notice } from '../../shared/contract';
import { createAttemptHandlers } from './attempts/attempt-handlers';
import { AttemptStore, type AttemptAudioFile } from './attempts/attempt-store';
import type { AppenderOptions } from './attempts/wav-appender';
import { EventHub } from './bridge/event-hub';
import type { HandlerTable } from './bridge/handler-table';
import { createModelHandlers } from './models/model-handlers';
import { ModelManager } from './models/model-manager';
import { chooseModelPath, modelInUse } from './review/model-choice';
import { createReviewHandlers } from './review/review-handlers';
import { ReviewPipeline } from './review/review-pipeline';
import { createClauseReader } from './clause-reader/clause-reader';
import type { SettingsStore } from './settings/settings-store';
import { sweepStaleTempFiles } from './storage/temp-sweep';
import { Transcriber } from './transcription';
import { withLiveTranscription } from './transcription/live/live-handlers';
import { LiveTranscriber } from './transcription/live/live-transcriber';
import { createDataHandlers } from './data-transfer/data-handlers';
import { createHistoryHandlers } from './history/history-handlers';
import { HistoryService } from './history/history-service';
import { CustomQuestionStore } from './questions/custom-question-store';
import { createQuestionHandlers } from './questions/question-handlers';
import { createStoryHandlers } from './stories/story-handlers';
import { StoryStore } from './stories/story-store';
import path from 'node:path';

/** What the app's services need from whichever process hosts them. */
export type AppServicesOptions = {
  dataDir: string;
  settings: SettingsStore;
  transport: 'electron' | 'preview';
  version: string;
  /** Electron passes net.fetch (system proxy and certificate store); elsewhere Node's fetch. */
  fetchImpl?: typeof fetch;
  /** Overrides where model downloads come from (tests point it at a loopback server). */
  modelBaseUrl?: string;
  /** whisper-cli to run; the packaged app passes the one in its resources. */
  whisperCliPath?: string;
  /** The clause reader's folder (blame.onnx and its tokenizer); the packaged app passes the one in
   * its resources, elsewhere assets/clause-reader in the repository. */
  clauseReaderDir?: string;
  /** How recordings are written; tests inject a failing sink here to simulate a full disk. */
  appender?: AppenderOptions;
};

/** The services behind the bridge, and the handler table both transports dispatch into. */
export type AppServices = {
  handlers: HandlerTable;
  events: EventHub;
  /** Settles when start-up work (repairing recordings a crash interrupted) is done. */
  ready: Promise<void>;
  models: ModelManager;
  /** Where an attempt's WAV is, for the transports that stream replay audio (after start-up). */
  attemptAudio(id: string): Promise<AttemptAudioFile>;
  /** Closes open recordings (they are recovered on the next start) and stops downloads (their
   * partial files are kept for resuming); call once before exit. */
  dispose(): Promise<void>;
};

/** Builds every service once and wires each contract call to its implementation. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const events = new EventHub();
  const notices: Notice[] = [];
  if (options.settings.recoveryNotice) {
    notices.push({ level: 'warning', message: options.settings.recoveryNotice });
  }
  const attempts = new AttemptStore({
    dataDir: options.dataDir,
    appender: options.appender,
    onChange: (id) => events.emit('attempts/changed', { id }),
  });
  // Temp files a killed process left are removed before recovery starts writing its own.
  const ready = sweepStaleTempFiles(options.dataDir)
    .catch(() => 0)
    .then(() => attempts.recoverInterrupted())
    .then(
      (outcomes) => void notices.push(...outcomes.map((outcome) => outcome.notice)),
      (error: unknown) =>
        void notices.push({
          level: 'error',
          message: `Rehearse could not check ${attempts.root} for interrupted recordings (${String(error)}). Check that the folder is readable, then restart Rehearse.`,
        }),
    );
  const models = new ModelManager({
    modelsDir: path.join(options.dataDir, 'models'),
    fetchImpl: options.fetchImpl,
    baseUrl: options.modelBaseUrl,
    whisperCliPath: options.whisperCliPath,
    defaultStore: {
      get: () => options.settings.get().modelId || null,
      set: (modelId) => void options.settings.set({ modelId }),
    },
    onProgress: (progress) => events.emit('models/progress', progress),
    onStateChange: (state) => events.emit('models/state', state),
  });
  if (models.recoveryNotice) notices.push({ level: 'warning', message: models.recoveryNotice });
  let pipeline: ReviewPipeline | null = null;
  const transcriber = new Transcriber({
    whisperCliPath: options.whisperCliPath,
    onProgress: (jobId, percent) => pipeline?.reportProgress(jobId, percent),
  });
  // Transcription while recording (issue 11); REHEARSE_LIVE=off leaves only the whole-file path.
  const live =
    process.env.REHEARSE_LIVE === 'off'
      ? undefined
      : new LiveTranscriber({
          resolveModel: () => chooseModelPath(options.settings, models),
          onUpdate: (update) => events.emit('live/update', update),
        });
  pipeline = new ReviewPipeline({
    attempts,
    attemptsRoot: attempts.root,
    transcriber,
    live,
    resolveModel: () => chooseModelPath(options.settings, models),
    // Without it feedback still comes, from the rules and the clause model: say why once.
    clauseReader: createClauseReader(options.clauseReaderDir, (error) =>
      console.warn(`Rehearse: the clause reader is off (${error.message})`),
    ),
    answerWindow: () => {
      const { targetMinSec, targetMaxSec } = options.settings.get();
      return { minSec: targetMinSec, maxSec: targetMaxSec };
    },
    onProgress: (job) => events.emit('review/progress', job),
  });
  const stories = new StoryStore({
    dataDir: options.dataDir,
    onChange: () => events.emit('stories/changed', {}),
  });
  const questions = new CustomQuestionStore({
    dataDir: options.dataDir,
    onChange: () => events.emit('questions/changed', {}),
  });
  for (const notice of [stories.notice, questions.notice]) if (notice) notices.push(notice);
  const history = new HistoryService({ attempts, questions: () => questions.all() });
  const handlers: HandlerTable = {
    'app/info': async () => {
      await ready;
      return {
        name: 'Rehearse',
        version: options.version,
        platform: `${os.platform()}-${os.arch()}`,
        transport: options.transport,
        dataDir: options.dataDir,
        notices,
      };
    },
    'settings/get': () => options.settings.get(),
    'settings/set': (patch) => {
      const next = options.settings.set(patch);
      events.emit('settings/changed', next);
      return next;
    },
    ...(live
      ? withLiveTranscription(createAttemptHandlers(attempts, ready), live)
      : createAttemptHandlers(attempts, ready)),
    ...createModelHandlers(models),
    ...createReviewHandlers(pipeline, () => modelInUse(options.settings, models)),
    ...createQuestionHandlers(questions),
    ...createStoryHandlers(stories),
    ...createHistoryHandlers(history, ready),
    ...createDataHandlers({
      dataDir: options.dataDir,
      appVersion: options.version,
      attempts,
      stories,
      questions,
      settings: options.settings,
      models,
      events,
      ready,
    }),
  };
  const dispose = async () => {
    transcriber.dispose();
    await live?.dispose();
    await Promise.all([attempts.dispose(), models.shutdown()]);
  };
  const attemptAudio = async (id: string) => {
    await ready;
    return attempts.audioFile(id);
  };
  return { handlers, events, ready, models, attemptAudio, dispose };
}
