import type { DownloadProgress } from '../../../shared/models/schemas';

/** Options of a progress meter; `now` is injectable so tests control the clock. */
export type ProgressMeterOptions = {
  modelId: string;
  /** Minimum time between two events (about four a second by default). */
  intervalMs?: number;
  /** Speed is measured over this recent window, so the ETA follows the current rate. */
  windowMs?: number;
  now?: () => number;
};

/** Turns a stream of byte counts into throttled progress events with speed and ETA. */
export class ProgressMeter {
  private samples: Array<{ t: number; bytes: number }> = [];
  private lastEmitAt = Number.NEGATIVE_INFINITY;
  private total: number | null = null;
  private readonly intervalMs: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(private readonly options: ProgressMeterOptions) {
    this.intervalMs = options.intervalMs ?? 250;
    this.windowMs = options.windowMs ?? 5000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Starts measuring from `bytes` already on disk (a resume does not count as speed). */
  reset(bytes: number, totalBytes: number | null): void {
    this.total = totalBytes;
    this.samples = [{ t: this.now(), bytes }];
  }

  /** Records the bytes on disk; returns an event when one is due, or when `force` is set. */
  sample(bytes: number, force = false): DownloadProgress | null {
    const t = this.now();
    this.samples.push({ t, bytes });
    // Keep one sample older than the window as the anchor the rate is measured from.
    while (this.samples.length > 2 && this.samples[1]!.t <= t - this.windowMs) this.samples.shift();
    if (!force && t - this.lastEmitAt < this.intervalMs) return null;
    this.lastEmitAt = t;
    return this.snapshot(bytes, t);
  }

  private snapshot(bytes: number, t: number): DownloadProgress {
    const first = this.samples[0]!;
    const seconds = (t - first.t) / 1000;
    const bytesPerSec = seconds > 0 ? Math.max(0, (bytes - first.bytes) / seconds) : 0;
    const left = this.total === null ? null : Math.max(0, this.total - bytes);
    let etaSec: number | null = null;
    if (left === 0) etaSec = 0;
    else if (left !== null && bytesPerSec > 0) etaSec = Math.round((left / bytesPerSec) * 10) / 10;
    return {
      modelId: this.options.modelId,
      receivedBytes: bytes,
      totalBytes: this.total,
      bytesPerSec: Math.round(bytesPerSec),
      etaSec,
    };
  }
}
