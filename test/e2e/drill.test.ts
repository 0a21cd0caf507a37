import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODEL_PATH } from '../../electron/services/transcription/engine-paths';
import { PracticePage } from './pages/practice-page';
import { ShellPage } from './pages/shell-page';
import { launchChromium, saveScreenshot } from './support/browser';
import { fakeMicrophoneAnswer } from './support/fake-microphone';
import { startPreview, type PreviewProcess } from './support/preview-process';

function attempts(dataDir: string) {
  const root = path.join(dataDir, 'attempts');
  return fs
    .readdirSync(root)
    .map((id) => JSON.parse(fs.readFileSync(path.join(root, id, 'attempt.json'), 'utf8')));
}

describe('drill: three questions in a row, then the follow-up round', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    preview = await startPreview({ env: { REHEARSE_MODEL: TEST_MODEL_PATH } });
    browser = await launchChromium({ fakeAudioFile: await fakeMicrophoneAnswer() });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it('records three different questions and ends with a combined summary', async () => {
    await page.getByRole('button', { name: 'Drill: three questions in a row' }).click();
    await page.getByRole('button', { name: 'Start the drill' }).click();
    const practice = new PracticePage(page);
    const asked: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await page.getByText(`Question ${i} of 3`).waitFor();
      asked.push((await page.locator('.drill-prompt').textContent()) ?? '');
      await practice.start();
      await page.waitForTimeout(3000);
      await practice.stop();
    }
    expect(new Set(asked).size).toBe(3);
    await page.getByRole('heading', { name: 'Drill summary' }).waitFor({ timeout: 180_000 });
    await expect.poll(() => page.locator('.drill-answers > li').count()).toBe(3);
    await saveScreenshot(page, 'drill-summary');
    const recorded = attempts(preview.dataDir);
    expect(recorded.map((a) => a.questionText).sort()).toEqual([...asked].sort());
    for (const a of recorded) {
      expect(fs.existsSync(path.join(preview.dataDir, 'attempts', a.id, 'analysis.json'))).toBe(
        true,
      );
    }
  });

  it('asks a follow-up probe and links the answer to the take it probes', async () => {
    await page.getByRole('button', { name: 'Start the follow-up round' }).click();
    await page.getByText(/^Follow-up 1 of 3/).waitFor();
    const probe = (await page.locator('.drill-prompt').textContent()) ?? '';
    const practice = new PracticePage(page);
    await practice.start();
    await page.waitForTimeout(2000);
    await practice.stop();
    await page.getByText(/^Follow-up 2 of 3/).waitFor();
    const followUp = attempts(preview.dataDir).find((a) => a.questionText === probe);
    expect(followUp?.parentId).toBeTruthy();
    expect(attempts(preview.dataDir).some((a) => a.id === followUp.parentId)).toBe(true);
  });
});
