import type { Page } from 'playwright-core';

/** Page object of the Settings screen. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** The theme select. */
  themeSelect() {
    return this.page.getByLabel('Theme');
  }

  /** The folder field shared by "Export all data" and "Import data". */
  dataFolder() {
    return this.page.getByLabel(/^Folder to export into, or to import from/);
  }

  /** The field for a model file the user already has, and its Add button. */
  modelPathField() {
    return this.page.getByLabel('Use a model file I already have');
  }

  /** Chooses a theme by its option value and waits for the page to apply it. */
  async chooseTheme(value: 'system' | 'light' | 'dark'): Promise<void> {
    await this.themeSelect().selectOption(value);
  }
}
