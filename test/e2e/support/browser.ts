import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../../..');
/** Where screenshots of each screen are kept as test artifacts. */
const screenshotDir = path.join(root, 'test-artifacts', 'screenshots');

/** Launches Debian's Chromium headless with the flags this machine needs (no network chatter),
 * and a fake microphone that plays `fakeAudioFile` when given. */
export async function launchChromium(
  options: {
    fakeAudioFile?: string;
    /** false: no fake microphone at all, as on a machine with none plugged in. */
    fakeDevice?: boolean;
    /** false: the permission prompt is not answered for us, so headless Chromium denies it. */
    grantMicrophone?: boolean;
  } = {},
): Promise<Browser> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.grantMicrophone !== false) args.push('--use-fake-ui-for-media-stream');
  if (options.fakeDevice !== false) args.push('--use-fake-device-for-media-stream');
  if (options.fakeAudioFile)
    args.push(`--use-file-for-fake-audio-capture=${options.fakeAudioFile}`);
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
}

/** Saves a full-page screenshot under test-artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
