import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL, SKIP_ENGINE_TESTS, requireEngine } from '../integration/helpers/engine';
import { PracticePage } from './pages/practice-page';
import { ShellPage } from './pages/shell-page';
import type { ComposedAnswer } from './support/answer-audio';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { answerAudio, STRONG_INCIDENT, WEAK_LONG } from './support/review-answers';

/** Seconds recorded (the issue asks for 60). */
const RECORD_SEC = 60;
/** A generous ceiling from Stop to the review on a busy machine; the 2 s goal is measured by
 * `npm run bench -- live`, not here. */
const REVIEW_CEILING_MS = 180_000;

// Recording in the preview with the live view on (the default): words appear while speaking,
// then the review follows the Stop.
describe.skipIf(SKIP_ENGINE_TESTS)('live transcript while recording (real whisper-server)', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let answer: ComposedAnswer;

  beforeAll(async () => {
    requireEngine();
    answer = await answerAudio('live-view-answer', [...WEAK_LONG, ...STRONG_INCIDENT]);
    preview = await startPreview({ env: { REHEARSE_MODEL: MODEL } });
    browser = await launchChromium({ fakeAudioFile: answer.file });
    page = await browser.newPage();
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    if (preview) fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it('shows transcript words and live figures before Stop, then the review', async () => {
    expect(answer.durationSec).toBeGreaterThan(RECORD_SEC);
    const practice = new PracticePage(page);
    const startedAt = await practice.start();
    const live = page.locator('[data-testid="live-text"]');
    await live.waitFor();
    // Words arrive a few seconds behind the voice; wait for several, but stop at 60 s either way.
    await page
      .waitForFunction(
        () =>
          (document.querySelector('[data-testid="live-text"]')?.textContent ?? '').split(/\s+/)
            .length >= 8,
        undefined,
        { timeout: RECORD_SEC * 1000 - 5000, polling: 250 },
      )
      .catch(() => undefined);
    const elapsed = await page.evaluate(() => performance.now());
    await page.waitForTimeout(Math.max(0, RECORD_SEC * 1000 - (elapsed - startedAt)));
    const words = ((await live.textContent()) ?? '').split(/\s+/).filter((w) => /[a-z]/i.test(w));
    const fillers = Number(await page.getByTestId('live-fillers').textContent());
    const pace = await page.getByTestId('live-pace').textContent();
    await saveScreenshot(page, 'practice-live-transcript');
    console.log(
      `[live view] ${words.length} words on screen before Stop; pace ${pace}; fillers ${fillers}`,
    );
    expect(words.length).toBeGreaterThanOrEqual(8);
    // The answer opens with "Um, so basically ... like": the live count has seen fillers.
    expect(fillers).toBeGreaterThan(0);
    expect(pace).toMatch(/^\d+ wpm$/);

    const stoppedAt = await practice.stop();
    await page.getByTestId('summary').waitFor({ timeout: REVIEW_CEILING_MS });
    await page.locator('[data-testid="transcript"]').waitFor({ timeout: REVIEW_CEILING_MS });
    const reviewMs = (await page.evaluate(() => performance.now())) - stoppedAt;
    console.log(`[live view] review shown ${(reviewMs / 1000).toFixed(1)} s after Stop`);
    expect(reviewMs).toBeLessThan(REVIEW_CEILING_MS);
    await expect(
      page.getByRole('button', { name: 'Transcribe again, whole file' }).count(),
    ).resolves.toBe(1);
  });
});
