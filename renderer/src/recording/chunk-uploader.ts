import type { Api } from '../api';
import { bytesToBase64 } from './base64';

/** Sends PCM chunks to the attempt's audio.wav strictly in order, one call at a time, numbering
 * them so the other side detects a lost or repeated chunk. The first failure stops the upload
 * and is reported once; what was already written stays on disk. */
export class ChunkUploader {
  private seq = 0;
  private tail: Promise<void> = Promise.resolve();
  private failed: Error | null = null;
  /** Samples the other side confirmed as written. */
  samplesWritten = 0;
  /** Longest time a chunk waited between capture and its confirmed write, in ms. */
  maxDelayMs = 0;

  constructor(
    private readonly api: Api,
    private readonly attemptId: string,
    private readonly onFailure: (error: Error) => void,
  ) {}

  /** Queues a chunk captured at `capturedAt` (performance.now()). */
  push(pcm: Int16Array, capturedAt: number): void {
    if (this.failed || pcm.length === 0) return;
    const seq = this.seq++;
    const payload = bytesToBase64(new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength));
    this.tail = this.tail.then(async () => {
      if (this.failed) return;
      try {
        await this.api.call('attempts/append-audio', { id: this.attemptId, seq, pcm: payload });
        this.samplesWritten += pcm.length;
        this.maxDelayMs = Math.max(this.maxDelayMs, performance.now() - capturedAt);
      } catch (error) {
        this.failed = error as Error;
        this.onFailure(this.failed);
      }
    });
  }

  /** Resolves once every queued chunk was written (or the upload failed). */
  drain(): Promise<void> {
    return this.tail;
  }

  /** The error that stopped the upload, if any. */
  get error(): Error | null {
    return this.failed;
  }
}
