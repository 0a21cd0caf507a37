import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadOutcome } from '../../../../../shared/models/schemas';
import { freeBytes } from '../../../../../electron/services/models/disk-space';
import { closedPort, startFixtureServer, type FixtureServer } from './fixture-server';
import { makeFixture, makeManager, tempDir, testEntry } from './helpers';

const fixture = makeFixture(1024 * 1024);
let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function failure(outcome: DownloadOutcome) {
  if (outcome.status !== 'failed') throw new Error(`expected a failure, got ${outcome.status}`);
  return outcome;
}

/** A self-signed certificate for 127.0.0.1, made fresh so no key lives in the repository. */
function selfSignedCert(dir: string): { key: string; cert: string } {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1',
  ], { stdio: 'ignore' }); // prettier-ignore
  return { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') };
}

describe('ModelManager.download failures', () => {
  it('offline: a refused connection fails at once with the plain "can\'t reach" message', async () => {
    const port = await closedPort();
    const dir = tempDir();
    const { manager } = makeManager(dir, [testEntry(fixture, `http://127.0.0.1:${port}`)]);

    const outcome = failure(await manager.download('test.en'));

    expect(outcome.error).toEqual({
      code: 'offline',
      message: `Can't reach 127.0.0.1:${port}. Check your internet connection, or use a model file you already have.`,
    });
    expect(outcome.partialKept).toBe(false);
  });

  it('proxy: with a proxy set, a failed connection names the proxy without its password', async () => {
    const port = await closedPort();
    const env = { HTTP_PROXY: 'http://alice:s3cret@proxy.corp.example:3128' };
    const { manager } = makeManager(tempDir(), [testEntry(fixture, `http://127.0.0.1:${port}`)], {
      env,
    });

    const outcome = failure(await manager.download('test.en'));

    expect(outcome.error.code).toBe('proxy');
    expect(outcome.error.message).toContain('HTTP_PROXY=http://***@proxy.corp.example:3128');
    expect(outcome.error.message).not.toContain('s3cret');
  });

  it('proxy: HTTP 407 asks for the proxy login', async () => {
    server = await startFixtureServer(fixture.data, () => ({ status: 407 }));
    const { manager } = makeManager(tempDir(), [testEntry(fixture, server.url)]);

    const outcome = failure(await manager.download('test.en'));

    expect(outcome.error.code).toBe('proxy');
    expect(outcome.error.message).toMatch(/proxy asked for a login \(HTTP 407\)/);
  });

  it('TLS: an unverifiable certificate points at HTTPS-inspecting proxies and antivirus', async () => {
    const dir = tempDir();
    server = await startFixtureServer(fixture.data, undefined, selfSignedCert(dir));
    const { manager } = makeManager(dir, [testEntry(fixture, server.url)]);

    const outcome = failure(await manager.download('test.en'));

    expect(outcome.error.code).toBe('tls');
    expect(outcome.error.message).toMatch(/SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT/);
    expect(outcome.error.message).toMatch(/corporate proxy or antivirus/);
    expect(server.requests).toHaveLength(0);
  });

  it('disk full (checked before downloading): says how much is needed and how much is free', async () => {
    server = await startFixtureServer(fixture.data);
    const dir = tempDir();
    const free = (await freeBytes(dir))!;
    const huge = free + 10_000_000_000;
    const { manager } = makeManager(dir, [testEntry(fixture, server.url, { sizeBytes: huge })]);

    const outcome = failure(await manager.download('test.en'));

    expect(outcome.error.code).toBe('disk-full');
    expect(outcome.error.message).toMatch(
      /The model needs about [\d.]+ (GB|TB); [\d.]+ \w+ is free/,
    );
    expect(server.requests).toHaveLength(0);
  });

  // ENOSPC from the kernel, without root or a tmpfs: writes to /dev/full always fail with it.
  // The partial file is made a link to /dev/full so the real write path hits a full device.
  it.skipIf(process.platform !== 'linux')(
    'disk full while writing: ENOSPC becomes disk-full and the partial is removed',
    async () => {
      server = await startFixtureServer(fixture.data);
      const dir = tempDir();
      fs.symlinkSync('/dev/full', path.join(dir, 'ggml-test.en.bin.partial'));
      const { manager } = makeManager(dir, [testEntry(fixture, server.url)]);

      const outcome = failure(await manager.download('test.en'));

      expect(outcome.error.code).toBe('disk-full');
      expect(outcome.error.message).toContain(dir);
      expect(outcome).toMatchObject({ partialKept: false, partialBytes: 0 });
      expect(fs.existsSync(path.join(dir, 'ggml-test.en.bin.partial'))).toBe(false);
    },
  );
});
