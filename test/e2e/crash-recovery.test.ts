import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticePage } from './pages/practice-page';
import { ShellPage } from './pages/shell-page';
import { launchChromium, saveScreenshot } from './support/browser';
import { fakeMicrophoneAnswer } from './support/fake-microphone';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { wavInfo } from './support/wav-info';

describe('the preview server killed mid-recording', () => {
  let preview: PreviewProcess;
  let restarted: PreviewProcess | null = null;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchChromium({ fakeAudioFile: await fakeMicrophoneAnswer() });
    page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await restarted?.stop();
    fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it('repairs the recording on the next start and offers it, at most 1 s missing', async () => {
    const startedAt = await new PracticePage(page).start();
    await page.waitForTimeout(4000);
    const killedAt = await page.evaluate(() => performance.now());
    preview.child.kill('SIGKILL');
    await preview.stop();
    const recordedSec = (killedAt - startedAt) / 1000;

    const attempts = path.join(preview.dataDir, 'attempts');
    const [id] = fs.readdirSync(attempts);
    const attemptDir = path.join(attempts, id!);
    // Before the restart the header still says "recording in progress": nothing fixed it.
    expect(JSON.parse(fs.readFileSync(path.join(attemptDir, 'attempt.json'), 'utf8')).status).toBe(
      'recording',
    );

    restarted = await startPreview({ dataDir: preview.dataDir });
    await new ShellPage(page).open(restarted.url);
    const banner = page.getByRole('region', { name: 'Recovered recordings' });
    await banner.waitFor();
    await saveScreenshot(page, 'crash-recovery-offer');

    const wav = wavInfo(path.join(attemptDir, 'audio.wav'));
    expect(wav.headerDataBytes).toBe(wav.dataBytes);
    expect(wav.durationSec).toBeGreaterThan(recordedSec - 1);
    expect(wav.durationSec).toBeLessThanOrEqual(recordedSec + 0.1);
    expect(wav.rms).toBeGreaterThan(0.01);

    await banner.getByRole('button', { name: 'Open it' }).click();
    await page.locator('.play-button:not([disabled])').waitFor();
    const attempt = JSON.parse(fs.readFileSync(path.join(attemptDir, 'attempt.json'), 'utf8'));
    expect(attempt).toMatchObject({ status: 'complete', endReason: 'crash-recovered' });
  });
});
