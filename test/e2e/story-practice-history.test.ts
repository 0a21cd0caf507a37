import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODEL_PATH } from '../../electron/services/transcription/engine-paths';
import { HistoryPage } from './pages/history-page';
import { PracticePage } from './pages/practice-page';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { StoriesPage } from './pages/stories-page';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { answerAudio, WEAK_INCIDENT, WEAK_LONG } from './support/review-answers';

const QUESTION = 'Tell me about a production incident you handled.';
const STORY = {
  title: 'Checkout outage from a batch job',
  themes: ['Production incident'],
  bullets: {
    Situation: 'Black Friday, checkout timing out, I was on call.',
    Task: 'Restore checkout and find the root cause.',
    'Actions I took': 'Paused the batch job, split the connection pool, added a saturation alert.',
    Result: 'Errors from 12% to under 0.1%; no timeouts in the next two sales.',
    Learning: 'Give background jobs their own limits.',
  },
  questions: [QUESTION],
};

/** Records one take with Chromium's fake microphone playing `wav` once through. */
async function recordTake(
  preview: PreviewProcess,
  wav: { file: string; durationSec: number },
  before: (page: Page) => Promise<void>,
) {
  const browser = await launchChromium({ fakeAudioFile: wav.file });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await new ShellPage(page).open(preview.url);
  await before(page);
  const practice = new PracticePage(page);
  await practice.start();
  await page.waitForTimeout(wav.durationSec * 1000);
  await practice.stop();
  await new ReviewPage(page).waitForTranscript(240_000);
  return { browser, page };
}

function analysisOf(dataDir: string, id: string) {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'attempts', id, 'analysis.json'), 'utf8'));
}

// Each take is recorded in real time and transcribed by the real engine: allow for a slow machine.
const TAKE_TIMEOUT = 400_000;

describe('from a story to a week of preparation', () => {
  let preview: PreviewProcess;
  let second: PreviewProcess | null = null;
  const browsers: Browser[] = [];
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-export-'));
  let takes: string[] = [];

  beforeAll(async () => {
    preview = await startPreview({ env: { REHEARSE_MODEL: TEST_MODEL_PATH } });
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await preview?.stop();
    await second?.stop();
    for (const dir of [preview?.dataDir, second?.dataDir, exportDir])
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'creates a story, practises from it with its cues, and finds the take in history',
    async () => {
      const weak = await answerAudio('weak-long', WEAK_LONG);
      const { browser, page } = await recordTake(preview, weak, async (p) => {
        await p.keyboard.press('Control+4');
        const stories = new StoriesPage(p);
        await stories.create(STORY);
        await saveScreenshot(p, 'stories-coverage');
        await stories.practice(STORY.title);
        await p.getByRole('complementary', { name: 'Story cues' }).waitFor();
        expect(await p.locator('main h1').textContent()).toBe(QUESTION);
        await saveScreenshot(p, 'practice-story-cues');
      });
      browsers.push(browser);
      await page.keyboard.press('Control+5');
      await page.locator('.history-row').first().waitFor();
      takes = await new HistoryPage(page).attemptIds();
      expect(takes).toHaveLength(1);
    },
    TAKE_TIMEOUT,
  );

  it(
    'records a second take and compares the two with the right deltas',
    async () => {
      const short = await answerAudio('weak-incident', WEAK_INCIDENT);
      const { browser, page } = await recordTake(preview, short, async (p) => {
        await p.keyboard.press('Control+1');
        await p.getByLabel('Question', { exact: true }).selectOption({ label: QUESTION });
      });
      browsers.push(browser);
      await page.keyboard.press('Control+5');
      await expect.poll(() => new HistoryPage(page).attemptIds()).toHaveLength(2);
      const [newer, older] = await new HistoryPage(page).attemptIds();
      takes = [older!, newer!];
      await page.getByTestId('progress-charts').waitFor();
      await saveScreenshot(page, 'history-charts');

      const history = new HistoryPage(page);
      await history.compare(older!, newer!);
      const before = analysisOf(preview.dataDir, older!);
      const after = analysisOf(preview.dataDir, newer!);
      for (const kind of ['filler', 'vague', 'blame', 'hedge']) {
        const [b, a] = [before.flagCounts[kind], after.flagCounts[kind]];
        expect(await history.delta(kind)).toContain(b === a ? `unchanged at ${a}` : `${b} to ${a}`);
      }
      const duration = await history.delta('duration');
      expect(duration).toContain(
        `${Math.round(before.signals.duration.seconds)} s to ${Math.round(after.signals.duration.seconds)} s`,
      );
      await page.locator('.compare').screenshot({
        path: path.join(
          path.dirname(await saveScreenshot(page, 'comparison-page')),
          'comparison.png',
        ),
      });
    },
    TAKE_TIMEOUT,
  );

  it('exports everything and imports it from the same folder into an empty data folder', async () => {
    const page = await browsers[1]!.newPage({ viewport: { width: 1200, height: 900 } });
    await new ShellPage(page).open(preview.url);
    await page.keyboard.press('Control+6');
    await new SettingsPage(page).dataFolder().fill(exportDir);
    await page.getByRole('button', { name: 'Export all data' }).click();
    await page.getByText(/^Exported 2 takes, 1 story and 0 questions/).waitFor();
    const [exported] = fs.readdirSync(exportDir);

    second = await startPreview();
    const fresh = await browsers[1]!.newPage({ viewport: { width: 1200, height: 900 } });
    await new ShellPage(fresh).open(second.url);
    await fresh.keyboard.press('Control+6');
    // The very folder chosen for Export: Import finds the dated export Rehearse made inside it.
    await new SettingsPage(fresh).dataFolder().fill(exportDir);
    await fresh.getByRole('button', { name: 'Import data' }).click();
    await fresh
      .getByText(`From ${path.join(exportDir, exported!)}: takes: 2 added`, { exact: false })
      .waitFor();
    await fresh.keyboard.press('Control+5');
    await expect.poll(() => new HistoryPage(fresh).attemptIds()).toEqual([takes[1], takes[0]]);
    expect(await fresh.locator('.history-group h2').first().textContent()).toBe(QUESTION);
    await fresh.keyboard.press('Control+4');
    await fresh.locator('.story-card', { hasText: STORY.title }).waitFor();
    await fresh.keyboard.press('Control+3');
    await fresh.locator('.question-card').first().waitFor();
    await saveScreenshot(fresh, 'questions-bank');
  });
});
