import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_CATALOG } from '../../../../../shared/models/catalog';
import { TEST_MODEL_PATH } from '../../../../../electron/services/transcription/engine-paths';
import { makeManager, tempDir } from './helpers';

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
