import path from 'node:path';
import { BrowserWindow } from 'electron';

/** Creates the app window with Electron's secure defaults made explicit. */
export function createMainWindow(options: { preload: string; page: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Rehearse',
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle-click must not open a link in a new window (new windows are refused anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(path.resolve(options.page));
  return window;
}
