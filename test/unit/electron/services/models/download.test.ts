import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { modelListSchema } from '../../../../../shared/models/schemas';
import { startFixtureServer, type FixtureServer, type Plan } from './fixture-server';
import { makeFixture, makeManager, sha1Of, tempDir, testEntry } from './helpers';

const fixture = makeFixture();
const size = fixture.data.length;
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(planFor?: (index: number) => Plan) {
  server = await startFixtureServer(fixture.data, planFor);
  return server;
}

describe('ModelManager.download', () => {
  it('downloads the whole file, checks its SHA-1 and installs it as the default', async () => {
    const { url, requests } = await serve();
    const dir = tempDir();
    const { manager, events } = makeManager(dir, [testEntry(fixture, url)]);

    const outcome = await manager.download('test.en');

    const file = path.join(dir, 'ggml-test.en.bin');
    expect(outcome).toEqual({
      status: 'installed',
      modelId: 'test.en',
      path: file,
      sha1: fixture.sha1,
    });
    expect(sha1Of(file)).toBe(fixture.sha1);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    expect(requests).toEqual([{ path: '/ggml-test.en.bin', range: undefined, status: 200 }]);
    expect(events.states.map((e) => e.status)).toEqual(['downloading', 'verifying', 'installed']);
    const list = modelListSchema.parse(await manager.list());
    expect(list.defaultModelId).toBe('test.en');
    expect(list.models[0]).toMatchObject({
      state: 'installed',
      path: file,
      checksumVerified: true,
      isDefault: true,
      partialBytes: 0,
      lastError: null,
    });
  });

  it('resumes with a Range request from the bytes on disk after the connection drops', async () => {
    const dir = tempDir();
    const partial = path.join(dir, 'ggml-test.en.bin.partial');
    const onDiskAtRequest: number[] = [];
    const { url, requests } = await serve((index) => {
      onDiskAtRequest.push(fs.existsSync(partial) ? fs.statSync(partial).size : 0);
      return index === 0 ? { cutAfterBytes: 1_500_000 } : {};
    });
    const { manager, events } = makeManager(dir, [testEntry(fixture, url)]);

    const outcome = await manager.download('test.en');

    expect(outcome.status).toBe('installed');
    expect(sha1Of(path.join(dir, 'ggml-test.en.bin'))).toBe(fixture.sha1);
    expect(requests).toHaveLength(2);
    const offset = onDiskAtRequest[1]!;
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(1_500_000);
    expect(requests[1]).toMatchObject({ range: `bytes=${offset}-`, status: 206 });
    const retry = events.states.find((e) => e.status === 'retrying');
    expect(retry).toMatchObject({ attempt: 1, error: { code: 'network-interrupted' } });
    expect(events.states).toContainEqual({
      status: 'downloading',
      modelId: 'test.en',
      resumedFromBytes: offset,
      attempt: 2,
    });
  });

  it('follows the redirect to the CDN and sends the Range header there too', async () => {
    const dir = tempDir();
    // 0: redirect, 1: CDN drops the connection, 2: redirect again, 3: CDN resumes.
    const plans: Plan[] = [
      { redirect: true },
      { cutAfterBytes: 1_200_000 },
      { redirect: true },
      {},
    ];
    const { url, requests } = await serve((index) => plans[index] ?? {});
    const { manager } = makeManager(dir, [testEntry(fixture, url)]);

    expect((await manager.download('test.en')).status).toBe('installed');

    expect(requests.map((r) => [r.path, r.status])).toEqual([
      ['/ggml-test.en.bin', 302],
      ['/cdn/ggml-test.en.bin', 200],
      ['/ggml-test.en.bin', 302],
      ['/cdn/ggml-test.en.bin', 206],
    ]);
    expect(requests[3]!.range).toMatch(/^bytes=[1-9]\d*-$/);
    expect(requests[3]!.range).toBe(requests[2]!.range);
    expect(sha1Of(path.join(dir, 'ggml-test.en.bin'))).toBe(fixture.sha1);
  });

  it('keeps the partial file when retries run out, and a new manager resumes from it', async () => {
    const dir = tempDir();
    const { url, requests } = await serve((index) =>
      index === 0 ? { cutAfterBytes: 1_000_000 } : {},
    );
    const first = makeManager(dir, [testEntry(fixture, url)], { retryDelaysMs: [] });

    const failed = await first.manager.download('test.en');

    expect(failed).toMatchObject({ status: 'failed', partialKept: true });
    if (failed.status !== 'failed') throw new Error('expected a failure');
    expect(failed.error.code).toBe('network-interrupted');
    expect(failed.error.message).toMatch(/is saved; start the download again/);
    const row = (await first.manager.list()).models[0]!;
    expect(row).toMatchObject({ state: 'partial', partialBytes: failed.partialBytes });
    expect(row.lastError?.code).toBe('network-interrupted');

    // A restarted app: the partial is hashed from disk, then the rest is fetched.
    const second = makeManager(dir, [testEntry(fixture, url)]);
    const outcome = await second.manager.download('test.en');

    expect(outcome.status).toBe('installed');
    expect(requests[1]).toMatchObject({ range: `bytes=${failed.partialBytes}-`, status: 206 });
    expect(sha1Of(path.join(dir, 'ggml-test.en.bin'))).toBe(fixture.sha1);
  });

  it('starts over cleanly when the server ignores Range and answers 200', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ggml-test.en.bin.partial'), Buffer.alloc(700_000, 7));
    const { url, requests } = await serve(() => ({ ignoreRange: true }));
    const { manager, events } = makeManager(dir, [testEntry(fixture, url)]);

    const outcome = await manager.download('test.en');

    expect(outcome.status).toBe('installed');
    expect(requests).toEqual([{ path: '/ggml-test.en.bin', range: 'bytes=700000-', status: 200 }]);
    expect(events.states[0]).toMatchObject({ status: 'downloading', resumedFromBytes: 0 });
    expect(sha1Of(path.join(dir, 'ggml-test.en.bin'))).toBe(fixture.sha1);
  });

  it('on 416, installs a partial that is already complete, or restarts a wrong one', async () => {
    const dir = tempDir();
    const partial = path.join(dir, 'ggml-test.en.bin.partial');
    fs.writeFileSync(partial, fixture.data);
    const { url, requests } = await serve();
    const { manager } = makeManager(dir, [testEntry(fixture, url)]);

    expect((await manager.download('test.en')).status).toBe('installed');
    expect(requests).toEqual([{ path: '/ggml-test.en.bin', range: `bytes=${size}-`, status: 416 }]);

    fs.rmSync(path.join(dir, 'ggml-test.en.bin'));
    fs.writeFileSync(partial, Buffer.alloc(size, 1));
    expect((await manager.download('test.en')).status).toBe('installed');
    expect(requests.slice(1).map((r) => r.status)).toEqual([416, 200]);
    expect(sha1Of(path.join(dir, 'ggml-test.en.bin'))).toBe(fixture.sha1);
  });

  it('deletes the file and says so when the checksum does not match', async () => {
    const { url } = await serve();
    const dir = tempDir();
    const entry = testEntry(fixture, url, { sha1: 'f'.repeat(40) });
    const { manager } = makeManager(dir, [entry]);

    const outcome = await manager.download('test.en');

    expect(outcome).toMatchObject({ status: 'failed', partialKept: false, partialBytes: 0 });
    if (outcome.status !== 'failed') throw new Error('expected a failure');
    expect(outcome.error.code).toBe('checksum-mismatch');
    expect(outcome.error.message).toContain(fixture.sha1);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('ggml-'))).toEqual([]);
    expect((await manager.list()).models[0]).toMatchObject({ state: 'not-installed' });
  });

  it('cancel stops the download and removes the partial file', async () => {
    const { url } = await serve(() => ({ chunkBytes: 64 * 1024, chunkDelayMs: 15 }));
    const dir = tempDir();
    const { manager, events } = makeManager(dir, [testEntry(fixture, url)]);
    let cancelled: Promise<{ cancelled: boolean }> | undefined;
    const done = manager.download('test.en');
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (events.progress.length === 0) return;
        clearInterval(timer);
        cancelled = manager.cancel('test.en');
        resolve();
      }, 5);
    });

    expect(await cancelled).toEqual({ cancelled: true });
    expect(await done).toEqual({ status: 'cancelled', modelId: 'test.en' });
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('ggml-'))).toEqual([]);
    expect(events.states.at(-1)).toEqual({ status: 'cancelled', modelId: 'test.en' });
    expect((await manager.list()).models[0]).toMatchObject({ state: 'not-installed' });
  });

  it('cancel with no download running discards a leftover partial file', async () => {
    const dir = tempDir();
    const partial = path.join(dir, 'ggml-test.en.bin.partial');
    fs.writeFileSync(partial, fixture.data.subarray(0, 1000));
    const { manager } = makeManager(dir, [testEntry(fixture, 'http://127.0.0.1:1')]);
    expect((await manager.list()).models[0]).toMatchObject({
      state: 'partial',
      partialBytes: 1000,
    });

    expect(await manager.cancel('test.en')).toEqual({ cancelled: true });
    expect(fs.existsSync(partial)).toBe(false);
    expect(await manager.cancel('test.en')).toEqual({ cancelled: false });
  });

  it('shutdown stops downloads but keeps the partial file, and the next run resumes it', async () => {
    const dir = tempDir();
    const { url, requests } = await serve((index) =>
      index === 0 ? { chunkBytes: 64 * 1024, chunkDelayMs: 15 } : {},
    );
    const first = makeManager(dir, [testEntry(fixture, url)]);
    const done = first.manager.download('test.en');
    while (first.events.progress.length === 0) await new Promise((r) => setTimeout(r, 5));

    await first.manager.shutdown();

    expect(await done).toEqual({ status: 'cancelled', modelId: 'test.en' });
    const kept = fs.statSync(path.join(dir, 'ggml-test.en.bin.partial')).size;
    expect(kept).toBeGreaterThan(0);
    const second = makeManager(dir, [testEntry(fixture, url)]);
    expect((await second.manager.download('test.en')).status).toBe('installed');
    expect(requests[1]?.range).toBe(`bytes=${kept}-`);
    expect(sha1Of(path.join(dir, 'ggml-test.en.bin'))).toBe(fixture.sha1);
  });

  it('retries a server error (503) and then succeeds', async () => {
    const { url, requests } = await serve((index) => (index === 0 ? { status: 503 } : {}));
    const { manager, events } = makeManager(tempDir(), [testEntry(fixture, url)]);

    expect((await manager.download('test.en')).status).toBe('installed');
    expect(requests.map((r) => r.status)).toEqual([503, 200]);
    expect(events.states.find((e) => e.status === 'retrying')).toMatchObject({
      error: { code: 'server-error' },
    });
  });

  it('retries a stalled connection and resumes it', async () => {
    const { url, requests } = await serve((index) =>
      index === 0 ? { hangAfterBytes: 1_000_000 } : {},
    );
    const { manager, events } = makeManager(tempDir(), [testEntry(fixture, url)], {
      stallTimeoutMs: 300,
    });

    expect((await manager.download('test.en')).status).toBe('installed');
    expect(requests[1]?.range).toMatch(/^bytes=\d+-$/);
    expect(events.states.find((e) => e.status === 'retrying')).toMatchObject({
      error: { code: 'timeout' },
    });
  });

  it('fails at once on 404 with the URL in the message', async () => {
    const { url, requests } = await serve(() => ({ status: 404 }));
    const { manager } = makeManager(tempDir(), [testEntry(fixture, url)]);

    const outcome = await manager.download('test.en');

    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') throw new Error('expected a failure');
    expect(outcome.error.code).toBe('not-found');
    expect(outcome.error.message).toContain(`${url}/ggml-test.en.bin`);
    expect(requests).toHaveLength(1);
  });

  it('returns the same promise for a second download of a running model', async () => {
    const { url, requests } = await serve(() => ({ chunkBytes: 256 * 1024, chunkDelayMs: 5 }));
    const { manager } = makeManager(tempDir(), [testEntry(fixture, url)]);

    const first = manager.download('test.en');
    expect(manager.download('test.en')).toBe(first);
    expect(manager.startDownload('test.en')).toEqual({ modelId: 'test.en', state: 'downloading' });
    await first;
    expect(manager.startDownload('test.en')).toEqual({ modelId: 'test.en', state: 'installed' });
    expect(requests).toHaveLength(1);
    await expect(manager.download('nope')).rejects.toMatchObject({
      code: 'unknown-model',
      message: 'There is no model called "nope" in the catalog.',
    });
    expect(() => manager.startDownload('nope')).toThrow(/no model called "nope"/);
  });

  it('reports progress about every interval, monotonic, with a consistent speed and ETA', async () => {
    const { url } = await serve(() => ({ chunkBytes: 64 * 1024, chunkDelayMs: 8 }));
    const { manager, events } = makeManager(tempDir(), [testEntry(fixture, url)], {
      progressIntervalMs: 50,
    });

    await manager.download('test.en');

    const progress = events.progress;
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.receivedBytes).toBeGreaterThanOrEqual(progress[i - 1]!.receivedBytes);
    }
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ receivedBytes: size, totalBytes: size, etaSec: 0 });
    for (const event of progress.slice(1, -1)) {
      expect(event.totalBytes).toBe(size);
      expect(event.bytesPerSec).toBeGreaterThan(0);
      const expected = (size - event.receivedBytes) / event.bytesPerSec;
      expect(event.etaSec).not.toBeNull();
      expect(Math.abs(event.etaSec! - expected)).toBeLessThan(0.2);
    }
    // Throttled: events at least the interval apart (the last one, at completion, is forced).
    const gaps = events.progressAt.slice(1, -1).map((t, i) => t - events.progressAt[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(49);
  });
});
