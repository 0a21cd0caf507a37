import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellPage } from './pages/shell-page';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';

// Bad situations before a recording starts: each gets a message a person can act on, and no
// attempt folder is left behind.
describe('microphone problems', () => {
  let preview: PreviewProcess;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await preview?.stop();
    fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it.each([
    ['no microphone', { fakeDevice: false }, /No microphone was found|not connected/],
    ['permission denied', { grantMicrophone: false }, /not allowed to use the microphone/],
  ])('%s: says what to do and records nothing', async (label, options, message) => {
    const browser = await launchChromium(options);
    browsers.push(browser);
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await new ShellPage(page).open(preview.url);
    await page.locator('.record-button').click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(message);
    expect(await page.locator('.record-button').getAttribute('aria-pressed')).toBe('false');
    expect(
      fs.existsSync(`${preview.dataDir}/attempts`)
        ? fs.readdirSync(`${preview.dataDir}/attempts`)
        : [],
    ).toEqual([]);
    await saveScreenshot(page, `practice-${label.replace(' ', '-')}`);
  });
});
