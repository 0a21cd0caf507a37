import path from 'node:path';
import type { Attempt, AttemptListItem } from '../../../shared/contract/attempts';
import type { ActiveRecording, AppendProgress } from './active-recording';
import { AttemptError, notRecording } from './attempt-errors';
import { AUDIO_FILE, writeAttemptFile } from './attempt-file';
import {
  deleteAttemptFolder,
  listRecovered,
  readAttemptAudio,
  readStoredAttempt,
} from './attempt-folders';
import { attemptFolder } from './attempt-ids';
import { listAttempts } from './attempt-listing';
import { createAttempt, type NewAttempt } from './create-attempt';
import { KeyedQueue } from './keyed-queue';
import { recoverInterrupted, type RecoveryOutcome } from './recovery';
import type { AppenderOptions } from './wav-appender';

/** An attempt's WAV on disk, for streaming: its path, rate, and whether it is still recording. */
export type AttemptAudioFile = { path: string; sampleRate: number; recording: boolean };

/** Where the store keeps attempts and how it tells others about changes. */
export type AttemptStoreOptions = {
  /** The app's data folder; attempts live in `<dataDir>/attempts/<id>/`. */
  dataDir: string;
  /** Called with an attempt's id after it was created, finished, renamed, deleted or recovered. */
  onChange?: (id: string) => void;
  now?: () => Date;
  appender?: AppenderOptions;
};

/** A recording that has had no audio for this long was left by a closed tab or window (chunks
 * arrive every 250 ms while one records). */
const ABANDONED_AFTER_MS = 5000;

/**
 * The attempts on disk: one folder per recorded answer with audio.wav and attempt.json. Changes to
 * one attempt run in order through a queue keyed by its id. Nothing is read, written or deleted
 * outside `<dataDir>/attempts/`: ids are checked, and so are the paths built from them.
 */
export class AttemptStore {
  /** The attempts folder. */
  readonly root: string;
  private readonly active = new Map<string, ActiveRecording>();
  /** When each open recording last received audio (ms since 1970). */
  private readonly lastAudio = new Map<string, number>();
  private readonly queue = new KeyedQueue();
  private readonly onChange: (id: string) => void;

  constructor(private readonly options: AttemptStoreOptions) {
    this.root = path.join(path.resolve(options.dataDir), 'attempts');
    this.onChange = options.onChange ?? (() => undefined);
  }

  /** Opens a new attempt: its folder, attempt.json (status 'recording') and an empty audio.wav. */
  async create(request: NewAttempt): Promise<Attempt> {
    const created = this.options.now?.() ?? new Date();
    const recording = await createAttempt(this.root, request, created, this.options.appender);
    this.active.set(recording.attempt.id, recording);
    this.lastAudio.set(recording.attempt.id, Date.now());
    this.changed(recording.attempt.id);
    return recording.attempt;
  }

  /** Appends one chunk of 16-bit PCM to a recording in progress. */
  appendAudio(id: string, seq: number, pcm: Buffer): Promise<AppendProgress> {
    return this.queue.run(id, async () => {
      const recording = this.active.get(id);
      if (!recording) throw notRecording(await this.read(id));
      const progress = await recording.append(seq, pcm);
      this.lastAudio.set(id, Date.now());
      return progress;
    });
  }

  /** Ends a recording: final header, attempt.json complete. Finishing a finished attempt returns it. */
  finish(id: string, reason: NonNullable<Attempt['endReason']>): Promise<Attempt> {
    return this.queue.run(id, async () => {
      const recording = this.active.get(id);
      if (!recording) {
        const stored = await this.read(id);
        if (stored.status === 'recording') throw notRecording(stored);
        return stored;
      }
      const attempt = await recording.finish(reason);
      this.active.delete(id);
      this.lastAudio.delete(id);
      this.changed(id);
      return attempt;
    });
  }

  /** Every attempt, newest first; damaged folders are listed with what is wrong. */
  list(): Promise<AttemptListItem[]> {
    return listAttempts(this.root, (id) => this.active.get(id)?.attempt);
  }

  /** One attempt (a recording in progress with its duration so far). */
  async get(id: string): Promise<Attempt> {
    return this.active.get(id)?.attempt ?? this.read(id);
  }

  /** The attempt's WAV file (while recording, with a header that covers the audio so far). */
  async audio(id: string): Promise<Buffer> {
    return readAttemptAudio(attemptFolder(this.root, id), await this.get(id));
  }

  /** Where the attempt's WAV is, for streaming it (replay over HTTP or Electron's protocol) rather
   * than reading it whole. While recording, the file's own header still says "no data". */
  async audioFile(id: string): Promise<AttemptAudioFile> {
    const attempt = await this.get(id);
    const file = path.join(attemptFolder(this.root, id), AUDIO_FILE);
    return {
      path: file,
      sampleRate: attempt.sampleRate,
      recording: attempt.status === 'recording',
    };
  }

  /** Sets the user's name for an attempt ('' goes back to the question and date). */
  rename(id: string, title: string): Promise<Attempt> {
    return this.queue.run(id, async () => {
      const recording = this.active.get(id);
      const attempt = { ...(recording?.attempt ?? (await this.read(id))), title: title.trim() };
      await writeAttemptFile(attemptFolder(this.root, id), attempt);
      recording?.rename(attempt.title);
      this.changed(id);
      return attempt;
    });
  }

  /** Deletes an attempt's folder and everything in it (a recording in progress is stopped first). */
  delete(id: string): Promise<{ deleted: true }> {
    return this.queue.run(id, async () => {
      const folder = attemptFolder(this.root, id);
      await this.active.get(id)?.abandon();
      this.active.delete(id);
      await deleteAttemptFolder(folder);
      this.changed(id);
      return { deleted: true as const };
    });
  }

  /** Recordings repaired after a crash, or left open by a closed tab, that the user has not
   * acknowledged yet, newest first. */
  async recovered(): Promise<Attempt[]> {
    await this.closeAbandoned();
    return listRecovered(this.root);
  }

  /** Saves every open recording that has had no audio for ABANDONED_AFTER_MS (its tab or window
   * was closed while the service kept running) as a recovered one, so it is offered back instead
   * of staying "Recording..." for ever. */
  private async closeAbandoned(): Promise<void> {
    const now = Date.now();
    const stale = [...this.active.keys()].filter(
      (id) => now - (this.lastAudio.get(id) ?? 0) > ABANDONED_AFTER_MS,
    );
    const close = (id: string) =>
      this.queue.run(id, async () => {
        const recording = this.active.get(id);
        if (!recording) return;
        const finished = await recording.finish('crash-recovered');
        this.active.delete(id);
        this.lastAudio.delete(id);
        await writeAttemptFile(attemptFolder(this.root, id), { ...finished, status: 'recovered' });
        this.changed(id);
      });
    await Promise.all(stale.map(close));
  }

  /** Keeps a recovered recording as an ordinary complete attempt (endReason 'crash-recovered'). */
  acknowledgeRecovery(id: string): Promise<Attempt> {
    return this.queue.run(id, async () => {
      const stored = this.active.get(id)?.attempt ?? (await this.read(id));
      if (stored.status === 'complete') return stored;
      if (stored.status !== 'recovered') {
        throw new AttemptError(
          'not-recovered',
          'This recording is still in progress, not a recovered one; stop it instead.',
        );
      }
      const attempt: Attempt = { ...stored, status: 'complete', endReason: 'crash-recovered' };
      await writeAttemptFile(attemptFolder(this.root, id), attempt);
      this.changed(id);
      return attempt;
    });
  }

  /** Repairs recordings a crash left unfinished; run at start-up before recording begins. */
  async recoverInterrupted(): Promise<RecoveryOutcome[]> {
    const outcomes = await recoverInterrupted(this.root);
    for (const outcome of outcomes) if (outcome.attempt) this.changed(outcome.id);
    return outcomes;
  }

  /** Closes every open recording without finishing it, so the next start recovers it. */
  async dispose(): Promise<void> {
    const close = (id: string) =>
      this.queue.run(id, async () => {
        await this.active.get(id)?.abandon();
        this.active.delete(id);
      });
    await Promise.all([...this.active.keys()].map(close));
  }

  private read(id: string): Promise<Attempt> {
    return readStoredAttempt(attemptFolder(this.root, id));
  }

  /** Tells listeners; a failing listener (a closed window) must not turn a saved change into an error. */
  private changed(id: string): void {
    try {
      this.onChange(id);
    } catch {
      // The change is on disk; the next list call shows it.
    }
  }
}
