import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` on a machine where no Electron binary can be had: it must start the browser preview
// (same line as `npm run web`), say why in one sentence, and print no stack trace.
const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'rehearse-start-'));
let child: ChildProcess | undefined;

/** True while any process of the group led by `pid` is alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// npm, its shell, start.mjs and the preview share one process group (detached below): signal the
// whole group, or the preview server outlives the test.
afterAll(async () => {
  const pid = child?.pid;
  if (pid && groupAlive(pid)) {
    process.kill(-pid, 'SIGTERM');
    for (let i = 0; i < 50 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `npm start` until the preview line appears; resolves with everything printed so far. */
function startUntilPreview(): Promise<{ url: string; output: string }> {
  return new Promise((resolve, reject) => {
    child = spawn('npm', ['start', '--', '--port', '0'], {
      cwd: root,
      env: {
        ...process.env,
        REHEARSE_DATA_DIR: dataDir,
        // No binary where Electron looks, and a download that fails at once (a closed port):
        // the situation of an offline machine, whatever this machine has installed.
        ELECTRON_OVERRIDE_DIST_PATH: path.join(dataDir, 'no-electron-here'),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        REHEARSE_NO_BROWSER: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const url = /Rehearse preview at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output)?.[1];
      if (url) resolve({ url, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

describe('npm start without an Electron binary', () => {
  it('starts the browser preview instead, says why, and serves the app', async () => {
    const { url, output } = await startUntilPreview();
    expect(output).toContain('opens in your browser instead');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    const page = await fetch(url.replace(/#.*$/, ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const token = new URL(url).hash.replace('#token=', '');
    const info = await fetch(new URL('/api/app/info', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(info.status).toBe(200);
  });
});
