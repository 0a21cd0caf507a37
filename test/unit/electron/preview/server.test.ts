import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startPreviewServer, type PreviewServer } from '../../../../electron/preview/server';
import { createAppServices } from '../../../../electron/services/app-services';
import { FileSettingsStore } from '../../../../electron/services/settings/file-settings-store';

/** A raw HTTP request, so tests can set Host and Origin headers that fetch() would not allow. */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser preview server', () => {
  let server: PreviewServer;
  let dataDir: string;
  let staticDir: string;
  const auth = () => ({
    Authorization: `Bearer ${server.token}`,
    Host: `127.0.0.1:${server.port}`,
  });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-preview-'));
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rehearse</title>');
    fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'secret');
    const settings = new FileSettingsStore(dataDir);
    const services = createAppServices({
      dataDir,
      settings,
      transport: 'preview',
      version: '9.9.9',
    });
    server = await startPreviewServer({ services, staticDir });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('binds to loopback and prints a URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the right token', async () => {
    const res = await request(server.port, { path: '/api/app/info', headers: auth(), body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { version: '9.9.9' } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer not-the-token' }],
    ['a token in the wrong scheme', { Authorization: 'Basic abc' }],
  ])('refuses a call with %s (403)', async (_label, headers: Record<string, string>) => {
    const res = await request(server.port, { path: '/api/settings/get', headers, body: '{}' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const headers = { ...auth(), Origin: 'http://evil.example' };
    const res = await request(server.port, { path: '/api/settings/get', headers, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), for pages and calls', async () => {
    const headers = {
      Authorization: `Bearer ${server.token}`,
      Host: `evil.example:${server.port}`,
    };
    expect(
      (await request(server.port, { path: '/api/app/info', headers, body: '{}' })).status,
    ).toBe(403);
    expect((await request(server.port, { method: 'GET', path: '/', headers })).status).toBe(403);
  });

  it('accepts our own Origin', async () => {
    const headers = { ...auth(), Origin: `http://127.0.0.1:${server.port}` };
    expect(
      (await request(server.port, { path: '/api/app/info', headers, body: '{}' })).status,
    ).toBe(200);
  });

  it('rejects a malformed payload by its schema (400) and does not store it', async () => {
    // Another test in this file may have saved settings already: nothing must change either way.
    const file = path.join(dataDir, 'settings.json');
    const stored = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
    const before = stored();
    const body = JSON.stringify({ theme: 'purple' });
    const res = await request(server.port, { path: '/api/settings/set', headers: auth(), body });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const notJson = await request(server.port, {
      path: '/api/settings/set',
      headers: auth(),
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(stored()).toBe(before);
  });

  it('answers 404 for an unknown call and 405 for GET on the API', async () => {
    expect(
      (await request(server.port, { path: '/api/fs/read', headers: auth(), body: '{}' })).status,
    ).toBe(404);
    expect(
      (await request(server.port, { method: 'GET', path: '/api/app/info', headers: auth() }))
        .status,
    ).toBe(405);
  });

  it('serves the renderer with a strict CSP and refuses path traversal', async () => {
    const page = await request(server.port, { method: 'GET', path: '/', headers: auth() });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      `/..%2f${path.basename(dataDir)}/secret.txt`,
    ]) {
      const res = await request(server.port, { method: 'GET', path: p, headers: auth() });
      expect(res.status).not.toBe(200);
      expect(res.body).not.toContain('secret');
    }
  });

  it('pushes events over the WebSocket only to holders of the token', async () => {
    const refused = new WebSocket(`ws://127.0.0.1:${server.port}/api/events?token=wrong`);
    const refusal = await new Promise<string>((resolve) => {
      refused.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      refused.on('error', (e) => resolve(e.message));
    });
    expect(refusal).toMatch(/403/);

    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api/events?token=${server.token}`);
    await new Promise((resolve) => ws.on('open', resolve));
    const message = new Promise<string>((resolve) => ws.on('message', (d) => resolve(String(d))));
    await request(server.port, {
      path: '/api/settings/set',
      headers: auth(),
      body: '{"theme":"dark"}',
    });
    expect(JSON.parse(await message)).toMatchObject({
      event: 'settings/changed',
      payload: { theme: 'dark' },
    });
    ws.close();
  });
});
