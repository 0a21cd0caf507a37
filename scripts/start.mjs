#!/usr/bin/env node
// `npm start`: builds the app and launches it in Electron. Where the Electron binary cannot be
// had (offline, or a machine that cannot download it), starts the browser preview instead: the
// same renderer and services, served on 127.0.0.1, opened in the default browser when there is one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const args = process.argv.slice(2);

/** The installed Electron binary, or null when there is none. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  // ELECTRON_OVERRIDE_DIST_PATH is Electron's own way to point at a binary elsewhere.
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override)
    return fs.existsSync(path.join(override, name || 'electron'))
      ? path.join(override, name || 'electron')
      : null;
  if (!name) return null;
  const binary = path.join(electronDir, 'dist', name);
  return fs.existsSync(binary) ? binary : null;
}

/** Tries Electron's own download once, quietly: its failure is a stack trace nobody can act on. */
function tryDownloadElectron() {
  if (process.env.REHEARSE_NO_ELECTRON_DOWNLOAD === '1') return;
  console.log('Fetching the Electron binary (first start only)…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 120_000,
  });
}

/** Opens the address in the default browser where there is a desktop; silent where there is none. */
function openBrowser(url) {
  if (process.env.CI || process.env.REHEARSE_NO_BROWSER === '1') return;
  const hasDesktop =
    process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!hasDesktop) return;
  const [command, commandArgs] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const opener = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
  opener.on('error', () => console.log('Open the address above in your browser.'));
  opener.unref();
}

let binary = electronBinary();
if (!binary) {
  tryDownloadElectron();
  binary = electronBinary();
}

const whisperBuild = path.join(root, 'scripts/build-whisper.mjs');
if (fs.existsSync(whisperBuild)) {
  spawnSync(process.execPath, [whisperBuild, '--if-possible'], { cwd: root, stdio: 'inherit' });
}

if (!binary) {
  console.log(
    'The Electron binary could not be downloaded here, so Rehearse opens in your browser instead.',
  );
  const preview = spawn(process.execPath, [path.join(root, 'scripts/web.mjs'), ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let opened = false;
  preview.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /Rehearse preview at (http:\/\/\S+)/.exec(String(chunk))?.[1];
    if (url && !opened) {
      opened = true;
      openBrowser(url);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
  preview.on('exit', (code) => process.exit(code ?? 0));
} else {
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(binary, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
