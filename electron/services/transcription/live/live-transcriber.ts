import os from 'node:os';
import path from 'node:path';
import type { LiveUpdate } from '../../../../shared/contract/live';
import { readDtwPreset } from '../dtw-preset';
import { REPO_ROOT } from '../engine-paths';
import { LIVE_DECODE, type LiveDecode } from './engine-settings';
import { LiveSession } from './live-session';
import { WhisperServer } from './whisper-server';

const EXE = process.platform === 'win32' ? '.exe' : '';

/** whisper-server as built by `node scripts/build-whisper.mjs`, beside whisper-cli. */
const DEFAULT_WHISPER_SERVER = path.join(
  REPO_ROOT,
  'vendor',
  'whisper',
  'bin',
  `whisper-server${EXE}`,
);

/** What the live transcriber needs. */
export type LiveTranscriberOptions = {
  /** whisper-server; default env REHEARSE_WHISPER_SERVER, else the vendored build. */
  serverPath?: string;
  /** The model file to load (the same choice the review makes). */
  resolveModel: () => Promise<string>;
  /** Engine threads; default one less than the machine's cores (at least 1), so capture and the
   * app keep a core while recording. */
  threads?: number;
  /** The search for cut segments and for the open segment; default LIVE_DECODE. */
  decode?: LiveDecode;
  onUpdate: (update: LiveUpdate) => void;
};

/** Sessions not taken by a review within this long are dropped (the user never opened it). */
const UNCLAIMED_MS = 10 * 60_000;

/**
 * Transcription while recording, for every recording: one resident whisper-server (started on
 * the first recording, kept with its model loaded, restarted when the model changes or after it
 * died) and one LiveSession per recording in progress.
 */
export class LiveTranscriber {
  readonly serverPath: string;
  readonly threads: number;
  private server: { modelPath: string; ready: Promise<WhisperServer> } | null = null;
  private readonly sessions = new Map<string, LiveSession>();
  /** Engine starts run one after another, so two recordings never start two engines. */
  private starting: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LiveTranscriberOptions) {
    this.serverPath = path.resolve(
      options.serverPath || process.env.REHEARSE_WHISPER_SERVER || DEFAULT_WHISPER_SERVER,
    );
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    this.threads = options.threads ?? Math.max(1, cores - 1);
  }

  /** Starts transcribing a new recording (and the engine, if it is not running); `provisional`
   * false skips the live view's decodes of the open segment (a file fed faster than real time). */
  begin(attemptId: string, options: { provisional?: boolean } = {}): void {
    const session = new LiveSession({
      attemptId,
      engine: this.engine(),
      onUpdate: this.options.onUpdate,
      provisional: options.provisional,
      decode: this.options.decode,
    });
    this.sessions.set(attemptId, session);
  }

  /** Feeds a chunk that was just appended to the recording's audio.wav. */
  push(attemptId: string, seq: number, pcm: Buffer): void {
    this.sessions.get(attemptId)?.push(seq, pcm);
  }

  /** The recording stopped: transcribe its tail now, before the review asks for it. */
  end(attemptId: string): void {
    const session = this.sessions.get(attemptId);
    if (!session) return;
    void session.finish();
    // Only this session: a later recording (or file) may have reused the id by then.
    const forget = () => {
      if (this.sessions.get(attemptId) === session) this.sessions.delete(attemptId);
    };
    setTimeout(forget, UNCLAIMED_MS).unref();
  }

  /** Hands a stopped recording's session to its review (once); undefined when there is none. */
  take(attemptId: string): LiveSession | undefined {
    const session = this.sessions.get(attemptId);
    this.sessions.delete(attemptId);
    return session;
  }

  /** The engine's process id, when it runs (tests kill it). */
  async enginePid(): Promise<number | undefined> {
    return this.server?.ready.then((s) => s.pid).catch(() => undefined);
  }

  /** Stops the engine; call once on exit. */
  async dispose(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.sessions.clear();
    await server?.ready.then((s) => s.stop()).catch(() => undefined);
  }

  private engine(): Promise<{ server: WhisperServer; model: string }> {
    const start = async () => {
      const modelPath = await this.options.resolveModel();
      const current = this.server;
      if (current?.modelPath === modelPath) {
        const server = await current.ready.catch(() => null);
        if (server?.alive) return { server, model: path.basename(modelPath) };
      }
      if (current) await current.ready.then((s) => s.stop()).catch(() => undefined);
      const ready = readDtwPreset(modelPath).then((dtwPreset) =>
        WhisperServer.start({
          serverPath: this.serverPath,
          modelPath,
          threads: this.threads,
          dtwPreset,
          // Flash attention and DTW are the server's; the search is chosen per request.
          decode: (this.options.decode ?? LIVE_DECODE).open,
        }),
      );
      ready.catch(() => undefined);
      this.server = { modelPath, ready };
      return { server: await ready, model: path.basename(modelPath) };
    };
    const started = this.starting.then(start, start);
    this.starting = started.catch(() => undefined);
    return started;
  }
}
