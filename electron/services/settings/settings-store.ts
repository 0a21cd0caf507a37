import type { Settings } from '../../../shared/settings';

/** Where settings live. electron-store backs it in the desktop app; a JSON file with the same
 * schema backs it in the browser preview, the CLI and tests. */
export interface SettingsStore {
  /** Current settings, defaults filled in. */
  get(): Settings;
  /** Applies a validated partial update, persists it and returns the result. */
  set(patch: Partial<Settings>): Settings;
  /** A message for the user if the stored file was unreadable and had to be moved aside. */
  readonly recoveryNotice: string | null;
}
