import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL, SKIP_ENGINE_TESTS, requireEngine } from '../integration/helpers/engine';
import { PracticePage } from './pages/practice-page';
import { ReviewPage } from './pages/review-page';
import { ShellPage } from './pages/shell-page';
import type { ComposedAnswer } from './support/answer-audio';
import { violationsOnEveryScreen } from './support/axe';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { answerAudio, WEAK_INCIDENT } from './support/review-answers';

const QUESTION_ID = 'dis-technical';
const QUESTION = 'Tell me about a time you disagreed with a technical decision.';

// The rehearsal loop as a user runs it: record, review, retake in one key, answer a follow-up,
// and find everything in History where it belongs. Real whisper-cli with the tiny.en model.
describe.skipIf(SKIP_ENGINE_TESTS)('the rehearsal loop: retake, follow-up, history', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let answer: ComposedAnswer;
  let review: ReviewPage;
  const attemptsDir = () => path.join(preview.dataDir, 'attempts');
  const stored = (id: string) =>
    JSON.parse(fs.readFileSync(path.join(attemptsDir(), id, 'attempt.json'), 'utf8'));

  /** Records with the fake microphone for `seconds` from the Practice screen, then waits for the
   * review's transcript. */
  const recordFor = async (seconds: number) => {
    const practice = new PracticePage(page);
    await practice.start();
    await page.waitForTimeout(seconds * 1000);
    await practice.stop();
    try {
      await review.waitForTranscript(240_000);
    } catch (error) {
      await saveScreenshot(page, 'loop-failed-transcript');
      throw new Error(
        `No transcript: ${await page
          .locator('.review-progress')
          .textContent()
          .catch(() => '')}\n${preview.output().slice(-2000)}`,
        { cause: error },
      );
    }
  };

  beforeAll(async () => {
    requireEngine();
    answer = await answerAudio('loop-weak-incident', WEAK_INCIDENT);
    preview = await startPreview({ env: { REHEARSE_MODEL: MODEL } });
    browser = await launchChromium({ fakeAudioFile: answer.file });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    review = new ReviewPage(page);
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    if (preview) fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it('Settings shows the model in use even when REHEARSE_MODEL chose it', async () => {
    await page.keyboard.press('Control+6');
    await expect
      .poll(() => page.getByTestId('model-in-use').textContent())
      .toMatch(/In use: ggml-tiny\.en\.bin \(set by the REHEARSE_MODEL environment variable\)/);
    await page.keyboard.press('Control+1');
  });

  it('retakes from the review with R: Practice opens on the same question, also after a reload', async () => {
    await page.getByLabel('Question', { exact: true }).selectOption(QUESTION_ID);
    await recordFor(answer.durationSec - 1.5);
    expect(await page.getByTestId('take-context').textContent()).toMatch(
      /^Take 1 of this question/,
    );
    await saveScreenshot(page, 'loop-review-take-1');

    await page.locator('main h1').focus();
    await page.keyboard.press('r');
    await expect.poll(() => new ShellPage(page).heading()).toBe(QUESTION);
    expect(await page.getByLabel('Question', { exact: true }).inputValue()).toBe(QUESTION_ID);
    expect(await page.locator('.record-button').getAttribute('aria-pressed')).toBe('false');
    // Another screen and back, then a reload: still the same question.
    await page.keyboard.press('Control+5');
    await page.keyboard.press('Control+1');
    await expect.poll(() => new ShellPage(page).heading()).toBe(QUESTION);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect.poll(() => new ShellPage(page).heading()).toBe(QUESTION);
    await saveScreenshot(page, 'loop-practice-after-reload');

    // The second take: its review counts it and shows the first take's figures beside it.
    await recordFor(12);
    const context = page.getByTestId('take-context');
    expect(await context.textContent()).toMatch(/^Take 2 of this question · previous take/);
    expect(await context.locator('dd').first().textContent()).toMatch(
      /^\d:\d\d spoken · \d+ s under 1:30$/,
    );
    await saveScreenshot(page, 'loop-review-take-2');
  });

  it('Space pauses after a flag was clicked, instead of replaying the flag', async () => {
    await page.keyboard.press('Control+5');
    await page.locator('.history-row').last().locator('.attempt-open').click();
    await review.waitForTranscript(10_000);
    await review.waitForWaveform();
    const tag = page.locator('button.flag-tag').first();
    await tag.click();
    await expect.poll(() => page.locator('.play-button').textContent()).toBe('Pause');
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('flag-tag'))).toBe(
      true,
    );
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.play-button').textContent()).toBe('Play');
    const pausedAt = await review.currentTime();
    await page.waitForTimeout(800);
    expect(await page.locator('.play-button').textContent()).toBe('Play');
    expect(await review.currentTime()).toBe(pausedAt);
  });

  it('records a follow-up after a Start step, and History keeps it under its take and question', async () => {
    const first = page.locator('.follow-up').first();
    const followUp = (await first.locator('strong').textContent())!;
    await first.getByRole('button', { name: /Record a follow-up answer/ }).click();
    await expect.poll(() => new ShellPage(page).heading()).toBe(followUp);
    // A Start step: nothing records until the user asks.
    await page.waitForTimeout(1000);
    expect(await page.locator('.record-button').getAttribute('aria-pressed')).toBe('false');
    await saveScreenshot(page, 'loop-follow-up-start');
    await recordFor(4);
    expect(await page.locator('.review-header .eyebrow').textContent()).toMatch(
      /^Follow-up answer/,
    );

    await page.keyboard.press('Control+5');
    const group = page.locator('.history-group', { hasText: QUESTION });
    await group.locator('.follow-up-takes').waitFor();
    expect(await page.locator('.history-group').count()).toBe(1);
    expect(await group.locator('h2').textContent()).toBe(QUESTION);
    const child = group.locator('.follow-up-takes .history-row');
    expect(await child.count()).toBe(1);
    expect(await child.textContent()).toContain(followUp);
    // Nested under the take it follows up.
    const childId = (await child.getAttribute('data-attempt-id'))!;
    const parentRow = group
      .locator('.take-item')
      .filter({ has: page.locator('.follow-up-takes') })
      .locator(':scope > .history-row');
    expect(stored(childId).parentId).toBe(await parentRow.getAttribute('data-attempt-id'));
    // The question filter still names the question, not the follow-up.
    const options = await page.locator('#history-question option').allTextContents();
    expect(options).toEqual(['All questions', QUESTION]);
    await saveScreenshot(page, 'loop-history-follow-up');
  });

  it('compares the two takes: the figures that moved and the changed sentences side by side', async () => {
    const rows = page.locator('.history-group > .attempt-list > .take-item > .history-row');
    for (let i = 0; i < 2; i++) await rows.nth(i).locator('input[type="checkbox"]').check();
    await page.getByRole('button', { name: 'Compare selected takes' }).click();
    await page.getByTestId('compare-summary').waitFor();
    await page.locator('.sentence-table').waitFor();
    expect(await page.locator('.sentence-table th').allTextContents()).toEqual(['Before', 'After']);
    await saveScreenshot(page, 'loop-history-compare');
  });

  it('has no serious or critical accessibility violations on any screen, light and dark', async () => {
    const found = await violationsOnEveryScreen(page, 'loop', saveScreenshot);
    console.log(`[loop e2e] axe: ${JSON.stringify(found)}`);
    expect(found).toEqual({});
  });
});
