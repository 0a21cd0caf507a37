import fs from 'node:fs';
import path from 'node:path';
import type { CatalogEntry } from '../../../shared/models/catalog';
import type {
  DownloadProgress,
  ModelErrorInfo,
  ModelListEntry,
} from '../../../shared/models/schemas';
import type { CustomModel, ModelsState } from './models-state';

/** What the manager knows about a running download. */
export type JobView = { phase: 'downloading' | 'verifying'; progress: DownloadProgress | null };

/** Everything a list is built from. */
export type ListInputs = {
  modelsDir: string;
  catalog: readonly CatalogEntry[];
  state: ModelsState;
  jobs: ReadonlyMap<string, JobView>;
  lastErrors: ReadonlyMap<string, ModelErrorInfo>;
  urlOf(entry: CatalogEntry): string;
};

function statOrNull(file: string): fs.Stats | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/** True when `fileName` was hashed to `sha1` and has not changed since. */
export function isVerified(state: ModelsState, fileName: string, stat: fs.Stats, sha1: string) {
  const record = state.verified[fileName];
  return (
    !!record &&
    record.sha1 === sha1 &&
    record.sizeBytes === stat.size &&
    Math.abs(record.mtimeMs - stat.mtimeMs) < 1
  );
}

function catalogRow(entry: CatalogEntry, inputs: ListInputs): ModelListEntry {
  const file = path.join(inputs.modelsDir, entry.fileName);
  const stat = statOrNull(file);
  const partial = statOrNull(`${file}.partial`);
  const job = inputs.jobs.get(entry.id);
  const state = job ? job.phase : stat ? 'installed' : partial ? 'partial' : 'not-installed';
  return {
    ...entry,
    url: inputs.urlOf(entry),
    source: 'catalog',
    state,
    path: stat ? file : null,
    partialBytes: partial?.size ?? 0,
    checksumVerified: !!stat && isVerified(inputs.state, entry.fileName, stat, entry.sha1),
    isDefault: false,
    progress: job?.progress ?? null,
    lastError: inputs.lastErrors.get(entry.id) ?? null,
  };
}

function customRow(model: CustomModel, inputs: ListInputs): ModelListEntry | null {
  const file = path.join(inputs.modelsDir, model.fileName);
  const stat = statOrNull(file);
  if (!stat) return null;
  const sameKind = inputs.catalog.find(
    (entry) => entry.family === model.family && entry.quantization === model.quantization,
  );
  return {
    id: model.id,
    fileName: model.fileName,
    displayName: model.displayName,
    source: 'custom',
    family: model.family,
    englishOnly: model.englishOnly,
    quantization: model.quantization,
    sizeBytes: stat.size,
    memoryBytes: sameKind?.memoryBytes ?? null,
    sha1: model.sha1,
    url: null,
    quality: null,
    speed: null,
    notes: `Your own file (${model.originalName}).`,
    state: 'installed',
    path: file,
    partialBytes: 0,
    checksumVerified: isVerified(inputs.state, model.fileName, stat, model.sha1),
    isDefault: false,
    progress: null,
    lastError: null,
  };
}

/** Catalog models merged with what is on disk, then the custom models whose file exists. */
export function buildModelRows(inputs: ListInputs): ModelListEntry[] {
  const rows = inputs.catalog.map((entry) => catalogRow(entry, inputs));
  for (const model of inputs.state.custom) {
    const row = customRow(model, inputs);
    if (row) rows.push(row);
  }
  return rows;
}
