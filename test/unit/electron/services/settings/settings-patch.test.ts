import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../../../electron/services/app-services';
import { settingsPatchSchema } from '../../../../../shared/settings';
import { tempDir } from '../attempts/helpers';
import { call, startServices } from '../data-transfer/data-fixtures';

describe('settings patches', () => {
  const dirs: string[] = [];
  let services: AppServices | undefined;
  afterEach(async () => {
    await services?.dispose();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a patch names only the keys it changes (no defaults filled in)', () => {
    expect(settingsPatchSchema.parse({ microphoneDeviceId: 'usb-mic' })).toEqual({
      microphoneDeviceId: 'usb-mic',
    });
    expect(() => settingsPatchSchema.parse({ volume: 3 })).toThrow();
    expect(() => settingsPatchSchema.parse({ maxRecordingSec: 5 })).toThrow();
  });

  it('changing one setting keeps every other one, through the real services and a restart', async () => {
    const dataDir = tempDir('rehearse-settings-');
    dirs.push(dataDir);
    services = await startServices(dataDir);
    await call(services, 'settings/set', { practiceQuestionId: 'pi-incident' });
    await call(services, 'settings/set', { microphoneDeviceId: 'usb-mic' });
    await call(services, 'settings/set', { theme: 'dark' });
    const expected = {
      practiceQuestionId: 'pi-incident',
      microphoneDeviceId: 'usb-mic',
      theme: 'dark',
    };
    expect(await call(services, 'settings/get', {})).toMatchObject(expected);
    await services.dispose();
    services = await startServices(dataDir);
    expect(await call(services, 'settings/get', {})).toMatchObject(expected);
  });
});
