import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_CATALOG } from '../../../shared/models/catalog';
import { useExistingFileResponseSchema } from '../../../shared/models/schemas';
import { TEST_MODEL_PATH } from '../../../electron/services/transcription/engine-paths';
import { makeManager, sha1Of, tempDir } from '../../unit/electron/services/models/helpers';

/** A copy of the real tiny.en with 2,000 bytes flipped at seeded places past the magic, as the
 * issue's probe made it (whisper-cli grew to 23 GB loading such a file). */
function flippedCopy(file: string, extraBytes = 0): string {
  const data = fs.readFileSync(TEST_MODEL_PATH);
  let x = 13;
  for (let i = 0; i < 2000; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    data[64 + (x % (data.length - 64))] ^= 0xff;
  }
  fs.writeFileSync(file, Buffer.concat([data, Buffer.alloc(extraBytes)]));
  return file;
}

const models = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.bin'));

describe('a model is loaded once before it is accepted (issue 13, item 5)', () => {
  it('adopts an unknown whisper file as a custom model, copied, hashed and loaded once', async () => {
    // The converted test model: a real tiny.en whose SHA-1 is not the published one, so it is
    // accepted only after a probe run of whisper-cli loads it.
    const source = path.join(tempDir(), 'my-tiny.bin');
    fs.copyFileSync(TEST_MODEL_PATH, source);
    const dir = tempDir();
    const { manager } = makeManager(dir, [...MODEL_CATALOG]);

    const result = useExistingFileResponseSchema.parse(await manager.useExistingFile(source));

    const sha1 = sha1Of(source);
    const id = `custom-${sha1.slice(0, 12)}`;
    expect(result).toMatchObject({ matchedCatalog: false, alreadyInstalled: false });
    expect(result.model).toMatchObject({
      id,
      source: 'custom',
      family: 'tiny',
      englishOnly: true,
      quantization: 'f16',
      sizeBytes: fs.statSync(TEST_MODEL_PATH).size,
      sha1,
      state: 'installed',
      path: path.join(dir, `${id}.bin`),
      checksumVerified: true,
      isDefault: true,
      displayName: 'my-tiny.bin (tiny.en, f16)',
    });
    expect(sha1Of(result.model.path!)).toBe(sha1);
    expect(fs.existsSync(source)).toBe(true);

    const again = await manager.useExistingFile(source);
    expect(again.alreadyInstalled).toBe(true);
    expect((await manager.list()).models.filter((m) => m.source === 'custom')).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.import-'))).toEqual([]);
  });

  it('refuses a tiny.en copy with flipped bytes: not the catalog checksum, and it does not load within its ceiling', async () => {
    const source = flippedCopy(path.join(tempDir(), 'ggml-tiny.en.bin'));
    const dir = tempDir();
    const { manager } = makeManager(dir, [...MODEL_CATALOG]);
    const started = Date.now();
    await expect(manager.useExistingFile(source)).rejects.toMatchObject({
      code: 'checksum-mismatch',
      message: expect.stringMatching(
        /^ggml-tiny\.en\.bin looks like .*\(ggml-tiny\.en\.bin, 78 MB\) but does not match its published checksum \(SHA-1 [0-9a-f]{40}, expected c78c86eb1a8faa21b369bcd33207cc90d64ae9df\), and the transcription engine could not load it within 1\.3 GB of memory .*: it is damaged\. Download it again; it was not added\.$/,
      ),
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(models(dir)).toEqual([]);
    expect((await manager.list()).models.filter((m) => m.source === 'custom')).toEqual([]);
  });

  it('refuses the same damage under another name and size as a file that cannot be loaded', async () => {
    const source = flippedCopy(path.join(tempDir(), 'my-model.bin'), 7);
    const dir = tempDir();
    const { manager } = makeManager(dir, [...MODEL_CATALOG]);
    await expect(manager.useExistingFile(source)).rejects.toMatchObject({
      code: 'not-a-model',
      message: expect.stringMatching(
        /^my-model\.bin was not added: the transcription engine could not load it within 1\.3 GB of memory/,
      ),
    });
    expect(models(dir)).toEqual([]);
  });

  it('models/verify loads a custom model (it has no published checksum) and reports a damaged one', async () => {
    // What adopting the file before this check left: the damaged file installed as a custom
    // model, with its own SHA-1 recorded as verified.
    const dir = tempDir();
    const file = flippedCopy(path.join(dir, 'custom-0123456789ab.bin'));
    const stat = fs.statSync(file);
    const sha1 = sha1Of(file);
    fs.writeFileSync(
      path.join(dir, 'models.json'),
      JSON.stringify({
        version: 1,
        defaultModelId: null,
        verified: {
          'custom-0123456789ab.bin': { sha1, sizeBytes: stat.size, mtimeMs: stat.mtimeMs },
        },
        custom: [
          {
            id: 'custom-0123456789ab',
            fileName: 'custom-0123456789ab.bin',
            displayName: 'ggml-tiny.en.bin (tiny.en, f16)',
            sha1,
            sizeBytes: stat.size,
            originalName: 'ggml-tiny.en.bin',
            family: 'tiny',
            englishOnly: true,
            quantization: 'f16',
            addedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
      }),
    );
    const { manager } = makeManager(dir, [...MODEL_CATALOG]);
    await expect(manager.verify('custom-0123456789ab')).rejects.toMatchObject({
      code: 'not-a-model',
      message: expect.stringMatching(
        /^ggml-tiny\.en\.bin \(tiny\.en, f16\) cannot be used: the transcription engine could not load it within 1\.3 GB of memory/,
      ),
    });
    expect(fs.existsSync(file)).toBe(true);
  });
});
