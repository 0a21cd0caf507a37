import type { Page } from 'playwright-core';

/** Page object of the History screen. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  /** The attempt ids listed, top to bottom. */
  async attemptIds(): Promise<string[]> {
    return this.page
      .locator('.history-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-attempt-id') ?? ''));
  }

  /** Ticks two takes and opens their comparison. */
  async compare(a: string, b: string) {
    for (const id of [a, b])
      await this.page
        .locator(`.history-row[data-attempt-id="${id}"] input[type="checkbox"]`)
        .check();
    await this.page.getByRole('button', { name: 'Compare selected takes' }).click();
    await this.page.getByTestId('compare-summary').waitFor();
  }

  /** The before and after numbers and the sentence of one delta row. */
  async delta(key: string): Promise<string> {
    return (await this.page.locator(`[data-delta="${key}"]`).textContent()) ?? '';
  }
}
