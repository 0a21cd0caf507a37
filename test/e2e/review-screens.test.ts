import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL, SKIP_ENGINE_TESTS, requireEngine } from '../integration/helpers/engine';
import { ReviewPage } from './pages/review-page';
import { ShellPage } from './pages/shell-page';
import { seriousViolations } from './support/axe';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { answerAudio, STRONG_INCIDENT, WEAK_LONG } from './support/review-answers';
import { seedAttempt } from './support/seed-attempt';

const QUESTION = {
  questionId: 'pi-incident',
  questionText: 'Tell me about a production incident you handled.',
};

/** whisper-cli processes working on files in `folder` right now. */
function whisperRunsFor(folder: string): number {
  const lines = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
  return lines.filter((l) => l.includes('whisper-cli') && l.includes(folder)).length;
}

/** Transcribing on a busy 2-core machine can take minutes for a 95 s answer; CI is far faster. */
const SLOW_TEST_MS = 600_000;

// Review states a user meets (a failed transcription and its retry, a cancelled one) and the
// screen for a strong and a weak answer in both themes. Answers are stored through the bridge
// from espeak-ng WAVs (no need to wait for them in real time), then transcribed by whisper-cli.
describe.skipIf(SKIP_ENGINE_TESTS)('review states and screenshots (real whisper-cli)', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let review: ReviewPage;
  const modelDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-model-'));
  // The model the preview is told to use; missing at first, so the first review fails.
  const laterModel = path.join(modelDir, 'ggml-tiny.en.bin');
  const ids = { weak: '', strong: '' };

  const open = async (id: string) => {
    await page.keyboard.press('Control+5');
    await page.locator(`[data-attempt-id="${id}"] .attempt-open`).click();
  };

  beforeAll(async () => {
    requireEngine();
    preview = await startPreview({ env: { REHEARSE_MODEL: laterModel } });
    ids.weak = await seedAttempt(
      preview,
      (await answerAudio('review-weak-long', WEAK_LONG)).file,
      QUESTION,
    );
    ids.strong = await seedAttempt(
      preview,
      (await answerAudio('review-strong', STRONG_INCIDENT)).file,
      QUESTION,
    );
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    review = new ReviewPage(page);
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    if (preview) fs.rmSync(preview.dataDir, { recursive: true, force: true });
    fs.rmSync(modelDir, { recursive: true, force: true });
  });

  it(
    'shows why a transcription failed, and Retry works once the cause is fixed',
    async () => {
      await open(ids.weak);
      const failure = page.locator('.review-progress[data-stage="failed"]');
      await failure.waitFor({ timeout: 30_000 });
      expect(await failure.getByRole('alert').textContent()).toContain(
        `The speech model was not found at ${laterModel}`,
      );
      await saveScreenshot(page, 'review-failed');
      fs.copyFileSync(MODEL, laterModel);
      await failure.getByRole('button', { name: 'Retry' }).click();
      await review.waitForTranscript(SLOW_TEST_MS);
      expect(await review.flagTags('blame').count()).toBeGreaterThan(0);
    },
    SLOW_TEST_MS,
  );

  it(
    'cancels a running transcription, then transcribes on request',
    async () => {
      await open(ids.strong);
      await page
        .locator('.review-progress[data-stage="transcribing"]')
        .waitFor({ timeout: 30_000 });
      expect(await page.getByRole('progressbar', { name: 'Transcription progress' }).count()).toBe(
        1,
      );
      await page.getByRole('button', { name: 'Cancel' }).click();
      const cancelled = page.locator('.review-progress[data-stage="cancelled"]');
      await cancelled.waitFor();
      const folder = path.join(preview.dataDir, 'attempts', ids.strong);
      await expect.poll(() => whisperRunsFor(folder), { timeout: 5_000 }).toBe(0);
      expect(fs.existsSync(path.join(folder, 'transcript.json'))).toBe(false);
      await cancelled.getByRole('button', { name: 'Transcribe now' }).click();
      await review.waitForTranscript(SLOW_TEST_MS);
      expect(fs.existsSync(path.join(folder, 'analysis.json'))).toBe(true);
    },
    SLOW_TEST_MS,
  );

  for (const [name, key] of [
    ['strong', 'strong'],
    ['weak', 'weak'],
  ] as const) {
    it(`shows the ${name} answer in light and dark themes, without serious axe violations`, async () => {
      await open(ids[key]);
      await review.waitForTranscript(5_000);
      await review.waitForWaveform();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
          .toBe(scheme);
        await page.waitForTimeout(200); // the waveform redraws in the theme's colours
        await saveScreenshot(page, `review-${name}-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('rates the strong answer better than the weak one', async () => {
    const analysis = (id: string) =>
      JSON.parse(
        fs.readFileSync(path.join(preview.dataDir, 'attempts', id, 'analysis.json'), 'utf8'),
      );
    const strong = analysis(ids.strong);
    const weak = analysis(ids.weak);
    const count = (a: { flags: unknown[] }) => a.flags.length;
    expect(count(strong)).toBeLessThan(count(weak));
    expect(strong.signals.impact.count).toBeGreaterThan(0);
    expect(weak.answerFlags.map((f: { kind: string }) => f.kind)).toContain('no-metric');
    expect(strong.signals.ownership.iActions).toBeGreaterThan(strong.signals.ownership.weActions);
  });
});
