import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runWhisper,
  type RunWhisperOptions,
} from '../../../../../electron/services/transcription/run-whisper';

// A stand-in process that talks on stderr the way whisper-cli does, driven by its arguments:
// <samples> <exit code> <ms to linger> [bytes of extra stderr]. The real engine is exercised
// by test/integration/transcription.
const FAKE = `#!/usr/bin/env node
const [samples, code, linger, extra] = process.argv.slice(2).map(Number);
process.stderr.write('whisper_init_from_file_with_params_no_state: loading model\\n');
process.stderr.write("read_audio_data: reading audio data from 'x.wav' ...\\n");
process.stderr.write("main: processing 'x.wav' (" + samples + ' samples, ' + (samples / 16000).toFixed(1) + ' sec), 2 threads ...\\n');
if (extra) process.stderr.write('x'.repeat(extra) + '\\n');
let p = 0;
const tick = setInterval(() => {
  p += 25;
  process.stderr.write('whisper_print_progress_callback: progress = ' + String(p).padStart(3) + '%\\n');
  if (p >= 100) clearInterval(tick);
}, 5);
setTimeout(() => process.exit(code), linger);
`;

let dir: string;
let fake: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-run-'));
  fake = path.join(dir, 'fake-whisper-cli');
  await writeFile(fake, FAKE);
  await chmod(fake, 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const options = (
  args: (string | number)[],
  extra: Partial<RunWhisperOptions> = {},
): RunWhisperOptions => ({
  cliPath: fake,
  args: args.map(String),
  timeoutMs: 10_000,
  signal: new AbortController().signal,
  maxAudioSec: 1200,
  ...extra,
});

describe('runWhisper', () => {
  it('reports progress, the decoded length and the exit code', async () => {
    const progress: number[] = [];
    let pid = 0;
    const run = await runWhisper(
      options([176000, 0, 100], { onProgress: (p) => progress.push(p), onSpawn: (p) => (pid = p) }),
    );
    expect(run).toMatchObject({
      exitCode: 0,
      signal: null,
      stoppedBecause: null,
      audioSec: 11,
      modelLoaded: true,
    });
    expect(progress).toEqual([25, 50, 75, 100]);
    expect(pid).toBeGreaterThan(0);
  });

  it('passes a failing exit code through', async () => {
    expect(await runWhisper(options([16000, 3, 10]))).toMatchObject({
      exitCode: 3,
      stoppedBecause: null,
    });
  });

  it('kills the process when it runs past the time limit', async () => {
    const run = await runWhisper(options([16000, 0, 60_000], { timeoutMs: 200 }));
    expect(run).toMatchObject({ stoppedBecause: 'timeout', signal: 'SIGKILL' });
  });

  it('kills the process as soon as it reports audio longer than allowed', async () => {
    const run = await runWhisper(options([16000 * 1500, 0, 60_000], { maxAudioSec: 1200 }));
    expect(run).toMatchObject({ stoppedBecause: 'too-long', signal: 'SIGKILL', audioSec: 1500 });
  });

  it('kills the process on cancel, also when cancelled before it started', async () => {
    const controller = new AbortController();
    const pending = runWhisper(options([16000, 0, 60_000], { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toMatchObject({ stoppedBecause: 'cancelled', signal: 'SIGKILL' });
    const early = new AbortController();
    early.abort();
    expect(await runWhisper(options([16000, 0, 60_000], { signal: early.signal }))).toMatchObject({
      stoppedBecause: 'cancelled',
    });
  });

  it('reports a program that cannot be started', async () => {
    const run = await runWhisper(options([], { cliPath: path.join(dir, 'missing-cli') }));
    expect(run.spawnError?.code).toBe('ENOENT');
  });

  it('keeps only the tail of a flood of stderr', async () => {
    const run = await runWhisper(options([16000, 0, 150, 500_000]));
    expect(run.stderr.length).toBeLessThanOrEqual(64 * 1024);
    expect(run.stderr).toMatch(/progress = 100%/);
  });
});
