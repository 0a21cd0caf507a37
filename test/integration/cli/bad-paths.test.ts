import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, TEST_MODEL_PATH } from '../../../electron/services/transcription/engine-paths';

// Issue 13, item 11: `rehearse transcribe` called a FIFO "a folder" and a FIFO or /dev/zero as
// --model "not found". The real CLI, the real whisper-cli.
function rehearse(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'bin', 'rehearse.js'), ...args],
      (error, _out, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
    );
  });
}

let dir: string;
let fifo: string;
let wav: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cli-paths-'));
  fifo = path.join(dir, 'pipe.wav');
  execFileSync('mkfifo', [fifo]);
  wav = path.join(dir, 'a.wav');
  fs.writeFileSync(wav, Buffer.alloc(100));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rehearse transcribe with paths that are not regular files', () => {
  it('calls a FIFO given as the audio a named pipe', async () => {
    const run = await rehearse(['transcribe', fifo, '--model', TEST_MODEL_PATH]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${fifo} is a named pipe (FIFO), not an audio file.`);
  });

  it.each([
    ['a FIFO', () => fifo, 'a named pipe (FIFO)'],
    ['/dev/zero', () => '/dev/zero', 'a device'],
  ])('calls %s given as --model what it is', async (_label, model, kind) => {
    const run = await rehearse(['transcribe', wav, '--model', model()]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${model()} is ${kind}, not a speech model file.`);
  });
});
