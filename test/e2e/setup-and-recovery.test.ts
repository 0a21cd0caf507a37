import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticePage } from './pages/practice-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { violationsOnEveryScreen } from './support/axe';
import { launchChromium, saveScreenshot } from './support/browser';
import { fakeMicrophoneAnswer } from './support/fake-microphone';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { callPreview } from './support/seed-attempt';

// A new user's first minutes, with no speech model installed: what the app says before anything
// is recorded, what the service says about a wrong model file, and a recording whose tab closed.
describe('setup that explains itself, and a recording abandoned by a closed tab', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // No REHEARSE_MODEL (empty counts as unset): this is a machine with no model yet.
    preview = await startPreview({ env: { REHEARSE_MODEL: '' } });
    browser = await launchChromium({ fakeAudioFile: await fakeMicrophoneAnswer() });
    const context = await browser.newContext({ viewport: { width: 1200, height: 860 } });
    page = await context.newPage();
    await new ShellPage(page).open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    if (preview) fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it('warns on Practice, before recording, that no model is installed, and links to Settings', async () => {
    const warning = page.locator('.model-check');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/No speech model is installed yet/);
    await saveScreenshot(page, 'practice-no-model');
    await warning.getByRole('button', { name: 'Add a speech model in Settings' }).click();
    await expect.poll(() => new ShellPage(page).heading()).toBe('Settings');
    // The sentence about the model in use follows once Settings has asked the service for it.
    await expect
      .poll(() => page.getByTestId('model-in-use').textContent())
      .toMatch(/None is installed yet/);
  });

  it('shows the service message for a wrong model path and for a file that is not a model, under the field', async () => {
    const settings = new SettingsPage(page);
    for (const file of ['/no/such/ggml-base.en.bin', path.resolve('package.json')]) {
      // What the service answers for this path, asked directly: the page must show exactly that.
      const expected = await callPreview(preview, 'models/use-existing-file', { path: file }).then(
        () => null,
        (e: Error) => e.message.replace(/^models\/use-existing-file failed: /, ''),
      );
      expect(expected).not.toBeNull();
      await settings.modelPathField().fill(file);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      const alert = page.locator('#model-path-error');
      await expect.poll(() => alert.textContent()).toBe(expected);
      // It stays: a reload of the model list does not wipe the message.
      await page.waitForTimeout(500);
      expect(await alert.textContent()).toBe(expected);
    }
    await saveScreenshot(page, 'settings-model-error');
  });

  it('offers back, on the next start, a recording whose tab was closed mid-answer', async () => {
    const recorder = await page.context().newPage();
    await new ShellPage(recorder).open(preview.url);
    await new PracticePage(recorder).start();
    await recorder.waitForTimeout(2500);
    await recorder.close();
    const attempts = path.join(preview.dataDir, 'attempts');
    const [id] = fs.readdirSync(attempts);
    const stored = () =>
      JSON.parse(fs.readFileSync(path.join(attempts, id!, 'attempt.json'), 'utf8'));
    expect(stored().status).toBe('recording');
    // The service keeps running; the next start of the app (a new tab) finds the recording idle.
    await page.waitForTimeout(6000);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const banner = page.getByRole('region', { name: 'Recovered recordings' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/interrupted and has been recovered/);
    expect(stored()).toMatchObject({ status: 'recovered', endReason: 'crash-recovered' });
    expect(stored().durationSec).toBeGreaterThan(1.5);
    await saveScreenshot(page, 'recovery-closed-tab');
    await banner.getByRole('button', { name: 'Keep for later' }).click();
    await page.keyboard.press('Control+5');
    await page.locator('.history-row').first().waitFor();
    expect(await page.locator('.history-row').first().textContent()).not.toMatch(/Recording…/);
  });

  it('has no serious or critical accessibility violations on any screen, light and dark', async () => {
    const found = await violationsOnEveryScreen(page, 'setup', saveScreenshot);
    console.log(`[setup e2e] axe: ${JSON.stringify(found)}`);
    expect(found).toEqual({});
  });
});
