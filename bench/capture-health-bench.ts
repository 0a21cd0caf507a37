import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PracticePage } from '../test/e2e/pages/practice-page';
import { ShellPage } from '../test/e2e/pages/shell-page';
import { launchChromium } from '../test/e2e/support/browser';
import { fakeMicrophoneAnswer } from '../test/e2e/support/fake-microphone';
import { startPreview } from '../test/e2e/support/preview-process';
import { MODEL } from '../test/integration/helpers/engine';

/** Seconds recorded; the issue asks for a 60 s recording. */
const RECORD_SEC = Number(process.env.CAPTURE_BENCH_SEC ?? 60);

/**
 * Capture health over a real recording through the browser preview (Chromium's fake microphone
 * -> AudioWorklet -> bridge -> audio.wav): samples written against wall time (the baseline: a
 * perfect recorder writes 16,000 samples per wall-clock second), and the largest delay between two
 * writes to the file as seen from outside, polling its size every 20 ms; live transcription runs
 * throughout (the live view's words on screen at Stop are printed to show it did).
 */
export async function runCaptureHealthBench(): Promise<void> {
  const mic = await fakeMicrophoneAnswer();
  // With a model, the preview transcribes while it records: capture is measured with the live
  // engine competing for the cores, as a user records.
  const preview = await startPreview({ env: { REHEARSE_MODEL: MODEL } });
  const browser = await launchChromium({ fakeAudioFile: mic });
  try {
    const page = await browser.newPage();
    await new ShellPage(page).open(preview.url);
    const practice = new PracticePage(page);
    const startedAt = await practice.start();
    const attempts = path.join(preview.dataDir, 'attempts');
    const wav = path.join(attempts, fs.readdirSync(attempts)[0]!, 'audio.wav');
    let lastSize = fs.statSync(wav).size;
    let lastGrowth = performance.now();
    let largestGapMs = 0;
    const deadline = performance.now() + RECORD_SEC * 1000;
    while (performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      const size = fs.statSync(wav).size;
      if (size !== lastSize) {
        const now = performance.now();
        largestGapMs = Math.max(largestGapMs, now - lastGrowth);
        lastGrowth = now;
        lastSize = size;
      }
    }
    const liveWords = (await page.locator('[data-testid="live-text"]').textContent()) ?? '';
    const stoppedAt = await practice.stop();
    await page.locator('.play-button').waitFor();
    const wallSec = (stoppedAt - startedAt) / 1000;
    const samples = (fs.statSync(wav).size - 44) / 2;
    const expected = wallSec * 16_000;
    console.log(
      `capture health over ${wallSec.toFixed(2)} s (baseline: wall clock x 16 kHz), live transcription on: "${liveWords.slice(-60)}"`,
    );
    console.log(
      `  samples written   ${samples.toLocaleString()} of ${Math.round(expected).toLocaleString()} expected`,
    );
    console.log(
      `  ratio             ${(samples / expected).toFixed(4)} (1.0000 = nothing lost or added)`,
    );
    console.log(`  missing audio     ${((expected - samples) / 16).toFixed(0)} ms`);
    console.log(
      `  largest gap between writes  ${largestGapMs.toFixed(0)} ms (chunks are 250 ms; ratio ${(largestGapMs / 250).toFixed(2)})`,
    );
  } finally {
    await browser.close();
    await preview.stop();
    fs.rmSync(preview.dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCaptureHealthBench();
