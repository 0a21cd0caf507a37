import type { CatalogEntry } from '../../../shared/models/catalog';
import type { DownloadProgress, ModelStateEvent } from '../../../shared/models/schemas';

/** Where the default model id lives; the app passes its settings store (settings.modelId). */
export type DefaultModelStore = { get(): string | null; set(modelId: string): void };

/** Options of the model manager. Paths and callbacks come from the caller (Electron main, the
 * preview server, the CLI, tests); nothing here imports `electron`. */
export type ModelManagerOptions = {
  modelsDir: string;
  /** Defaults to MODEL_CATALOG; tests pass an entry for their fixture file. */
  catalog?: readonly CatalogEntry[];
  /** Replaces https://huggingface.co/ggerganov/whisper.cpp/resolve/main in every catalog URL. */
  baseUrl?: string;
  /** Defaults to Node's fetch. Electron's main process should pass `net.fetch`, which uses the
   * system proxy settings and the OS certificate store. */
  fetchImpl?: typeof fetch;
  /** whisper-cli, to load a model without a known checksum once before accepting it (defaults to
   * REHEARSE_WHISPER_CLI or the vendored build). */
  whisperCliPath?: string;
  /** Environment read for proxy settings in messages (defaults to process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where the default model is kept; without it, models.json in modelsDir holds it. */
  defaultStore?: DefaultModelStore;
  onProgress?: (progress: DownloadProgress) => void;
  onStateChange?: (event: ModelStateEvent) => void;
  /** Waits before each retry of a dropped download; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  stallTimeoutMs?: number;
  progressIntervalMs?: number;
};
