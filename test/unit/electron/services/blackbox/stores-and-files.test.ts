import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPreviewProcess, type PreviewProcess } from '../../preview/support/preview-process';

/** What the bridge answers: data on success, a coded error otherwise. */
type BridgeAnswer = {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: { code: string; message: string };
};

/** The running preview with the two things these tests do: call the bridge, load the page. */
type RunningPreview = PreviewProcess & {
  call(name: string, input: unknown): Promise<BridgeAnswer>;
  page(): Promise<number>;
};

async function previewOn(dataDir: string): Promise<RunningPreview> {
  const preview = await startPreviewProcess({ dataDir });
  const base = `http://127.0.0.1:${preview.port}`;
  return Object.assign(preview, {
    async call(name: string, input: unknown) {
      const res = await fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${preview.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as BridgeAnswer;
    },
    page: async () => (await fetch(`${base}/`)).status,
  });
}

// Black-box tests of issue 13's file findings against the real preview in its own process: the
// server must start, answer, and say what is wrong in words.
let dataDir: string;
let preview: RunningPreview | null = null;
beforeEach(() => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-blackbox-'))));
afterEach(async () => {
  await preview?.stop();
  preview = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves with the value, or with 'timed out' after `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | 'timed out'> {
  return Promise.race([
    promise,
    new Promise<'timed out'>((r) => setTimeout(() => r('timed out'), ms)),
  ]);
}

describe('settings.json that cannot be used (item 7)', () => {
  it.each([
    [
      'a folder',
      () => fs.mkdirSync(path.join(dataDir, 'settings.json')),
      /it is a folder, not a file/,
    ],
    [
      'a 600 MB file',
      () => {
        fs.writeFileSync(path.join(dataDir, 'settings.json'), '{}');
        fs.truncateSync(path.join(dataDir, 'settings.json'), 600_000_000);
      },
      /it is 600 MB, more than the 16 MB such a file can be/,
    ],
  ])(
    'starts with default settings and a notice when it is %s',
    async (_label, make, why) => {
      make();
      preview = await previewOn(dataDir);
      const info = await preview.call('app/info', {});
      expect(info.ok).toBe(true);
      expect(info.data?.notices).toContainEqual({
        level: 'warning',
        message: expect.stringMatching(why),
      });
      const settings = await preview.call('settings/get', {});
      expect(settings.data).toMatchObject({ theme: 'system' });
      const set = await preview.call('settings/set', { theme: 'dark' });
      expect(set).toMatchObject({
        ok: false,
        error: {
          code: 'read-only',
          message: expect.stringMatching(
            /Your settings cannot be changed because .*settings\.json could not be used/,
          ),
        },
      });
      expect(await preview.page()).toBe(200);
      expect(preview.exited()).toBeNull();
    },
    30_000,
  );
});

describe('a FIFO as a model path (item 6)', () => {
  it('answers attempts/list and the page while four use-existing-file calls name a FIFO', async () => {
    const fifo = path.join(dataDir, 'model.bin');
    execFileSync('mkfifo', [fifo]);
    preview = await previewOn(dataDir);
    const calls = Array.from({ length: 4 }, () =>
      preview!.call('models/use-existing-file', { path: fifo }),
    );
    const list = await within(5000, preview.call('attempts/list', {}));
    expect(list).toMatchObject({ ok: true });
    expect(await within(5000, preview.page())).toBe(200);
    for (const answer of (await within(5000, Promise.all(calls))) as Awaited<
      (typeof calls)[number]
    >[]) {
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'not-a-model',
          message: `${fifo} is a named pipe (FIFO), not a model file. Pick the model file itself (a .bin file such as ggml-base.en.bin).`,
        },
      });
    }
    expect(preview.exited()).toBeNull();
  }, 30_000);
});
