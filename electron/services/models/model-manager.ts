import fs from 'node:fs';
import path from 'node:path';
import {
  MODEL_BASE_URL,
  MODEL_CATALOG,
  RECOMMENDED_MODEL_ID,
  findCatalogEntry,
  type CatalogEntry,
} from '../../../shared/models/catalog';
import { pickDefaultModel } from '../../../shared/models/default-model';
import type {
  DownloadOutcome,
  ModelList,
  ModelListEntry,
  UseExistingFileResult,
} from '../../../shared/models/schemas';
import { adoptModelFile } from './adopt-model';
import { DownloadRegistry } from './download-registry';
import { sha1OfFile } from './file-io';
import { ModelError } from './model-error';
import { whisperProbe, type ModelProbe } from './model-probe';
import { resolveWhisperCliPath } from '../transcription/engine-paths';
import { buildModelRows } from './model-list';
import { ModelsStateFile } from './models-state';
import type { DefaultModelStore, ModelManagerOptions } from './manager-options';

export type { DefaultModelStore, ModelManagerOptions };

/** Lists, downloads (resumable, checksummed), adopts and removes whisper models in one folder. */
export class ModelManager {
  private readonly downloads: DownloadRegistry;
  private readonly catalog: readonly CatalogEntry[];
  private readonly state: ModelsStateFile;
  private readonly defaults: DefaultModelStore;
  private readonly probe: ModelProbe;

  constructor(private readonly options: ModelManagerOptions) {
    this.catalog = options.catalog ?? MODEL_CATALOG;
    this.probe = whisperProbe(resolveWhisperCliPath(options.whisperCliPath));
    this.state = new ModelsStateFile(path.join(options.modelsDir, 'models.json'));
    this.defaults = options.defaultStore ?? {
      get: () => this.state.read().defaultModelId,
      set: (id) => this.state.update((s) => void (s.defaultModelId = id)),
    };
    this.downloads = new DownloadRegistry({
      modelsDir: options.modelsDir,
      fetchImpl: options.fetchImpl ?? fetch,
      env: options.env ?? process.env,
      retryDelaysMs: options.retryDelaysMs ?? [1000, 4000],
      stallTimeoutMs: options.stallTimeoutMs ?? 30_000,
      progressIntervalMs: options.progressIntervalMs ?? 250,
      onProgress: options.onProgress,
      onStateChange: options.onStateChange,
      onInstalled: (entry, sha1) => {
        this.recordVerified(entry.fileName, sha1);
        this.resolveDefaultFrom(this.rows());
      },
    });
  }

  /** Every catalog model with its state on disk, plus the user's own models. */
  async list(): Promise<ModelList> {
    const rows = this.rows();
    const defaultModelId = this.resolveDefaultFrom(rows);
    for (const row of rows) row.isDefault = row.id === defaultModelId;
    return {
      models: rows,
      defaultModelId,
      recommendedModelId: RECOMMENDED_MODEL_ID,
      modelsDir: this.options.modelsDir,
    };
  }

  /** The default model, chosen by rule on first run (and whenever the chosen file is gone) and
   * then stored; null when nothing is installed. */
  async resolveDefault(): Promise<string | null> {
    return this.resolveDefaultFrom(this.rows());
  }

  /** Makes an installed model the default. */
  async setDefault(modelId: string): Promise<{ defaultModelId: string }> {
    const row = this.rows().find((r) => r.id === modelId);
    if (!row) throw unknownModel(modelId);
    if (row.state !== 'installed') throw notInstalled(row.displayName);
    this.defaults.set(modelId);
    return { defaultModelId: modelId };
  }

  /** Path of an installed model's file, for the transcriber; null when it is not installed. */
  modelPath(modelId: string): string | null {
    return this.rows().find((r) => r.id === modelId && r.state === 'installed')?.path ?? null;
  }

  /** Starts a download in the background and returns at once; events report the rest. */
  startDownload(modelId: string): { modelId: string; state: 'downloading' | 'installed' } {
    const entry = this.entry(modelId);
    if (!this.downloads.isRunning(modelId) && fs.existsSync(this.filePath(entry))) {
      return { modelId, state: 'installed' };
    }
    void this.download(modelId);
    return { modelId, state: 'downloading' };
  }

  /** Downloads a catalog model (resuming a partial file) and resolves with how it ended; never
   * rejects for a failed download (the outcome says why). */
  download(modelId: string): Promise<DownloadOutcome> {
    const entry = findCatalogEntry(modelId, this.catalog);
    if (!entry) return Promise.reject(unknownModel(modelId));
    const file = this.filePath(entry);
    if (!this.downloads.isRunning(modelId) && fs.existsSync(file)) {
      return Promise.resolve({ status: 'installed', modelId, path: file, sha1: entry.sha1 });
    }
    return this.downloads.start(entry, this.urlOf(entry));
  }

  /** Stops a download and deletes its partial file; with no download running, discards a
   * leftover partial. A user's cancel cleans up; an interruption keeps the partial to resume. */
  async cancel(modelId: string): Promise<{ cancelled: boolean }> {
    const entry = this.entry(modelId);
    if (await this.downloads.stop(modelId, 'cancel')) return { cancelled: true };
    const partial = `${this.filePath(entry)}.partial`;
    if (!fs.existsSync(partial)) return { cancelled: false };
    await fs.promises.rm(partial, { force: true });
    this.downloads.clearError(modelId);
    return { cancelled: true };
  }

  /** Deletes an installed model (catalog or custom). */
  async remove(modelId: string): Promise<{ removed: boolean }> {
    if (this.downloads.isRunning(modelId)) {
      throw new ModelError('busy', 'This model is downloading. Cancel the download first.');
    }
    const row = this.rows().find((r) => r.id === modelId);
    if (!row) throw unknownModel(modelId);
    if (!row.path) return { removed: false };
    await fs.promises.rm(row.path, { force: true });
    this.state.update((s) => {
      delete s.verified[row.fileName];
      s.custom = s.custom.filter((c) => c.id !== modelId);
    });
    return { removed: true };
  }

  /** Checks an installed file's SHA-1 now (and loads a custom model in a probe run, as it has no
   * published checksum); a problem is reported, the file is left alone. */
  async verify(modelId: string): Promise<ModelListEntry> {
    const row = this.rows().find((r) => r.id === modelId);
    if (!row) throw unknownModel(modelId);
    if (!row.path || row.state !== 'installed') throw notInstalled(row.displayName);
    const actual = await sha1OfFile(row.path);
    if (actual !== row.sha1) {
      throw new ModelError(
        'checksum-mismatch',
        `The installed ${row.displayName} file does not match its checksum (SHA-1 ${actual}, expected ${row.sha1}); it may be damaged. Remove it and download it again.`,
      );
    }
    if (row.source === 'custom') {
      // No published checksum to compare with: the file must load within its memory ceiling.
      const probe = await this.probe(row.path);
      if (!probe.ok) {
        throw new ModelError(
          'not-a-model',
          `${row.displayName} cannot be used: ${probe.why}. The file is probably damaged; remove it and add it again from a good copy.`,
        );
      }
    }
    this.recordVerified(row.fileName, actual);
    return (await this.list()).models.find((r) => r.id === modelId)!;
  }

  /** Adopts a model file the user already has (see adopt-model.ts). */
  async useExistingFile(source: string): Promise<UseExistingFileResult> {
    const adopted = await adoptModelFile(source, {
      modelsDir: this.options.modelsDir,
      catalog: this.catalog,
      env: this.options.env ?? process.env,
      state: this.state,
      isDownloading: (id) => this.downloads.isRunning(id),
      probe: this.probe,
    });
    const list = await this.list();
    const model = list.models.find((r) => r.id === adopted.modelId)!;
    return { model, matchedCatalog: adopted.matchedCatalog, alreadyInstalled: adopted.already };
  }

  /** Stops every download and keeps the partial files, so the next start resumes them. */
  shutdown(): Promise<void> {
    return this.downloads.shutdown();
  }

  /** A notice for the user when models.json was unreadable and moved aside. */
  get recoveryNotice(): string | null {
    return this.state.recoveryNotice;
  }

  private recordVerified(fileName: string, sha1: string): void {
    const stat = fs.statSync(path.join(this.options.modelsDir, fileName));
    this.state.update((s) => {
      s.verified[fileName] = { sha1, sizeBytes: stat.size, mtimeMs: stat.mtimeMs };
    });
  }

  private resolveDefaultFrom(rows: ModelListEntry[]): string | null {
    const installed = rows.filter((r) => r.state === 'installed');
    const current = this.defaults.get();
    const picked = pickDefaultModel(installed, current || null);
    try {
      if (picked && picked !== current) this.defaults.set(picked);
    } catch {
      // Storing the pick failed (e.g. a read-only folder); the same rule picks it again next time.
    }
    return picked;
  }

  private rows(): ModelListEntry[] {
    return buildModelRows({
      modelsDir: this.options.modelsDir,
      catalog: this.catalog,
      state: this.state.read(),
      jobs: this.downloads.views(),
      lastErrors: this.downloads.lastErrors(),
      urlOf: (entry) => this.urlOf(entry),
    });
  }

  private entry(modelId: string): CatalogEntry {
    const entry = findCatalogEntry(modelId, this.catalog);
    if (!entry) throw unknownModel(modelId);
    return entry;
  }

  private filePath(entry: CatalogEntry): string {
    return path.join(this.options.modelsDir, entry.fileName);
  }

  private urlOf(entry: CatalogEntry): string {
    const base = this.options.baseUrl;
    if (!base || !entry.url.startsWith(MODEL_BASE_URL)) return entry.url;
    return `${base.replace(/\/$/, '')}/${entry.fileName}`;
  }
}

function unknownModel(modelId: string): ModelError {
  return new ModelError('unknown-model', `There is no model called "${modelId}" in the catalog.`);
}

function notInstalled(name: string): ModelError {
  return new ModelError('not-installed', `${name} is not installed. Download it first.`);
}
