import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticePage } from './pages/practice-page';
import { openAppWithMicrophone, type AppSession } from './support/app-session';
import { saveScreenshot } from './support/browser';
import type { PreviewProcess } from './support/preview-process';
import { wavInfo } from './support/wav-info';

// A real two-minute recording: the timer passes 90 s and 120 s in real time, as a user sees it.
describe('the recording timer across the 90 to 120 s window', () => {
  let session: AppSession;
  let preview: PreviewProcess;
  let page: Page;

  beforeAll(async () => {
    session = await openAppWithMicrophone();
    ({ preview, page } = session);
  });
  afterAll(() => session?.close());

  it('shows under, in and over the window as time passes, and keeps every second', async () => {
    const practice = new PracticePage(page);
    const startedAt = await practice.start();
    const at = async (seconds: number) => {
      const now = await page.evaluate(() => performance.now());
      await page.waitForTimeout(Math.max(0, startedAt + seconds * 1000 - now));
    };
    await at(60);
    expect(await practice.timerState()).toBe('under');
    await saveScreenshot(page, 'practice-timer-under');
    await at(100);
    expect(await practice.timerState()).toBe('in');
    await expect.poll(() => page.locator('.timer-state').textContent()).toMatch(/In the window/);
    await saveScreenshot(page, 'practice-timer-in');
    await at(124);
    expect(await practice.timerState()).toBe('over');
    await saveScreenshot(page, 'practice-timer-over');
    const stoppedAt = await practice.stop();
    await page.locator('.play-button:not([disabled])').waitFor();
    const attempts = path.join(preview.dataDir, 'attempts');
    const wav = wavInfo(path.join(attempts, fs.readdirSync(attempts)[0]!, 'audio.wav'));
    expect(Math.abs(wav.durationSec - (stoppedAt - startedAt) / 1000)).toBeLessThan(0.1);
  });
});
