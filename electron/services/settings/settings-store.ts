import type { Settings } from '../../../shared/settings';

/** Where settings live: FileSettingsStore (`<dataDir>/settings.json`) in the desktop app, the
 * preview, the CLI and tests alike; tests may pass their own. */
export interface SettingsStore {
  /** Current settings, defaults filled in. */
  get(): Settings;
  /** Applies a validated partial update, persists it and returns the result. */
  set(patch: Partial<Settings>): Settings;
  /** A message for the user if the stored file was unreadable and had to be moved aside. */
  readonly recoveryNotice: string | null;
}
