import fs from 'node:fs';
import path from 'node:path';
import type { CatalogEntry } from '../../../shared/models/catalog';
import { copyModelFile, type ImportedFile } from './import-model';
import { ModelError } from './model-error';
import { isVerified } from './model-list';
import type { ModelProbe } from './model-probe';
import type { ModelsStateFile } from './models-state';
import { formatBytes } from '../../../shared/models/format-bytes';

/** What adopting needs from the manager. */
export type AdoptOptions = {
  modelsDir: string;
  catalog: readonly CatalogEntry[];
  env: NodeJS.ProcessEnv;
  state: ModelsStateFile;
  isDownloading(modelId: string): boolean;
  /** Loads a file whose checksum is not in the catalog before it is accepted. */
  probe: ModelProbe;
};

/** The model a file became, whether it is a catalog model, and whether it was already there. */
export type Adopted = { modelId: string; matchedCatalog: boolean; already: boolean };

function alreadyThere(options: AdoptOptions, fileName: string, sha1: string): boolean {
  try {
    const stat = fs.statSync(path.join(options.modelsDir, fileName));
    return isVerified(options.state.read(), fileName, stat, sha1);
  } catch {
    return false;
  }
}

async function place(options: AdoptOptions, copy: ImportedFile, fileName: string): Promise<void> {
  const target = path.join(options.modelsDir, fileName);
  await fs.promises.rename(copy.tempPath, target);
  const stat = await fs.promises.stat(target);
  options.state.update((s) => {
    s.verified[fileName] = { sha1: copy.sha1, sizeBytes: stat.size, mtimeMs: stat.mtimeMs };
  });
}

/**
 * A file whose checksum is not in the catalog is loaded once in a probe run with a memory ceiling
 * before it is accepted: a damaged copy (flipped bytes) can ask whisper-cli for tens of GB. A file
 * with a catalog model's name or exact size that fails is called what it is: a damaged download.
 */
async function refuseUnloadable(options: AdoptOptions, copy: ImportedFile): Promise<void> {
  const probe = await options.probe(copy.tempPath);
  if (probe.ok) return;
  const twin = options.catalog.find(
    (entry) => entry.fileName === copy.originalName || entry.sizeBytes === copy.sizeBytes,
  );
  if (twin) {
    throw new ModelError(
      'checksum-mismatch',
      `${copy.originalName} looks like ${twin.displayName} (${twin.fileName}, ${formatBytes(twin.sizeBytes)}) but does not match its published checksum (SHA-1 ${copy.sha1}, expected ${twin.sha1}), and ${probe.why}: it is damaged. Download it again; it was not added.`,
    );
  }
  throw new ModelError(
    'not-a-model',
    `${copy.originalName} was not added: ${probe.why}. The file is probably damaged; download or copy it again.`,
  );
}

/** Copies a model file the user has into the models folder. Its SHA-1 decides what it is: a
 * catalog model (stored under the catalog's file name, checksum verified) or a custom model
 * (stored as custom-<first 12 hex of its SHA-1>.bin, so adopting the same file twice is a no-op). */
export async function adoptModelFile(source: string, options: AdoptOptions): Promise<Adopted> {
  const copy = await copyModelFile(source, options.modelsDir, options.catalog, options.env);
  try {
    const match = options.catalog.find((entry) => entry.sha1 === copy.sha1);
    if (match) {
      if (options.isDownloading(match.id)) {
        throw new ModelError(
          'busy',
          `${match.displayName} is downloading right now. Cancel the download, then use your file.`,
        );
      }
      const already = alreadyThere(options, match.fileName, copy.sha1);
      if (!already) {
        await place(options, copy, match.fileName);
        await fs.promises.rm(path.join(options.modelsDir, `${match.fileName}.partial`), {
          force: true,
        });
      }
      return { modelId: match.id, matchedCatalog: true, already };
    }
    const id = `custom-${copy.sha1.slice(0, 12)}`;
    const fileName = `${id}.bin`;
    const already =
      alreadyThere(options, fileName, copy.sha1) &&
      options.state.read().custom.some((model) => model.id === id);
    if (!already) await refuseUnloadable(options, copy);
    if (!already) {
      await place(options, copy, fileName);
      const { info } = copy;
      options.state.update((s) => {
        s.custom = s.custom.filter((model) => model.id !== id);
        s.custom.push({
          id,
          fileName,
          displayName: `${copy.originalName} (${info.label}, ${info.quantization})`,
          sha1: copy.sha1,
          sizeBytes: copy.sizeBytes,
          originalName: copy.originalName,
          family: info.family,
          englishOnly: info.englishOnly,
          quantization: info.quantization,
          addedAt: new Date().toISOString(),
        });
      });
    }
    return { modelId: id, matchedCatalog: false, already };
  } finally {
    await fs.promises.rm(copy.tempPath, { force: true });
  }
}
