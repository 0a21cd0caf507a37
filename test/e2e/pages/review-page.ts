import type { Page } from 'playwright-core';

/** Page object of the Review screen's replay panel. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** Waits until the waveform has loaded (the duration is shown). */
  async waitForWaveform(): Promise<void> {
    await this.page.locator('.play-button:not([disabled])').waitFor();
  }

  /** Width of the canvas wavesurfer drew the waveform on (0 when nothing was drawn). */
  async waveformCanvasWidth(): Promise<number> {
    return this.page.evaluate(() => {
      const host = document.querySelector('[data-testid="waveform"] > div');
      const root = host?.shadowRoot ?? host;
      const canvases = [...(root?.querySelectorAll('canvas') ?? [])] as HTMLCanvasElement[];
      return Math.max(0, ...canvases.map((c) => c.width));
    });
  }

  /** Current playback position in seconds. */
  async currentTime(): Promise<number> {
    return Number(await this.page.locator('[data-testid="current-time"]').getAttribute('data-seconds'));
  }

  /** Clicks Play. */
  async play(): Promise<void> {
    await this.page.locator('.play-button').click();
  }
}
