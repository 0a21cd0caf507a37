import fs from 'node:fs';
import path from 'node:path';
import Store from 'electron-store';
import { settingsSchema, type Settings } from '../../shared/settings';
import { moveAsideCorruptFile } from '../services/fs-safe';
import type { SettingsStore } from '../services/settings/settings-store';

/** Settings in electron-store (config.json in userData), validated by the shared zod schema. */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store: Store<Settings>;
  readonly recoveryNotice: string | null;

  constructor(dataDir: string) {
    const file = path.join(dataDir, 'settings.json');
    let notice: string | null = null;
    let stored: unknown;
    try {
      stored = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
      settingsSchema.parse(stored);
    } catch {
      // electron-store would throw on unparsable JSON; keep the user's file rather than replace it.
      const aside = moveAsideCorruptFile(file);
      notice = `Your settings file could not be read, so Rehearse started with default settings. The old file was kept as ${aside}.`;
    }
    this.store = new Store<Settings>({
      cwd: dataDir,
      name: 'settings',
      defaults: settingsSchema.parse({}),
      clearInvalidConfig: false,
    });
    this.recoveryNotice = notice;
  }

  get(): Settings {
    return settingsSchema.parse(this.store.store);
  }

  set(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...patch });
    this.store.set(next);
    return next;
  }
}
