import { spawn } from 'node:child_process';
import { parseAudioInfoLine, parseProgressLine } from '../../../shared/whisper/stderr';

/** How one whisper-cli process ended. */
export type WhisperRun = {
  exitCode: number | null;
  /** The signal that ended it, when one did. */
  signal: NodeJS.Signals | null;
  /** Why we stopped it ourselves, when we did. */
  stoppedBecause: 'cancelled' | 'timeout' | 'too-long' | null;
  /** The last 64 KiB of stderr. */
  stderr: string;
  /** Decoded audio length whisper-cli reported, in seconds. */
  audioSec: number | null;
  /** True once whisper-cli got past loading the model (it started reading the audio). */
  modelLoaded: boolean;
  /** Set when the process could not be started at all. */
  spawnError?: NodeJS.ErrnoException;
};

/** Options of one run. */
export type RunWhisperOptions = {
  cliPath: string;
  args: string[];
  timeoutMs: number;
  signal: AbortSignal;
  /** Longest audio accepted; longer audio stops the run as soon as whisper-cli reports it. */
  maxAudioSec: number;
  onProgress?: (percent: number) => void;
  onSpawn?: (pid: number) => void;
};

const STDERR_KEEP = 64 * 1024;

/**
 * Runs whisper-cli once and reports how it ended; never rejects. It is killed with SIGKILL on
 * cancel, on timeout and when the decoded audio is longer than allowed: it holds nothing worth
 * a graceful stop, and SIGKILL cannot be ignored by a stuck process.
 */
export function runWhisper(options: RunWhisperOptions): Promise<WhisperRun> {
  return new Promise((resolve) => {
    const result: WhisperRun = {
      exitCode: null,
      signal: null,
      stoppedBecause: null,
      stderr: '',
      audioSec: null,
      modelLoaded: false,
    };
    const child = spawn(options.cliPath, options.args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    const stop = (why: NonNullable<WhisperRun['stoppedBecause']>) => {
      if (result.stoppedBecause === null) result.stoppedBecause = why;
      child.kill('SIGKILL');
    };
    const onAbort = () => stop('cancelled');
    if (options.signal.aborted) onAbort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    if (child.pid !== undefined) options.onSpawn?.(child.pid);

    let pending = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => {
      result.stderr = (result.stderr + text).slice(-STDERR_KEEP);
      const lines = (pending + text).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('read_audio_data:')) result.modelLoaded = true;
        const percent = parseProgressLine(line);
        if (percent !== null) options.onProgress?.(percent);
        const audio = parseAudioInfoLine(line);
        if (audio) {
          result.audioSec = audio.samples / 16000;
          if (result.audioSec > options.maxAudioSec) stop('too-long');
        }
      }
    });
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      // After a successful start, 'error' only reports a failed kill; 'close' still follows.
      if (child.pid !== undefined) return;
      result.spawnError = error;
      finish();
    });
    child.on('close', (code, signal) => {
      result.exitCode = code;
      result.signal = signal;
      finish();
    });
  });
}
