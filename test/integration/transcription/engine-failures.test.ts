import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transcriber } from '../../../electron/services/transcription/index';
import { INCIDENT_ANSWER } from '../helpers/answers';
import { JFK_TEXT, jfkWav, speak } from '../helpers/audio';
import {
  LONG_TEST_MS,
  MODEL,
  requireEngine,
  SKIP_ENGINE_TESTS,
  WHISPER_CLI,
} from '../helpers/engine';
import { wordErrorRate } from '../helpers/wer';

describe.skipIf(SKIP_ENGINE_TESTS)('engine and model failures (real whisper-cli)', () => {
  let dir: string;
  let jfk: string;
  beforeAll(async () => {
    requireEngine();
    dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-engine-'));
    jfk = await jfkWav();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names the build script when whisper-cli is missing', async () => {
    const t = new Transcriber({
      whisperCliPath: path.join(dir, 'no-such-whisper-cli'),
      modelPath: MODEL,
    });
    await expect(t.enqueue(jfk).promise).rejects.toMatchObject({
      code: 'engine-missing',
      message: expect.stringContaining('node scripts/build-whisper.mjs'),
    });
  });

  it('says where the model was expected when it is missing', async () => {
    const missing = path.join(dir, 'ggml-missing.bin');
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: missing });
    await expect(t.enqueue(jfk).promise).rejects.toMatchObject({
      code: 'model-missing',
      message: expect.stringContaining(missing),
    });
  });

  it('reports a model that is not a ggml file without running whisper-cli', async () => {
    const notModel = path.join(dir, 'not-a-model.bin');
    await writeFile(notModel, 'definitely not ggml weights');
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: notModel });
    await expect(t.enqueue(jfk).promise).rejects.toMatchObject({ code: 'model-invalid' });
  });

  it('reports a truncated model (whisper-cli fails to load it, exit 3)', async () => {
    const truncated = path.join(dir, 'ggml-truncated.bin');
    await copyFile(MODEL, truncated);
    const handle = await open(truncated, 'r+');
    await handle.truncate(1_000_000);
    await handle.close();
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: truncated });
    await expect(t.enqueue(jfk).promise).rejects.toMatchObject({
      code: 'model-invalid',
      message: expect.stringMatching(/could not be loaded.*damaged or incomplete/s),
    });
  });

  it('reports a model with a valid magic but garbage inside (ggml aborts while loading)', async () => {
    const garbage = path.join(dir, 'ggml-garbage.bin');
    const bytes = Buffer.alloc(200_000, 0xa5);
    bytes.write('lmgg', 0, 'latin1');
    await writeFile(garbage, bytes);
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: garbage });
    await expect(t.enqueue(jfk).promise).rejects.toMatchObject({ code: 'model-invalid' });
  });

  it(
    'fails a job whose whisper-cli is killed mid-way, then runs the next job normally',
    async () => {
      const answer = await speak(INCIDENT_ANSWER, 140);
      const progress: number[] = [];
      const t = new Transcriber({
        whisperCliPath: WHISPER_CLI,
        modelPath: MODEL,
        onProgress: (jobId, percent) => {
          progress.push(percent);
          const active = t.activeJob;
          // Kill from outside, as the OOM killer or a user would, once decoding is under way.
          if (percent > 0 && percent < 100 && active?.jobId === jobId && active.pid)
            process.kill(active.pid, 'SIGKILL');
        },
      });
      const doomed = t.enqueue(answer);
      const next = t.enqueue(jfk);
      await expect(doomed.promise).rejects.toMatchObject({
        code: 'engine-crashed',
        message: expect.stringMatching(/stopped unexpectedly \(SIGKILL\).*Try again/s),
      });
      expect(progress.some((p) => p > 0 && p < 100)).toBe(true);
      expect(wordErrorRate(JFK_TEXT, (await next.promise).text)).toBeLessThanOrEqual(0.1);
    },
    LONG_TEST_MS,
  );

  it(
    'cancels a running job (its process is killed) and a queued one; later jobs still run',
    async () => {
      const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
      const running = t.enqueue(await speak(INCIDENT_ANSWER, 140));
      const queued = t.enqueue(jfk);
      const after = t.enqueue(jfk);
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => t.activeJob?.pid && (clearInterval(poll), resolve()), 20);
      });
      const pid = t.activeJob!.pid!;
      const outcomes = Promise.allSettled([running.promise, queued.promise]);
      expect(t.cancel(queued.jobId)).toBe(true);
      expect(t.cancel(running.jobId)).toBe(true);
      for (const outcome of await outcomes) {
        expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'cancelled' } });
      }
      expect(() => process.kill(pid, 0)).toThrow();
      expect(t.cancel('no-such-job')).toBe(false);
      expect(wordErrorRate(JFK_TEXT, (await after.promise).text)).toBeLessThanOrEqual(0.1);
    },
    LONG_TEST_MS,
  );

  it('stops a job that runs past its time limit', async () => {
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL, timeoutMs: 300 });
    await expect(t.enqueue(jfk).promise).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringMatching(/took longer than 0.3 s and was stopped/),
    });
  });

  it('reports progress from 0 to 100 for each job', async () => {
    const seen: number[] = [];
    const t = new Transcriber({
      whisperCliPath: WHISPER_CLI,
      modelPath: MODEL,
      onProgress: (_id, p) => seen.push(p),
    });
    await t.enqueue(jfk).promise;
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(100);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });
});
