import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, net } from 'electron';
import { createAppServices } from '../services/app-services';
import { registerAudioScheme, serveAudioProtocol } from './audio-protocol';
import { FileSettingsStore } from '../services/settings/file-settings-store';
import {
  forwardEvents,
  ownWindowSenderCheck,
  registerIpcHandlers,
  withoutFragment,
} from './ipc-adapter';
import { lockDownWebContents, restrictPermissions } from './security';
import { createMainWindow } from './window';

// The Electron main process: lifecycle, the window, security, and the IPC adapter. Everything
// else lives in services/, shared with the browser preview and tests.
const page = path.join(__dirname, '../renderer/index.html');
const preload = path.join(__dirname, '../preload/index.cjs');
const pageUrl = pathToFileURL(page).href;
const isOwnPage = (url: string) => withoutFragment(url) === pageUrl;

if (!app.requestSingleInstanceLock()) app.quit();
registerAudioScheme();

app.whenReady().then(() => {
  const dataDir = process.env.REHEARSE_DATA_DIR ?? app.getPath('userData');
  fs.mkdirSync(dataDir, { recursive: true });
  restrictPermissions(isOwnPage);
  lockDownWebContents(isOwnPage);
  const settings = new FileSettingsStore(dataDir);
  const services = createAppServices({
    dataDir,
    settings,
    transport: 'electron',
    version: app.getVersion(),
    // Chromium's network stack: honours the system proxy, PAC files and the OS certificate store.
    fetchImpl: net.fetch as typeof fetch,
    // The packaged app ships whisper-cli as an extra resource (electron-builder.yml).
    whisperCliPath: app.isPackaged
      ? path.join(process.resourcesPath, 'whisper', 'bin', 'whisper-cli')
      : undefined,
    // and the clause reader's model beside it (electron-builder.yml); in development, the repo's.
    clauseReaderDir: path.join(
      app.isPackaged ? process.resourcesPath : app.getAppPath(),
      ...(app.isPackaged ? ['clause-reader'] : ['assets', 'clause-reader']),
    ),
  });
  app.on('before-quit', () => void services.dispose());
  serveAudioProtocol(services.attemptAudio);
  const windows = () => BrowserWindow.getAllWindows();
  registerIpcHandlers(
    services.handlers,
    ownWindowSenderCheck(() => windows().map((w) => w.webContents.id), pageUrl),
  );
  forwardEvents(services.events, () => windows().map((w) => w.webContents));
  createMainWindow({ preload, page });
  app.on('activate', () => {
    if (windows().length === 0) createMainWindow({ preload, page });
  });
});

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
