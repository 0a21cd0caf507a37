import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../../../scripts/electronegativity.mjs');

describe('Electronegativity gate (scripts/electronegativity.mjs)', () => {
  let dir: string | undefined;
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('fails on an unexplained HIGH/MEDIUM finding and on a stale accepted entry', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-eng-'));
    fs.mkdirSync(path.join(dir, 'main'));
    fs.writeFileSync(
      path.join(dir, 'main', 'window.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
    );
    const config = {
      input: ['main'],
      excluded: [{ check: 'AvailableSecurityFixesGlobalCheck', reason: 'needs the network' }],
      accepted: [{ check: 'PRELOAD_JS_CHECK', file: 'main/gone.js', reason: 'no longer true' }],
    };
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
    const run = spawnSync(process.execPath, [script, path.join(dir, 'config.json')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/CONTEXT_ISOLATION_JS_CHECK main\/window\.js:2 .*NOT EXPLAINED/);
    expect(run.stdout).toMatch(/SANDBOX_JS_CHECK main\/window\.js:2 .*NOT EXPLAINED/);
    expect(run.stdout).toContain('Stale entry in config.json: PRELOAD_JS_CHECK in main/gone.js');
  }, 130_000);
});
