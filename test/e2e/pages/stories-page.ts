import type { Page } from 'playwright-core';

/** Page object of the Stories screen. */
export class StoriesPage {
  constructor(readonly page: Page) {}

  /** Creates a story through the editor: title, themes, five bullets, linked questions. */
  async create(story: {
    title: string;
    themes: string[];
    bullets: Record<string, string>;
    questions: string[];
  }) {
    await this.page.getByRole('button', { name: 'New story' }).click();
    const form = this.page.getByRole('form', { name: 'New story' });
    await form.getByLabel('Title').fill(story.title);
    for (const theme of story.themes)
      await form.getByRole('checkbox', { name: theme, exact: true }).check();
    for (const [label, text] of Object.entries(story.bullets))
      await form.getByLabel(label, { exact: true }).fill(text);
    for (const question of story.questions)
      await form.getByRole('checkbox', { name: question }).check();
    await form.getByRole('button', { name: 'Add story' }).click();
    await this.page.locator('.story-card', { hasText: story.title }).waitFor();
  }

  /** Starts practice from the story with this title. */
  async practice(title: string) {
    await this.page
      .locator('.story-card', { hasText: title })
      .getByRole('button', { name: 'Practice from this story' })
      .click();
  }
}
