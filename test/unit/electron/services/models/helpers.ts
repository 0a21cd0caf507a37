import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { MODEL_CATALOG, type CatalogEntry } from '../../../../../shared/models/catalog';
import {
  downloadProgressSchema,
  modelStateEventSchema,
  type DownloadProgress,
  type ModelStateEvent,
} from '../../../../../shared/models/schemas';
import { ModelManager, type ModelManagerOptions } from '../../../../../electron/services/models';

/** Random bytes standing in for a model file, and their SHA-1. */
export function makeFixture(size = 4 * 1024 * 1024): { data: Buffer; sha1: string } {
  const data = randomBytes(size);
  return { data, sha1: createHash('sha1').update(data).digest('hex') };
}

/** SHA-1 of a file on disk. */
export function sha1Of(file: string): string {
  return createHash('sha1').update(fs.readFileSync(file)).digest('hex');
}

/** A catalog entry for the fixture, served from `baseUrl`. */
export function testEntry(
  fixture: { data: Buffer; sha1: string },
  baseUrl: string,
  overrides: Partial<CatalogEntry> = {},
): CatalogEntry {
  const template = MODEL_CATALOG.find((entry) => entry.id === 'base.en')!;
  const id = overrides.id ?? 'test.en';
  const fileName = overrides.fileName ?? `ggml-${id}.bin`;
  return {
    ...template,
    id,
    fileName,
    displayName: `Test ${id}`,
    sizeBytes: fixture.data.length,
    sha1: fixture.sha1,
    url: `${baseUrl}/${fileName}`,
    ...overrides,
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-models-'));
  dirs.push(dir);
  return dir;
}

/** Collects the manager's events, checking each against the bridge schemas as it arrives. */
function recorder() {
  const progress: DownloadProgress[] = [];
  /** performance.now() when each progress event arrived. */
  const progressAt: number[] = [];
  const states: ModelStateEvent[] = [];
  return {
    progress,
    progressAt,
    states,
    onProgress: (event: DownloadProgress) => {
      progressAt.push(performance.now());
      progress.push(downloadProgressSchema.parse(event));
    },
    onStateChange: (event: ModelStateEvent) => states.push(modelStateEventSchema.parse(event)),
  };
}

/** A manager on `modelsDir` with fast retries, recording its events. */
export function makeManager(
  modelsDir: string,
  catalog: CatalogEntry[],
  options: Partial<ModelManagerOptions> = {},
) {
  const events = recorder();
  const manager = new ModelManager({
    modelsDir,
    catalog,
    env: {},
    retryDelaysMs: [10, 10],
    stallTimeoutMs: 5000,
    progressIntervalMs: 20,
    onProgress: events.onProgress,
    onStateChange: events.onStateChange,
    ...options,
  });
  return { manager, events };
}
