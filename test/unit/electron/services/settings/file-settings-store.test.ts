import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import { defaultSettings } from '../../../../../shared/settings';
import { fillDiskForTempFiles, tempFilesIn } from '../storage/full-disk';

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

  it('starts with defaults and a notice when settings.json is a folder, and refuses changes', () => {
    const file = path.join(dir, 'settings.json');
    fs.mkdirSync(file);
    const store = new FileSettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.recoveryNotice).toMatch(
      /settings\.json could not be used: it is a folder, not a file/,
    );
    expect(() => store.set({ theme: 'dark' })).toThrow(
      expect.objectContaining({ code: 'read-only', message: expect.stringMatching(/is a folder/) }),
    );
    expect(fs.statSync(file).isDirectory()).toBe(true);
  });

  it('does not read a settings.json over the size cap (a 600 MB sparse file), and says why', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{}');
    fs.truncateSync(file, 600_000_000);
    const before = process.memoryUsage().rss;
    const store = new FileSettingsStore(dir);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.recoveryNotice).toMatch(/it is 600 MB, more than the 16 MB such a file can be/);
    expect(fs.statSync(file).size).toBe(600_000_000);
  });

  it('says a full disk plainly, keeps the stored settings and leaves no temporary file', () => {
    const store = new FileSettingsStore(dir);
    store.set({ theme: 'light' });
    fillDiskForTempFiles();
    expect(() => store.set({ theme: 'dark' })).toThrow(
      expect.objectContaining({
        code: 'write-failed',
        message: expect.stringMatching(
          /^Your settings were not saved\. The disk holding .*settings\.json is full\./,
        ),
      }),
    );
    vi.restoreAllMocks();
    expect(store.get().theme).toBe('light');
    expect(new FileSettingsStore(dir).get().theme).toBe('light');
    expect(tempFilesIn(dir)).toEqual([]);
  });
});
