import type { Page } from 'playwright-core';

/** Page object of the Settings screen. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** The theme select. */
  themeSelect() {
    return this.page.getByLabel('Theme');
  }

  /** Chooses a theme by its option value and waits for the page to apply it. */
  async chooseTheme(value: 'system' | 'light' | 'dark'): Promise<void> {
    await this.themeSelect().selectOption(value);
  }
}
