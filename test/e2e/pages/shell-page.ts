import type { Page } from 'playwright-core';

/** Page object of the app shell: the main navigation and the current screen's heading. */
export class ShellPage {
  constructor(readonly page: Page) {}

  /** Opens the preview URL (with its token) and waits for the app to load its settings. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await this.page.locator('h1').waitFor();
  }

  /** The navigation buttons, in order. */
  navItems() {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button');
  }

  /** Text of the current screen's heading. */
  async heading(): Promise<string> {
    return (await this.page.locator('main h1').textContent()) ?? '';
  }

  /** Label of the nav item marked as the current page. */
  async currentNavLabel(): Promise<string> {
    return (await this.page.locator('nav [aria-current="page"]').textContent()) ?? '';
  }

  /** Label of the element that has keyboard focus. */
  async focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? '');
  }

  /** The resolved theme on <html>. */
  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }
}
