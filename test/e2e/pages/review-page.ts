import type { Page } from 'playwright-core';

type Win = { __stages?: string[]; __playhead?: number | null };

/** Page object of the Review screen: replay, transcript with flags, feedback. */
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
    return Number(
      await this.page.locator('[data-testid="current-time"]').getAttribute('data-seconds'),
    );
  }

  /** Clicks Play. */
  async play(): Promise<void> {
    await this.page.locator('.play-button').click();
  }

  /** Starts recording, in the page, every stage the review progress shows (before it appears). */
  async watchProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as Win;
      w.__stages = [];
      new MutationObserver(() => {
        const stage = document.querySelector('.review-progress')?.getAttribute('data-stage');
        if (stage && w.__stages!.at(-1) !== stage) w.__stages!.push(stage);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }

  /** The progress stages seen since watchProgress(). */
  stages(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as Win).__stages ?? []);
  }

  /** Waits for the transcript with its highlights. */
  async waitForTranscript(timeout = 120_000): Promise<void> {
    await this.page.locator('[data-testid="transcript"]').waitFor({ timeout });
  }

  /** The highlight of a flag kind whose text matches. */
  flagMark(kind: string, text: RegExp) {
    return this.page.locator(`mark.flag[data-kinds~="${kind}"]`).filter({ hasText: text });
  }

  /** The tag buttons of a kind (their visible text is the kind's short name). */
  flagTags(kind: string) {
    return this.page.locator(`button.flag-tag[data-kind="${kind}"]`);
  }

  /** Runs `action` and returns where the playhead first moved to after it (seconds). */
  async playheadAfter(action: () => Promise<void>): Promise<number> {
    await this.page.evaluate(() => {
      const w = window as unknown as Win;
      w.__playhead = null;
      const node = document.querySelector('[data-testid="current-time"]')!;
      const before = node.getAttribute('data-seconds');
      const observer = new MutationObserver(() => {
        const now = node.getAttribute('data-seconds');
        if (now !== before) {
          w.__playhead = Number(now);
          observer.disconnect();
        }
      });
      observer.observe(node, { attributes: true });
    });
    await action();
    await this.page.waitForFunction(() => (window as unknown as Win).__playhead != null);
    return this.page.evaluate(() => (window as unknown as Win).__playhead!);
  }

  /** The duration verdict's text and the speaking seconds it is based on. */
  async verdict(): Promise<{ text: string; seconds: number }> {
    const node = this.page.locator('[data-testid="duration-verdict"]');
    return {
      text: (await node.textContent()) ?? '',
      seconds: Number(await node.getAttribute('data-seconds')),
    };
  }

  /** Pauses if playing. */
  async pause(): Promise<void> {
    const button = this.page.locator('.play-button');
    // A seek that plays (a word click, J/K) may flip the button a moment later: give it that moment.
    for (let waited = 0; (await button.textContent()) !== 'Pause'; waited += 100) {
      if (waited >= 600) return;
      await this.page.waitForTimeout(100);
    }
    await button.click();
    // Settled: the player may report one more time update after the pause, and a playhead read
    // right after would take that for the next action's seek.
    const time = this.page.locator('[data-testid="current-time"]');
    for (let last = ''; ;) {
      await this.page.waitForTimeout(200);
      const now = (await time.getAttribute('data-seconds')) ?? '';
      if (now === last && (await button.textContent()) !== 'Pause') return;
      last = now;
    }
  }
}
