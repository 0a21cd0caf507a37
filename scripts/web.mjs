#!/usr/bin/env node
// `npm run web`: builds the renderer, then serves it with the app's services on 127.0.0.1 (the
// browser preview). `--no-build` reuses the last build; `--port N` picks the port.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  console.log('Building the renderer…');
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) {
    console.error('The renderer build failed (see above). Fix it, then run `npm run web` again.');
    process.exit(1);
  }
}

register();
await import('../electron/preview/cli.ts');
