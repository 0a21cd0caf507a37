import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/** Builds the renderer once for all e2e files; each file then starts its own preview server. */
export default function setup(): void {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stderr}`);
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error(
      'E2E tests need Debian Chromium at /usr/bin/chromium: apt-get install chromium',
    );
  }
}
