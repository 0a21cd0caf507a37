import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_CATALOG } from '../../../../../shared/models/catalog';
import { TEST_MODEL_PATH } from '../../../../../electron/services/transcription/engine-paths';
import { makeManager, sha1Of, tempDir } from './helpers';

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

describe('a damaged model is refused before it is accepted (issue 13, item 5)', () => {
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
  }, 60_000);

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
  }, 60_000);

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
  }, 60_000);
});

describe('model paths that are not regular files or not absolute (issue 13, items 6 and 12)', () => {
  it('refuses a FIFO and /dev/zero at once, without opening them', async () => {
    const fifo = path.join(tempDir(), 'model.bin');
    execFileSync('mkfifo', [fifo]);
    const { manager } = makeManager(tempDir(), [...MODEL_CATALOG]);
    await expect(manager.useExistingFile(fifo)).rejects.toMatchObject({
      code: 'not-a-model',
      message: `${fifo} is a named pipe (FIFO), not a model file. Pick the model file itself (a .bin file such as ggml-base.en.bin).`,
    });
    await expect(manager.useExistingFile('/dev/zero')).rejects.toMatchObject({
      code: 'not-a-model',
      message: expect.stringMatching(/^\/dev\/zero is a device, not a model file/),
    });
  });

  it('refuses a relative path rather than resolving it against the working folder', async () => {
    const dir = tempDir();
    fs.copyFileSync(TEST_MODEL_PATH, path.join(dir, 'ggml-tiny.en.bin'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { manager } = makeManager(tempDir(), [...MODEL_CATALOG]);
      await expect(manager.useExistingFile('ggml-tiny.en.bin')).rejects.toMatchObject({
        code: 'file-not-found',
        message: expect.stringMatching(/^"ggml-tiny\.en\.bin" is not a full path\./),
      });
    } finally {
      process.chdir(cwd);
    }
  });
});
