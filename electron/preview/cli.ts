import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import { resolveDataDir } from '../services/data-dir';
import { FileSettingsStore } from '../services/settings/file-settings-store';
import { startPreviewServer } from './server';

// Entry of `npm run web` (after the renderer is built): serves the app in a browser.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parsePort(argv: string[]): number {
  const i = argv.indexOf('--port');
  if (i === -1) return 0;
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port needs a number from 0 to 65535, got "${argv[i + 1] ?? ''}".`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  const staticDir = path.join(repoRoot, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error('The renderer is not built yet. Run `npm run web`, which builds it first.');
    process.exit(1);
  }
  const dataDir = resolveDataDir();
  fs.mkdirSync(dataDir, { recursive: true });
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
  const settings = new FileSettingsStore(dataDir);
  if (settings.recoveryNotice) console.warn(settings.recoveryNotice);
  const services = createAppServices({ dataDir, settings, transport: 'preview', version });
  const server = await startPreviewServer({ services, staticDir, port }).catch((error) => {
    console.error(`Could not start the preview on port ${port}: ${error.message}`);
    process.exit(1);
  });
  console.log(`Rehearse preview at ${server.url}`);
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  const stop = (signal: string) => {
    console.log(`Stopping the preview (${signal}).`);
    void Promise.all([server.close(), services.dispose()]).then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
