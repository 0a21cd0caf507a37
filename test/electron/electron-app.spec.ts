import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// The desktop app itself, for machines that have the Electron binary (`npm run test:electron`).
// It is not part of `npm test`: the Electron binary cannot be downloaded on the machines that run
// CI, where the same renderer and services are tested through the browser preview instead.
const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const binary = require('electron') as unknown as string;
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary)
  console.log(
    'Electron binary not installed: run `npm start` once to download it, then this spec runs.',
  );

describe.skipIf(!binary)('the Electron app', () => {
  it('opens one secure window on our page, exposing only window.rehearse', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, REHEARSE_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      const exposed = await page.evaluate(() => ({
        rehearse: typeof (window as unknown as { rehearse?: unknown }).rehearse,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ rehearse: 'object', require: 'undefined', process: 'undefined' });
      const info = await page.evaluate(() =>
        (
          window as unknown as { rehearse: { invoke(n: string, p: unknown): Promise<unknown> } }
        ).rehearse.invoke('app/info', {}),
      );
      expect(info).toMatchObject({ ok: true, data: { transport: 'electron' } });
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
