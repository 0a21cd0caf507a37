import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  assertModelFile,
  assertWhisperCli,
  DEFAULT_WHISPER_CLI,
  REPO_ROOT,
  resolveModelPath,
  resolveWhisperCliPath,
  TEST_MODEL_PATH,
} from '../../../../../electron/services/transcription/engine-paths';

let dir: string;
const saved = { cli: process.env.REHEARSE_WHISPER_CLI, model: process.env.REHEARSE_MODEL };
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-paths-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => {
  for (const [key, value] of [
    ['REHEARSE_WHISPER_CLI', saved.cli],
    ['REHEARSE_MODEL', saved.model],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('engine paths', () => {
  it('defaults to the vendored whisper-cli and the test model in the repository', () => {
    delete process.env.REHEARSE_WHISPER_CLI;
    delete process.env.REHEARSE_MODEL;
    expect(resolveWhisperCliPath()).toBe(DEFAULT_WHISPER_CLI);
    expect(DEFAULT_WHISPER_CLI.startsWith(path.join(REPO_ROOT, 'vendor', 'whisper', 'bin'))).toBe(
      true,
    );
    expect(resolveModelPath()).toBe(TEST_MODEL_PATH);
  });

  it('lets the environment override, and an explicit path override the environment', () => {
    process.env.REHEARSE_WHISPER_CLI = '/opt/whisper/whisper-cli';
    process.env.REHEARSE_MODEL = '/models/ggml-base.en.bin';
    expect(resolveWhisperCliPath()).toBe('/opt/whisper/whisper-cli');
    expect(resolveModelPath()).toBe('/models/ggml-base.en.bin');
    expect(resolveWhisperCliPath('/x/cli')).toBe('/x/cli');
    expect(resolveModelPath('/x/m.bin')).toBe('/x/m.bin');
  });

  it('names the build script when whisper-cli is missing or not executable', async () => {
    await expect(assertWhisperCli(path.join(dir, 'nope'))).rejects.toMatchObject({
      code: 'engine-missing',
      message: expect.stringContaining('node scripts/build-whisper.mjs'),
    });
    const notExecutable = path.join(dir, 'whisper-cli');
    await writeFile(notExecutable, '');
    await chmod(notExecutable, 0o644);
    await expect(assertWhisperCli(notExecutable)).rejects.toMatchObject({ code: 'engine-missing' });
  });

  it('names a FIFO or a device given as the model, without opening it (issue 13, item 11)', async () => {
    const fifo = path.join(dir, 'model-fifo.bin');
    execFileSync('mkfifo', [fifo]);
    await expect(assertModelFile(fifo)).rejects.toMatchObject({
      code: 'model-invalid',
      message: `${fifo} is a named pipe (FIFO), not a speech model file. Pass --model <file.bin> or set REHEARSE_MODEL to a whisper.cpp ggml model file.`,
    });
    await expect(assertModelFile('/dev/zero')).rejects.toMatchObject({
      code: 'model-invalid',
      message: expect.stringMatching(/^\/dev\/zero is a device, not a speech model file/),
    });
  });

  it('checks the model exists and starts with the ggml magic', async () => {
    await expect(assertModelFile(path.join(dir, 'none.bin'))).rejects.toMatchObject({
      code: 'model-missing',
    });
    await expect(assertModelFile(dir)).rejects.toMatchObject({
      code: 'model-invalid',
      message: expect.stringMatching(/is a folder, not a speech model file/),
    });
    const text = path.join(dir, 'text.bin');
    await writeFile(text, 'hello');
    await expect(assertModelFile(text)).rejects.toMatchObject({ code: 'model-invalid' });
    const tiny = path.join(dir, 'tiny.bin');
    await writeFile(tiny, 'lm');
    await expect(assertModelFile(tiny)).rejects.toMatchObject({ code: 'model-invalid' });
    const ggml = path.join(dir, 'ggml.bin');
    await writeFile(ggml, Buffer.from('lmgg\x00\x00\x00\x00', 'latin1'));
    await expect(assertModelFile(ggml)).resolves.toBeUndefined();
  });
});
