import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyFocus, signalGaps } from '../../shared/questions/company-focus';
import { MODEL, SKIP_ENGINE_TESTS, requireEngine } from '../integration/helpers/engine';
import { ReviewPage } from './pages/review-page';
import { ShellPage } from './pages/shell-page';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { answerAudio, WEAK_LONG } from './support/review-answers';
import { seedAttempt } from './support/seed-attempt';

/** Transcribing on a busy 2-core machine can take minutes; CI is far faster. */
const SLOW_TEST_MS = 600_000;

// The company chosen on the Questions screen reorders the review's Fix-first list: a weak answer
// (we, blame, no numbers, vague, buzzwords) has more to fix than the list shows, and Apple's
// emphasis on specificity and precision brings different ones to the top.
describe.skipIf(SKIP_ENGINE_TESTS)('company focus on the review (real whisper-cli)', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let id = '';

  const openReview = async () => {
    await page.keyboard.press('Control+5');
    await page.locator(`[data-attempt-id="${id}"] .attempt-open`).click();
    await new ReviewPage(page).waitForTranscript(SLOW_TEST_MS);
  };
  const chooseFocus = async (value: string) => {
    await page.keyboard.press('Control+3');
    await page.locator('#company-focus').selectOption(value);
  };
  const fixGaps = () =>
    page
      .locator('[data-testid="summary"] .fix')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-gap') ?? ''));

  beforeAll(async () => {
    requireEngine();
    preview = await startPreview({ env: { REHEARSE_MODEL: MODEL } });
    id = await seedAttempt(preview, (await answerAudio('review-weak-long', WEAK_LONG)).file, {
      questionId: 'pi-incident',
      questionText: 'Tell me about a production incident you handled.',
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    if (preview) fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it(
    'switching the focus reorders the Fix-first list and says why',
    async () => {
      await openReview();
      const plain = await fixGaps();
      expect(plain).toHaveLength(3);

      await chooseFocus('apple');
      await openReview();
      const apple = await fixGaps();
      expect(apple).not.toEqual(plain);
      // Apple weighs specificity, impact, delivery and collaboration: one of those gaps now leads,
      // where the plain order led with one it does not emphasise (ownership).
      const emphasised = (gap: string) =>
        companyFocus.apple.signals.some((signal) => signalGaps[signal].includes(gap));
      expect(emphasised(plain[0]!)).toBe(false);
      expect(emphasised(apple[0]!)).toBe(true);
      expect(await page.locator('.focus-note').textContent()).toMatch(
        /^Apple probes quality and cross-functional precision/,
      );
      await saveScreenshot(page, 'review-company-focus-apple');

      await chooseFocus('');
      await openReview();
      expect(await fixGaps()).toEqual(plain);
      expect(await page.locator('.focus-note').count()).toBe(0);
    },
    SLOW_TEST_MS,
  );
});
