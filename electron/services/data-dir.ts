import os from 'node:os';
import path from 'node:path';

/** Folder name of the app's data, matching Electron's userData for productName "Rehearse". */
const APP_FOLDER_NAME = 'Rehearse';

/** The OS app-data folder Electron would use, so the preview and the CLI see the desktop app's
 * data; REHEARSE_DATA_DIR overrides it (preview, CLI, tests). */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REHEARSE_DATA_DIR) return path.resolve(env.REHEARSE_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
  }
}
