import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatBytes } from '../../../shared/models/format-bytes';
import { runWhisper } from '../transcription/run-whisper';
import { buildWavHeader } from '../wav/format';

/** How a probe run ended: loaded, or why not (a phrase for a sentence). */
type ProbeResult = { ok: true } | { ok: false; why: string };

/** Runs a model once before Rehearse accepts it. */
export type ModelProbe = (modelPath: string) => Promise<ProbeResult>;

/**
 * The memory a model may take while loaded in the probe: its file and room for whisper.cpp's
 * buffers, thread arenas and code (tiny.en, 78 MB, needs 600-800 MB of address space with one
 * thread). A damaged file whose sizes were flipped asks for many GB and is stopped here.
 */
function probeCeilingBytes(fileBytes: number): number {
  return 1_000_000_000 + 4 * fileBytes;
}

const RSS_POLL_MS = 100;

/** Resident memory of a process in bytes (/proc on Linux, ps elsewhere); null once it is gone. */
function rssBytes(pid: number): Promise<number | null> {
  return fs.promises.readFile(`/proc/${pid}/status`, 'utf8').then(
    (status) => Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024,
    () =>
      new Promise((resolve) =>
        execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, out) =>
          resolve(error ? null : Number(out) * 1024),
        ),
      ),
  );
}

/** One second of digital silence at 16 kHz: enough for whisper-cli to load the model and run. */
async function silentClip(dir: string): Promise<string> {
  const file = path.join(dir, 'silence.wav');
  await fs.promises.writeFile(
    file,
    Buffer.concat([buildWavHeader(16000, 32000), Buffer.alloc(32000)]),
  );
  return file;
}

/**
 * A probe that loads the model in whisper-cli on a short silent clip under a memory ceiling: the
 * address space is limited with `ulimit -v` where the shell has it (Linux), and the process is
 * killed if its resident memory passes the ceiling anyway (macOS does not enforce that limit).
 */
export function whisperProbe(cliPath: string, timeoutMs = 120_000): ModelProbe {
  return async (modelPath) => {
    const engine = await fs.promises.access(cliPath, fs.constants.X_OK).then(
      () => true,
      () => false,
    );
    if (!engine) {
      return {
        ok: false,
        why: `the transcription engine (whisper-cli) was not found at ${cliPath} to check it`,
      };
    }
    const ceiling = probeCeilingBytes((await fs.promises.stat(modelPath)).size);
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rehearse-probe-'));
    const abort = new AbortController();
    let overMemory = false;
    let watch: NodeJS.Timeout | undefined;
    try {
      const args = ['-m', modelPath, '-f', await silentClip(dir), '-t', '1', '-np', '-nt'];
      const posix = process.platform !== 'win32';
      // `ulimit -v` takes KiB; if the shell cannot set it, the resident-memory watch still holds.
      const script = 'ulimit -v "$1" 2>/dev/null; shift; exec "$@"';
      const run = await runWhisper({
        cliPath: posix ? '/bin/sh' : cliPath,
        args: posix
          ? ['-c', script, 'probe', String(Math.floor(ceiling / 1024)), cliPath, ...args]
          : args,
        timeoutMs,
        signal: abort.signal,
        maxAudioSec: 60,
        onSpawn: (pid) => {
          watch = setInterval(() => {
            void rssBytes(pid).then((rss) => {
              if (rss !== null && rss > ceiling) {
                overMemory = true;
                abort.abort();
              }
            });
          }, RSS_POLL_MS);
        },
      });
      if (overMemory)
        return {
          ok: false,
          why: `it used more than ${formatBytes(ceiling)} of memory while loading`,
        };
      if (run.spawnError)
        return {
          ok: false,
          why: `the transcription engine could not be started (${run.spawnError.code ?? run.spawnError.message})`,
        };
      if (run.stoppedBecause === 'timeout')
        return { ok: false, why: `it did not load within ${Math.round(timeoutMs / 1000)} s` };
      if (run.exitCode === 0) return { ok: true };
      const last = run.stderr.trim().split('\n').filter(Boolean).pop() ?? '';
      const ended = run.signal
        ? `was stopped by ${run.signal}`
        : `exited with code ${run.exitCode}`;
      return {
        ok: false,
        why: `the transcription engine could not load it within ${formatBytes(ceiling)} of memory (whisper-cli ${ended}${last ? `: "${last.slice(0, 200)}"` : ''})`,
      };
    } finally {
      clearInterval(watch);
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  };
}
