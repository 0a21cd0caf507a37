import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pickDefaultModel,
  type DefaultCandidate,
} from '../../../../../shared/models/default-model';
import { modelListSchema } from '../../../../../shared/models/schemas';
import { makeFixture, makeManager, tempDir, testEntry } from './helpers';

const tiny = makeFixture(50_000);
const base = makeFixture(80_000);
const small = makeFixture(120_000);
const url = 'http://127.0.0.1:1';
const catalog = [
  testEntry(tiny, url, { id: 'tiny.en', family: 'tiny' }),
  testEntry(base, url, { id: 'base.en', family: 'base' }),
  testEntry(small, url, { id: 'small.en', family: 'small' }),
];

function place(dir: string, name: string, data: Buffer) {
  fs.writeFileSync(path.join(dir, name), data);
}

describe('ModelManager.list', () => {
  it('merges the catalog with the folder: installed, partial and absent models', async () => {
    const dir = tempDir();
    place(dir, 'ggml-tiny.en.bin', tiny.data);
    place(dir, 'ggml-small.en.bin.partial', small.data.subarray(0, 4321));
    const { manager } = makeManager(dir, catalog);

    const list = modelListSchema.parse(await manager.list());

    expect(list.recommendedModelId).toBe('base.en');
    expect(list.modelsDir).toBe(dir);
    const byId = Object.fromEntries(list.models.map((m) => [m.id, m]));
    expect(byId['tiny.en']).toMatchObject({
      state: 'installed',
      path: path.join(dir, 'ggml-tiny.en.bin'),
      // Found on disk, never hashed: not verified until verify() or a download says so.
      checksumVerified: false,
      isDefault: true,
    });
    expect(byId['base.en']).toMatchObject({ state: 'not-installed', path: null, partialBytes: 0 });
    expect(byId['small.en']).toMatchObject({
      state: 'partial',
      partialBytes: 4321,
      isDefault: false,
    });
    expect(list.defaultModelId).toBe('tiny.en');
  });

  it('verify() hashes an installed file; changing the file clears the mark', async () => {
    const dir = tempDir();
    place(dir, 'ggml-base.en.bin', base.data);
    const { manager } = makeManager(dir, catalog);

    expect((await manager.verify('base.en')).checksumVerified).toBe(true);
    place(dir, 'ggml-base.en.bin', Buffer.concat([base.data, Buffer.from('x')]));
    const row = (await manager.list()).models.find((m) => m.id === 'base.en')!;
    expect(row.checksumVerified).toBe(false);
    await expect(manager.verify('base.en')).rejects.toMatchObject({ code: 'checksum-mismatch' });
    await expect(manager.verify('tiny.en')).rejects.toMatchObject({ code: 'not-installed' });
  });

  it('starts over from an unreadable models.json and says so', async () => {
    const dir = tempDir();
    place(dir, 'models.json', Buffer.from('{ not json'));
    place(dir, 'ggml-base.en.bin', base.data);
    const { manager } = makeManager(dir, catalog);

    expect((await manager.list()).defaultModelId).toBe('base.en');
    expect(manager.recoveryNotice).toMatch(/was unreadable and was moved to/);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('models.corrupt-'))).toBe(true);
  });
});

describe('default model', () => {
  it('picks by rule on first run, keeps the user choice, and falls back when it is removed', async () => {
    const dir = tempDir();
    const { manager } = makeManager(dir, catalog);
    expect(await manager.resolveDefault()).toBeNull();

    place(dir, 'ggml-tiny.en.bin', tiny.data);
    place(dir, 'ggml-small.en.bin', small.data);
    place(dir, 'ggml-base.en.bin', base.data);
    expect(await manager.resolveDefault()).toBe('base.en');

    expect(await manager.setDefault('tiny.en')).toEqual({ defaultModelId: 'tiny.en' });
    const reopened = makeManager(dir, catalog).manager;
    expect(await reopened.resolveDefault()).toBe('tiny.en');

    expect(await reopened.remove('tiny.en')).toEqual({ removed: true });
    expect(fs.existsSync(path.join(dir, 'ggml-tiny.en.bin'))).toBe(false);
    expect(await reopened.resolveDefault()).toBe('base.en');
    expect(await reopened.remove('tiny.en')).toEqual({ removed: false });
  });

  it('refuses a default that is not installed or not known', async () => {
    const { manager } = makeManager(tempDir(), catalog);
    await expect(manager.setDefault('small.en')).rejects.toMatchObject({ code: 'not-installed' });
    await expect(manager.setDefault('huge.en')).rejects.toMatchObject({ code: 'unknown-model' });
  });

  it('uses an external store (the app settings) instead of models.json when given one', async () => {
    const dir = tempDir();
    place(dir, 'ggml-small.en.bin', small.data);
    let stored: string | null = '';
    const { manager } = makeManager(dir, catalog, {
      defaultStore: { get: () => stored, set: (id) => (stored = id) },
    });

    expect(await manager.resolveDefault()).toBe('small.en');
    expect(stored).toBe('small.en');
    expect(fs.existsSync(path.join(dir, 'models.json'))).toBe(false);
  });

  it('ranks English-only first, then base > small > tiny, then f16 > q8_0 > q5_1', () => {
    const m = (id: string, family: string, quantization = 'f16', englishOnly = true) =>
      ({ id, family, quantization, englishOnly, source: 'catalog' }) as DefaultCandidate;
    const all = [
      m('tiny.en', 'tiny'),
      m('small.en-q5_1', 'small', 'q5_1'),
      m('base.en-q5_1', 'base', 'q5_1'),
      m('base.en-q8_0', 'base', 'q8_0'),
      m('base', 'base', 'f16', false),
    ];
    expect(pickDefaultModel(all, null)).toBe('base.en-q8_0');
    expect(pickDefaultModel(all, 'tiny.en')).toBe('tiny.en');
    expect(pickDefaultModel(all, 'gone')).toBe('base.en-q8_0');
    expect(pickDefaultModel([m('tiny.en', 'tiny'), m('small.en', 'small')], null)).toBe('small.en');
    expect(pickDefaultModel([m('base', 'base', 'f16', false), m('tiny.en', 'tiny')], null)).toBe(
      'tiny.en',
    );
    expect(pickDefaultModel([], null)).toBeNull();
  });
});
