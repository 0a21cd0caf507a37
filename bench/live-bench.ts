import fs from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { PracticePage } from '../test/e2e/pages/practice-page';
import { ShellPage } from '../test/e2e/pages/shell-page';
import { composeAnswer } from '../test/e2e/support/answer-audio';
import { launchChromium } from '../test/e2e/support/browser';
import { startPreview } from '../test/e2e/support/preview-process';
import { STRONG_INCIDENT, WEAK_LONG } from '../test/e2e/support/review-answers';
import { MODEL } from '../test/integration/helpers/engine';

/** Recordings made; the median of each path is reported. */
const RUNS = Number(process.env.LIVE_BENCH_RUNS ?? 2);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
/** The middle value; with an even count, the mean of the two middle values. */
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Page time (ms) at which the review shows flagged phrases in the transcript. */
async function flagsVisibleAt(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="summary"]') &&
      document.querySelector('[data-testid="transcript"] mark.flag') &&
      !document.querySelector('.review-progress'),
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return page.evaluate(() => performance.now());
}

/**
 * Stop-to-feedback of a two-minute spoken answer recorded in real time through the browser
 * preview (Chromium's fake microphone -> recorder -> live transcription while it records): from
 * the Stop click to flagged phrases on the review, for the live path, and for the whole-file path
 * on the same recording ("Transcribe again, whole file": whisper-cli over the whole file, then the
 * same analysis), the baseline. Each figure is printed with the machine's load.
 */
export async function runLiveBench(): Promise<void> {
  // A strong story followed by weak sentences (about two minutes): the review has flags to show.
  const answer = await composeAnswer('live-bench-answer', [...STRONG_INCIDENT, ...WEAK_LONG], {
    leadSec: 1,
    gapSec: 0.6,
    tailSec: 3,
  });
  const recordSec = answer.durationSec - 1;
  console.log(
    `answer: ${answer.durationSec.toFixed(1)} s of audio, recorded ${recordSec.toFixed(1)} s in real time; model ${MODEL}`,
  );
  const preview = await startPreview({ env: { REHEARSE_MODEL: MODEL } });
  const browser = await launchChromium({ fakeAudioFile: answer.file });
  const live: number[] = [];
  const whole: number[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const page = await browser.newPage();
      await new ShellPage(page).open(preview.url);
      const practice = new PracticePage(page);
      await practice.start();
      await page.waitForTimeout(recordSec * 1000);
      const words = await page.locator('[data-testid="live-text"]').textContent();
      const stoppedAt = await practice.stop();
      const liveMs = (await flagsVisibleAt(page, 600_000)) - stoppedAt;
      live.push(liveMs / 1000);
      console.log(
        `run ${run}: live path     ${(liveMs / 1000).toFixed(2)} s from Stop to flags (load ${load()}; ${words?.split(/\s+/).length ?? 0} words on screen before Stop)`,
      );
      const clickedAt = await page.evaluate(() => {
        const at = performance.now();
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent === 'Transcribe again, whole file')!
          .click();
        return at;
      });
      await page.locator('.review-progress').waitFor({ timeout: 10_000 });
      const wholeMs = (await flagsVisibleAt(page, 1_200_000)) - clickedAt;
      whole.push(wholeMs / 1000);
      console.log(
        `run ${run}: whole file    ${(wholeMs / 1000).toFixed(2)} s from the click to flags (load ${load()})`,
      );
      await page.close();
    }
    const ratio = median(live) / median(whole);
    console.log(
      `median stop-to-feedback: live ${median(live).toFixed(2)} s, whole file ${median(whole).toFixed(2)} s`,
    );
    console.log(`live / whole file: ${ratio.toFixed(3)} (goal: live <= 2 s, ratio <= 0.2)`);
  } finally {
    await browser.close();
    await preview.stop();
    fs.rmSync(preview.dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runLiveBench();
