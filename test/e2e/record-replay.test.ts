import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticePage } from './pages/practice-page';
import { ReviewPage } from './pages/review-page';
import { openAppWithMicrophone, type AppSession } from './support/app-session';
import { saveScreenshot } from './support/browser';
import type { PreviewProcess } from './support/preview-process';
import { wavInfo } from './support/wav-info';

describe('record an answer with the fake microphone, replay it, delete it', () => {
  let session: AppSession;
  let preview: PreviewProcess;
  let page: Page;
  let attemptDir = '';

  beforeAll(async () => {
    session = await openAppWithMicrophone();
    ({ preview, page } = session);
  });
  afterAll(() => session?.close());

  it('records about 5 s into a WAV of the same length that is not silent', async () => {
    const practice = new PracticePage(page);
    await saveScreenshot(page, 'practice-idle');
    const startedAt = await practice.start();
    await page.waitForTimeout(2500);
    await saveScreenshot(page, 'practice-recording-under');
    await page.waitForTimeout(2500);
    const stoppedAt = await practice.stop();
    await page.locator('.play-button').waitFor();

    const attempts = path.join(preview.dataDir, 'attempts');
    const [id] = fs.readdirSync(attempts);
    attemptDir = path.join(attempts, id!);
    const recordedSec = (stoppedAt - startedAt) / 1000;
    const wav = wavInfo(path.join(attemptDir, 'audio.wav'));
    expect(wav.headerDataBytes).toBe(wav.dataBytes);
    expect(Math.abs(wav.durationSec - recordedSec)).toBeLessThan(0.1);
    expect(wav.rms).toBeGreaterThan(0.01);
    const attempt = JSON.parse(fs.readFileSync(path.join(attemptDir, 'attempt.json'), 'utf8'));
    expect(attempt).toMatchObject({ status: 'complete', sampleRate: 16000, endReason: 'stopped' });
    expect(attempt.durationSec).toBeCloseTo(wav.durationSec, 2);
  });

  it('renders the waveform and replay advances the playhead', async () => {
    const review = new ReviewPage(page);
    await review.waitForWaveform();
    expect(await review.waveformCanvasWidth()).toBeGreaterThan(100);
    // The player's clock rounds to whole seconds, like every clock in the app.
    const stored = JSON.parse(fs.readFileSync(path.join(attemptDir, 'attempt.json'), 'utf8'));
    expect(await page.locator('[data-testid="duration"]').textContent()).toBe(
      `0:0${Math.round(stored.durationSec)}`,
    );
    await review.play();
    await expect.poll(() => review.currentTime(), { timeout: 10_000 }).toBeGreaterThan(1);
    await saveScreenshot(page, 'replay');
    await page.locator('.play-button').click(); // pause
  });

  it('lists the attempt in History and deletes its folder after confirmation', async () => {
    await page.keyboard.press('Control+5');
    const row = page.locator('.attempt-row').first();
    await row.waitFor();
    await row.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => fs.existsSync(attemptDir)).toBe(false);
    await page.getByText('No takes yet').waitFor();
  });
});
