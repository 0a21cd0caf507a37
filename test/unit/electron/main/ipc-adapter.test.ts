import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ipcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, IPC_PREFIX } from '../../../../shared/contract';
import { ownWindowSenderCheck, registerIpcHandlers } from '../../../../electron/main/ipc-adapter';
import { createAppServices } from '../../../../electron/services/app-services';
import { FileSettingsStore } from '../../../../electron/services/settings/file-settings-store';

// `electron` here is the named test double (test/doubles/electron.ts), aliased in vitest.config.
const double = ipcMain as unknown as {
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown>;
  channels(): string[];
};
const PAGE = 'file:///app/out/renderer/index.html';
const ownEvent = { sender: { id: 7 }, senderFrame: { url: PAGE, parent: null } };

describe('IPC adapter (electron test double)', () => {
  let dataDir: string;
  let unregister: () => void;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-ipc-'));
    const services = createAppServices({
      dataDir,
      settings: new FileSettingsStore(dataDir),
      transport: 'electron',
      version: '1.2.3',
    });
    unregister = registerIpcHandlers(
      services.handlers,
      ownWindowSenderCheck(() => [7], PAGE),
    );
  });
  afterEach(() => {
    unregister();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers one prefixed channel per contract call and nothing else', () => {
    const expected = Object.keys(calls).map((n) => IPC_PREFIX + n);
    expect(expected).toContain(`${IPC_PREFIX}settings/set`);
    expect(double.channels().sort()).toEqual(expected.sort());
  });

  it('answers a valid call from our window', async () => {
    const result = await double.invoke(`${IPC_PREFIX}app/info`, ownEvent, {});
    expect(result).toMatchObject({ ok: true, data: { version: '1.2.3', transport: 'electron' } });
  });

  it('refuses an unknown channel', async () => {
    await expect(double.invoke(`${IPC_PREFIX}fs/read`, ownEvent, {})).rejects.toThrow(/No handler/);
  });

  it('refuses a payload that does not match the schema, and does not store it', async () => {
    const result = await double.invoke(`${IPC_PREFIX}settings/set`, ownEvent, { theme: 'purple' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const unknownKey = await double.invoke(`${IPC_PREFIX}settings/set`, ownEvent, { evil: 1 });
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(fs.existsSync(path.join(dataDir, 'settings.json'))).toBe(false);
  });

  it('refuses a foreign sender: another webContents, or our window showing another page', async () => {
    const otherWindow = { sender: { id: 8 }, senderFrame: { url: PAGE, parent: null } };
    const otherPage = {
      sender: { id: 7 },
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    const noFrame = { sender: { id: 7 }, senderFrame: null };
    for (const event of [otherWindow, otherPage, noFrame]) {
      const result = await double.invoke(`${IPC_PREFIX}settings/set`, event, { theme: 'dark' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fs.existsSync(path.join(dataDir, 'settings.json'))).toBe(false);
  });

  it('refuses a subframe, and a URL that only starts with our page (exact match, not a prefix)', async () => {
    const subframe = { sender: { id: 7 }, senderFrame: { url: PAGE, parent: { url: PAGE } } };
    const longer = [`${PAGE}.evil.html`, `${PAGE}?x=1`, `${PAGE}/../other.html`];
    const events = [
      subframe,
      ...longer.map((url) => ({ sender: { id: 7 }, senderFrame: { url, parent: null } })),
    ];
    for (const event of events) {
      const result = await double.invoke(`${IPC_PREFIX}settings/set`, event, { theme: 'dark' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fs.existsSync(path.join(dataDir, 'settings.json'))).toBe(false);
  });

  it('accepts our page after an in-page link added a fragment (the skip link, #main)', async () => {
    const event = { sender: { id: 7 }, senderFrame: { url: `${PAGE}#main`, parent: null } };
    const result = await double.invoke(`${IPC_PREFIX}app/info`, event, {});
    expect(result).toMatchObject({ ok: true });
  });

  it('persists a valid settings change', async () => {
    const result = await double.invoke(`${IPC_PREFIX}settings/set`, ownEvent, { theme: 'dark' });
    expect(result).toMatchObject({ ok: true, data: { theme: 'dark' } });
    const stored = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    expect(stored.theme).toBe('dark');
  });
});
