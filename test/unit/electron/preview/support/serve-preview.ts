// Child-process entry for black-box tests, the fuzz test and the server benchmark: starts the
// real preview server over the real services on a fresh data folder and prints one JSON line,
// {"port":…,"token":…}. Usage: node --import tsx serve-preview.ts <dataDir> <staticDir>
import { startPreviewServer } from '../../../../../electron/preview/server';
import { createAppServices } from '../../../../../electron/services/app-services';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';

const [dataDir, staticDir] = process.argv.slice(2);
if (!dataDir || !staticDir) {
  console.error('Usage: serve-preview.ts <dataDir> <staticDir>');
  process.exit(2);
}
const settings = new FileSettingsStore(dataDir);
const services = createAppServices({ dataDir, settings, transport: 'preview', version: '0.0.0' });
const server = await startPreviewServer({ services, staticDir });
console.log(JSON.stringify({ port: server.port, token: server.token }));
