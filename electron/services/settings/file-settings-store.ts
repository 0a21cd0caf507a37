import path from 'node:path';
import { settingsSchema, type Settings } from '../../../shared/settings';
import { moveAsideCorruptFile, writeFileAtomicSync } from '../storage/atomic-write';
import { describeWriteError } from '../storage/errno';
import { readJsonFileSync } from '../storage/read-json';
import { ServiceError } from '../storage/service-error';
import type { SettingsStore } from './settings-store';

/**
 * Settings in `<dataDir>/settings.json`: the one settings store, used by the desktop app, the
 * preview, the CLI and tests. Handled like the other stores: a corrupt file is moved aside and
 * defaults are used; a file that cannot be used at all (a folder, too large, unreadable) is left
 * as it is, defaults are used and changes are refused until it is fixed; each case leaves a notice.
 */
export class FileSettingsStore implements SettingsStore {
  private current: Settings;
  readonly recoveryNotice: string | null;
  private readonly file: string;
  private readOnly: string | null = null;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    const loaded = this.load();
    this.current = loaded.settings;
    this.recoveryNotice = loaded.notice;
  }

  /** Current settings, defaults filled in. */
  get(): Settings {
    return { ...this.current };
  }

  /** Validates and saves a partial update; a full disk or a read-only file gets a clear message. */
  set(patch: Partial<Settings>): Settings {
    if (this.readOnly) throw new ServiceError('read-only', this.readOnly);
    const next = settingsSchema.parse({ ...this.current, ...patch });
    try {
      writeFileAtomicSync(this.file, JSON.stringify(next, null, 2) + '\n');
    } catch (error) {
      throw new ServiceError(
        'write-failed',
        `Your settings were not saved. ${describeWriteError(error, this.file)}`,
        String(error),
      );
    }
    this.current = next;
    return this.get();
  }

  private load(): { settings: Settings; notice: string | null } {
    const defaults = settingsSchema.parse({});
    const read = readJsonFileSync(this.file);
    if (!read.ok && read.reason === 'missing') return { settings: defaults, notice: null };
    if (!read.ok && read.reason !== 'not-json') {
      this.readOnly = `Your settings cannot be changed because ${this.file} could not be used: ${read.why}. Move it away or fix its permissions, then restart Rehearse.`;
      return {
        settings: defaults,
        notice: `Rehearse started with default settings because ${this.file} could not be used: ${read.why}. Move it away or fix its permissions, then restart Rehearse.`,
      };
    }
    const parsed = read.ok ? settingsSchema.safeParse(read.value) : null;
    if (parsed?.success) return { settings: parsed.data, notice: null };
    // Never silently replace what the user had: keep the bad file beside the new one.
    let aside: string;
    try {
      aside = moveAsideCorruptFile(this.file);
    } catch (error) {
      this.readOnly = `Your settings file could not be read and could not be moved aside (${String(error)}), so it was left as it is. Check that the folder is writable, then restart Rehearse.`;
      return { settings: defaults, notice: this.readOnly };
    }
    return {
      settings: defaults,
      notice: `Your settings file could not be read, so Rehearse started with default settings. The old file was kept as ${aside}.`,
    };
  }
}
