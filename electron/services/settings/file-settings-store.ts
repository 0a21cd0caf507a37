import fs from 'node:fs';
import path from 'node:path';
import { settingsSchema, type Settings } from '../../../shared/settings';
import { moveAsideCorruptFile, writeFileAtomic } from '../fs-safe';
import type { SettingsStore } from './settings-store';

/** Settings in `<dataDir>/settings.json`, validated by the same schema as electron-store's. */
export class FileSettingsStore implements SettingsStore {
  private current: Settings;
  readonly recoveryNotice: string | null;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    const loaded = this.load();
    this.current = loaded.settings;
    this.recoveryNotice = loaded.notice;
  }

  get(): Settings {
    return { ...this.current };
  }

  set(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.current, ...patch });
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    this.current = next;
    return this.get();
  }

  private load(): { settings: Settings; notice: string | null } {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { settings: settingsSchema.parse({}), notice: null };
      }
      throw error;
    }
    try {
      return { settings: settingsSchema.parse(JSON.parse(raw)), notice: null };
    } catch {
      // Never silently replace what the user had: keep the bad file beside the new one.
      const aside = moveAsideCorruptFile(this.file);
      return {
        settings: settingsSchema.parse({}),
        notice: `Your settings file could not be read, so Rehearse started with default settings. The old file was kept as ${aside}.`,
      };
    }
  }
}
