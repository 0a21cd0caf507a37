#!/usr/bin/env node
// `npm start`: builds the app and launches it in Electron. Where the Electron binary cannot be
// had (offline, or a machine that cannot download it), says so and points to the browser preview.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary) {
  console.log('The Electron binary is not installed yet; downloading it…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  binary = electronBinary();
}
if (!binary) {
  console.error(
    [
      '',
      'Rehearse cannot start as a desktop app here: the Electron binary could not be downloaded.',
      'Check your internet connection (or ELECTRON_MIRROR / proxy settings) and run `npm start` again.',
      'Meanwhile, the same app runs in your browser: `npm run web`, then open the address it prints.',
    ].join('\n'),
  );
  process.exit(1);
}

const whisperBuild = path.join(root, 'scripts/build-whisper.mjs');
if (fs.existsSync(whisperBuild)) {
  spawnSync(process.execPath, [whisperBuild, '--if-possible'], { cwd: root, stdio: 'inherit' });
}
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
