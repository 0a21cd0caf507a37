import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { WhisperOutput } from '../../../../shared/whisper/whisper-json';
import type { DecodeSettings } from './engine-settings';
import { freeLoopbackPort } from './free-port';
import { serverToWhisperOutput } from './server-output';

/** What starting the resident engine needs. */
export type WhisperServerOptions = {
  serverPath: string;
  modelPath: string;
  threads: number;
  /** DTW alignment-head preset of the model (dtw-preset.ts), used when decode.dtw is on. */
  dtwPreset: string | null;
  /** The engine's flash attention and DTW (fixed for its life), and the search requests use
   * unless they name their own. */
  decode: DecodeSettings;
  /** How long loading the model may take before the start is given up. */
  startTimeoutMs?: number;
};

const KEEP = 16 * 1024;
const BIND_ATTEMPTS = 3;

/** Why the resident engine could not start or answer; the caller falls back to whisper-cli. */
class EngineUnavailable extends Error {
  override readonly name = 'EngineUnavailable';
}

/**
 * whisper.cpp's server example kept running with the model loaded, so a segment costs its
 * compute, not a model load. It listens on 127.0.0.1 only, under a random request path (its CORS
 * header allows any origin, so a web page in a local browser must not be able to guess where it
 * is), and is killed with the app.
 */
export class WhisperServer {
  private exited = false;
  private output = '';
  private readonly exitListeners = new Set<(why: string) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly base: string,
    private readonly decode: DecodeSettings,
  ) {
    const keep = (text: string) => (this.output = (this.output + text).slice(-KEEP));
    child.stdout?.setEncoding('utf8').on('data', keep);
    child.stderr?.setEncoding('utf8').on('data', keep);
    child.once('exit', (code, signal) => {
      this.exited = true;
      const why = signal ? `it was ended by ${signal}` : `it exited with code ${code}`;
      for (const listener of this.exitListeners) listener(why);
    });
    process.once('exit', this.killOnExit);
  }

  /** Starts whisper-server on a free loopback port and waits until its model is loaded. */
  static async start(options: WhisperServerOptions): Promise<WhisperServer> {
    let last: unknown;
    for (let attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
      const port = await freeLoopbackPort();
      const secret = randomBytes(12).toString('hex');
      const child = spawn(options.serverPath, serverArgs(options, port, secret), {
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
      const server = new WhisperServer(child, `http://127.0.0.1:${port}/${secret}`, options.decode);
      try {
        await server.waitReady(options.startTimeoutMs ?? 60_000);
        return server;
      } catch (error) {
        last = error;
        await server.stop();
        // Only a lost race for the port is worth another try.
        if (!/couldn't bind/.test(server.output)) break;
      }
    }
    throw last;
  }

  /** The engine's process id (tests kill it to check the fallback). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** False once the process has exited. */
  get alive(): boolean {
    return !this.exited;
  }

  /** Calls `listener` with a reason when the process exits. */
  onExit(listener: (why: string) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  /** Transcribes one WAV (16 kHz mono), `prompt` as the text before it; `decode` chooses the
   * search (beam or greedy, fallback) for this request only. */
  async transcribe(
    wav: Buffer,
    prompt: string,
    options: { signal?: AbortSignal; decode?: DecodeSettings } = {},
  ): Promise<WhisperOutput> {
    const { signal } = options;
    const decode = options.decode ?? this.decode;
    if (this.exited) throw new EngineUnavailable('the live transcription engine is not running');
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(wav)], { type: 'audio/wav' }), 'segment.wav');
    const fields: Record<string, string> = {
      response_format: 'verbose_json',
      language: 'en',
      temperature: '0',
      // The server keeps a request's settings for the next one, so every request sends all.
      temperature_inc: String(decode.temperatureInc),
      beam_size: String(decode.beamSize > 1 ? decode.beamSize : -1),
      best_of: String(decode.bestOf),
      // The server splits segments every 60 characters unless told otherwise, which can split a
      // word across two segments; a length no segment reaches keeps whisper's own segments.
      max_len: '100000',
      no_language_probabilities: 'true',
      prompt,
    };
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    // The form's bytes and boundary come from the platform's own multipart encoder; node:http
    // sends them because fetch gives up on a response slower than 300 s (a busy machine).
    const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const payload = Buffer.from(await request.arrayBuffer());
    let status: number;
    let body: string;
    try {
      ({ status, body } = await post(
        `${this.base}/inference`,
        payload,
        request.headers.get('content-type')!,
        signal,
      ));
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new EngineUnavailable(`the live transcription engine did not answer (${this.why()})`, {
        cause: error,
      });
    }
    if (status !== 200) {
      throw new EngineUnavailable(
        `the live transcription engine failed (HTTP ${status}: ${body.slice(0, 200)})`,
      );
    }
    return serverToWhisperOutput(JSON.parse(body));
  }

  /** Stops the process: SIGTERM, then SIGKILL if it has not exited within 2 s. */
  async stop(): Promise<void> {
    process.off('exit', this.killOnExit);
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await gone;
    clearTimeout(timer);
  }

  private readonly killOnExit = () => {
    if (!this.exited) this.child.kill('SIGKILL');
  };

  private why(): string {
    return this.exited ? 'it has stopped' : 'it may be overloaded';
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new EngineUnavailable(`whisper-server stopped: ${this.tail()}`);
      const ok = await fetch(`${this.base}/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new EngineUnavailable(`whisper-server did not load the model within ${timeoutMs} ms`);
  }

  private tail(): string {
    return this.output.trim().split('\n').slice(-3).join(' ');
  }
}

/** whisper-server's command line: loopback only, the model's settings fixed at start. */
function serverArgs(options: WhisperServerOptions, port: number, secret: string): string[] {
  const args = [
    '-m',
    options.modelPath,
    '-t',
    String(Math.max(1, Math.floor(options.threads))),
    '-l',
    'en',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--request-path',
    `/${secret}`,
    '-nlp',
  ];
  if (options.decode.dtw && options.dtwPreset) args.push('--dtw', options.dtwPreset, '-nfa');
  else if (!options.decode.flashAttn) args.push('-nfa');
  return args;
}

/** POSTs a body and reads the whole answer as text, with no time limit of its own. */
function post(
  url: string,
  payload: Buffer,
  contentType: string,
  signal?: AbortSignal,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': contentType, 'content-length': payload.length },
        signal,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (text: string) => (body += text));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
