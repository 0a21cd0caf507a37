import type { Attempt } from '../../../shared/contract/attempts';
import { AttemptError, formatSeconds } from './attempt-errors';
import { describeWriteError, isDiskFull, systemCode } from '../storage/errno';
import { writeAttemptFile } from './attempt-file';
import type { WavAppender } from './wav-appender';
import { MAX_WAV_DATA_BYTES } from '../wav/format';

/** Progress after a chunk: the recording's length so far. */
export type AppendProgress = { durationSec: number; bytesWritten: number };

type EndReason = NonNullable<Attempt['endReason']>;

/**
 * One recording in progress: its open WAV file, the next chunk number it expects, and its attempt as
 * it will be saved. Calls must not overlap (the store queues them per attempt). A failed write stops
 * the recording at once and saves what was written, so nothing depends on the renderer calling finish.
 */
export class ActiveRecording {
  private nextSeq = 0;
  private stoppedBy: AttemptError | null = null;
  /** Why a failed write stopped the recording; it wins over the reason a later finish gives. */
  private stopReason: EndReason | null = null;
  private headerDone = false;
  private saved = false;

  constructor(
    readonly folder: string,
    private current: Attempt,
    private readonly appender: WavAppender,
  ) {}

  /** The attempt with the duration recorded so far. */
  get attempt(): Attempt {
    return { ...this.current, durationSec: this.appender.durationSec };
  }

  /** Appends chunk `seq`; a repeat of the last chunk is ignored, any other out-of-turn chunk refused. */
  async append(seq: number, pcm: Buffer): Promise<AppendProgress> {
    if (this.stoppedBy) throw this.stoppedBy;
    if (this.headerDone) {
      throw new AttemptError(
        'not-recording',
        'This recording was already stopped. Start a new one to record again.',
      );
    }
    const progress = () => ({
      durationSec: this.appender.durationSec,
      bytesWritten: this.appender.dataBytes,
    });
    if (seq === this.nextSeq - 1) return progress();
    if (seq > this.nextSeq) {
      throw new AttemptError(
        'chunk-gap',
        `Audio chunk ${seq} arrived but chunk ${this.nextSeq} was expected, so a piece of the recording went missing. Stop this recording (what arrived so far is kept) and record again.`,
      );
    }
    if (seq < this.nextSeq) {
      throw new AttemptError(
        'chunk-out-of-order',
        `Audio chunk ${seq} arrived after chunk ${this.nextSeq - 1} was already saved; it was not written twice. This is a bug in the recorder: stop the recording and record again.`,
      );
    }
    if (pcm.length % 2 !== 0) {
      throw new AttemptError(
        'bad-chunk',
        `Audio chunk ${seq} has ${pcm.length} bytes, which cannot be whole 16-bit samples; it was not saved. This is a bug in the recorder.`,
      );
    }
    if (this.appender.dataBytes + pcm.length > MAX_WAV_DATA_BYTES) {
      throw new AttemptError(
        'too-long',
        `The recording has reached the longest a WAV file can hold (${formatSeconds(this.appender.durationSec)}). Stop it; everything so far is saved.`,
      );
    }
    try {
      await this.appender.append(pcm);
    } catch (error) {
      throw await this.stopAfterFailure(error);
    }
    this.nextSeq += 1;
    return progress();
  }

  /** Finalizes the WAV header, closes the file and saves the attempt as complete. Safe to retry. */
  async finish(reason: EndReason): Promise<Attempt> {
    if (this.saved) return this.attempt;
    const kept = formatSeconds(this.appender.durationSec);
    try {
      if (!this.headerDone) {
        await this.appender.finalize();
        this.headerDone = true;
        const endReason = this.stopReason ?? reason;
        this.current = { ...this.current, status: 'complete', endReason };
      }
      await this.appender.close();
      await writeAttemptFile(this.folder, this.attempt);
      this.saved = true;
      return this.attempt;
    } catch (error) {
      // Without a final header the file stays open so a retry can still write one.
      if (this.headerDone) await this.appender.close().catch(() => undefined);
      throw new AttemptError(
        isDiskFull(error) ? 'disk-full' : 'write-failed',
        `Rehearse could not finish saving the recording. ${describeWriteError(error, this.folder)} The ${kept} recorded so far stay on disk and will be repaired the next time Rehearse starts.`,
        String(error),
      );
    }
  }

  /** Changes the title the attempt will be saved with (the caller has already saved it). */
  rename(title: string): void {
    this.current = { ...this.current, title };
  }

  /** Closes the file without finishing: on shutdown, so the next start recovers the recording. */
  async abandon(): Promise<void> {
    await this.appender.close().catch(() => undefined);
  }

  private async stopAfterFailure(error: unknown): Promise<AttemptError> {
    const code = systemCode(error) ?? 'unknown error';
    const full = isDiskFull(error);
    const kept = formatSeconds(this.appender.durationSec);
    const savedText =
      this.appender.dataBytes === 0
        ? 'No audio had been saved yet.'
        : `The first ${kept} were saved and can be replayed.`;
    let message = full
      ? `Your disk is full, so Rehearse stopped the recording. ${savedText} Free some disk space before recording again.`
      : `Rehearse could not write the recording to disk (${code}), so it stopped. ${savedText} Check the data folder, then record again.`;
    this.stopReason = full ? 'disk-full' : 'error';
    try {
      await this.finish(this.stopReason);
    } catch {
      message += ' Rehearse will finish repairing the file the next time it starts.';
    }
    this.stoppedBy = new AttemptError(full ? 'disk-full' : 'write-failed', message, String(error));
    return this.stoppedBy;
  }
}
