import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import { defaultSettings } from '../../../../../shared/settings';

describe('FileSettingsStore', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-settings-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts with defaults and no notice when there is no file', () => {
    const store = new FileSettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.recoveryNotice).toBeNull();
  });

  it('persists changes across instances', () => {
    new FileSettingsStore(dir).set({ theme: 'dark', maxRecordingSec: 300 });
    const reopened = new FileSettingsStore(dir).get();
    expect(reopened.theme).toBe('dark');
    expect(reopened.maxRecordingSec).toBe(300);
  });

  it('rejects an invalid value and keeps the stored settings', () => {
    const store = new FileSettingsStore(dir);
    store.set({ theme: 'light' });
    expect(() => store.set({ maxRecordingSec: 5 })).toThrow();
    expect(new FileSettingsStore(dir).get().theme).toBe('light');
  });

  it.each([
    ['unparsable JSON', '{"theme": "dark",'],
    ['a value outside the schema', '{"theme": "purple"}'],
  ])('moves a corrupt file aside and reports it (%s)', (_label, content) => {
    fs.writeFileSync(path.join(dir, 'settings.json'), content);
    const store = new FileSettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.recoveryNotice).toMatch(/could not be read/);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('settings.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(content);
    expect(store.recoveryNotice).toContain(aside[0]);
  });
});
