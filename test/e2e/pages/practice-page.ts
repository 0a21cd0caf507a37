import type { Page } from 'playwright-core';

/** Page object of the Practice (recording) screen. */
export class PracticePage {
  constructor(readonly page: Page) {}

  /** The record/stop button. */
  recordButton() {
    return this.page.locator('.record-button');
  }

  /** Starts recording and resolves, in page time (ms), when audio capture is running. */
  async start(): Promise<number> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __recStartedAt?: number };
      delete w.__recStartedAt;
      const button = document.querySelector('.record-button')!;
      new MutationObserver((_m, observer) => {
        if (button.getAttribute('aria-pressed') === 'true') {
          w.__recStartedAt = performance.now();
          observer.disconnect();
        }
      }).observe(button, { attributes: true });
    });
    await this.recordButton().click();
    await this.page.waitForFunction(
      () => (window as unknown as { __recStartedAt?: number }).__recStartedAt,
    );
    return this.page.evaluate(
      () => (window as unknown as { __recStartedAt: number }).__recStartedAt,
    );
  }

  /** Clicks Stop from inside the page; resolves to the page time (ms) of the click. */
  async stop(): Promise<number> {
    return this.page.evaluate(() => {
      const at = performance.now();
      (document.querySelector('.record-button') as HTMLButtonElement).click();
      return at;
    });
  }

  /** The timer's state: under, in or over the window. */
  timerState() {
    return this.page.locator('.timer').getAttribute('data-state');
  }
}
