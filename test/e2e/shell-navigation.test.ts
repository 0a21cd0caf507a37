import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';

const screens = ['Practice', 'Review', 'Questions', 'Stories', 'History', 'Settings'];

describe('app shell in the browser preview', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let shell: ShellPage;

  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    shell = new ShellPage(page);
    await shell.open(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    fs.rmSync(preview.dataDir, { recursive: true, force: true });
  });

  it('removes the token from the address bar once read', () => {
    expect(page.url()).not.toContain('token');
  });

  it('walks every screen by keyboard alone, with a screenshot of each', async () => {
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // first nav item
    expect(await shell.focusedText()).toContain('Practice');
    for (const [index, label] of screens.entries()) {
      if (index > 0) {
        // Navigating moves focus to the screen heading; go back to the nav item and step on.
        await shell
          .navItems()
          .nth(index - 1)
          .focus();
        await page.keyboard.press('ArrowDown');
      }
      expect(await shell.focusedText()).toContain(label);
      await page.keyboard.press('Enter');
      await expect.poll(() => shell.currentNavLabel()).toContain(label);
      // Practice is headed by the question being practised; every other screen by its name.
      if (label === 'Practice') expect(await shell.heading()).toMatch(/^Tell me about/);
      else expect(await shell.heading()).toBe(label);
      // The new screen's heading takes focus so keyboard users land on the content.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await saveScreenshot(page, `shell-${label.toLowerCase()}`);
    }
  });

  it('jumps to a screen with Ctrl+number from anywhere', async () => {
    await page.keyboard.press('Control+3');
    await expect.poll(() => shell.heading()).toBe('Questions');
    await page.keyboard.press('Control+1');
    await expect.poll(() => shell.currentNavLabel()).toContain('Practice');
  });

  it('reaches the nav by Tab and wraps with the arrow keys', async () => {
    await shell.navItems().first().focus();
    await page.keyboard.press('ArrowUp');
    expect(await shell.focusedText()).toContain('Settings');
    await page.keyboard.press('Home');
    expect(await shell.focusedText()).toContain('Practice');
  });

  it('follows the system theme, and a saved theme choice survives a reload', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => shell.theme()).toBe('dark');
    await saveScreenshot(page, 'shell-practice-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => shell.theme()).toBe('light');

    await page.keyboard.press('Control+6');
    await new SettingsPage(page).chooseTheme('dark');
    await expect.poll(() => shell.theme()).toBe('dark');
    const stored = JSON.parse(fs.readFileSync(path.join(preview.dataDir, 'settings.json'), 'utf8'));
    expect(stored.theme).toBe('dark');
    await page.reload();
    await page.locator('h1').waitFor();
    await expect.poll(() => shell.theme()).toBe('dark');
    await page.keyboard.press('Control+6');
    await expect.poll(() => shell.heading()).toBe('Settings');
    await saveScreenshot(page, 'shell-settings-dark');
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await preview.stop();
    expect(code).toBe(0);
    expect(preview.output()).toContain('Stopping the preview (SIGTERM)');
  });
});
