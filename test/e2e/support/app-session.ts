import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ShellPage } from '../pages/shell-page';
import { launchChromium } from './browser';
import { fakeMicrophoneAnswer } from './fake-microphone';
import { startPreview, type PreviewProcess } from './preview-process';

/** The browser preview with Chromium open on it, its fake microphone speaking an answer. */
export type AppSession = {
  preview: PreviewProcess;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
};

/** Starts a preview (own data folder) and opens the app in Chromium with the fake microphone. */
export async function openAppWithMicrophone(): Promise<AppSession> {
  const preview = await startPreview();
  const browser = await launchChromium({ fakeAudioFile: await fakeMicrophoneAnswer() });
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
  await new ShellPage(page).open(preview.url);
  return {
    preview,
    browser,
    page,
    close: async () => {
      await browser.close();
      await preview.stop();
      fs.rmSync(preview.dataDir, { recursive: true, force: true });
    },
  };
}
