import { describe, expect, it } from 'vitest';
import { runFailure } from '../../../../../electron/services/transcription/run-failure';
import type { WhisperRun } from '../../../../../electron/services/transcription/run-whisper';

const ctx = {
  cliPath: '/w/whisper-cli',
  modelPath: '/m/ggml-base.en.bin',
  audioPath: '/a/answer.wav',
  timeoutMs: 90_000,
  maxAudioSec: 1200,
};
const run = (over: Partial<WhisperRun>): WhisperRun => ({
  exitCode: 0,
  signal: null,
  stoppedBecause: null,
  stderr: '',
  audioSec: 11,
  modelLoaded: true,
  ...over,
});

describe('runFailure', () => {
  it('is null for a clean run that wrote its output', () => {
    expect(runFailure(run({}), ctx, false)).toBeNull();
  });

  it('catches the exit-0-without-output case of unreadable audio', () => {
    const error = runFailure(
      run({ stderr: "error: failed to read audio file '/a/answer.wav'\n" }),
      ctx,
      true,
    );
    expect(error).toMatchObject({
      code: 'audio-unreadable',
      message: expect.stringContaining('answer.wav could not be read as audio'),
    });
    expect(error!.details).toContain('failed to read audio file');
  });

  it('maps a model that fails to load (exit 3) and a crash while loading', () => {
    const exit3 = run({
      exitCode: 3,
      modelLoaded: false,
      stderr: 'error: failed to initialize whisper context\n',
    });
    expect(runFailure(exit3, ctx, true)).toMatchObject({
      code: 'model-invalid',
      message: expect.stringContaining('ggml-base.en.bin'),
    });
    const abort = run({
      exitCode: null,
      signal: 'SIGABRT',
      modelLoaded: false,
      stderr: 'GGML_ASSERT(...) failed',
    });
    expect(runFailure(abort, ctx, true)).toMatchObject({ code: 'model-invalid' });
  });

  it('maps kills and crashes during transcription to engine-crashed', () => {
    for (const signal of ['SIGKILL', 'SIGSEGV'] as const) {
      expect(runFailure(run({ exitCode: null, signal }), ctx, true)).toMatchObject({
        code: 'engine-crashed',
        message: expect.stringContaining(`stopped unexpectedly (${signal})`),
      });
    }
    // An outside SIGKILL while the model loads (e.g. out of memory) is a crash, not a bad model.
    expect(
      runFailure(run({ exitCode: null, signal: 'SIGKILL', modelLoaded: false }), ctx, true),
    ).toMatchObject({
      code: 'engine-crashed',
    });
  });

  it('says why we stopped it ourselves', () => {
    expect(
      runFailure(run({ stoppedBecause: 'cancelled', signal: 'SIGKILL' }), ctx, true),
    ).toMatchObject({ code: 'cancelled' });
    expect(
      runFailure(run({ stoppedBecause: 'timeout', signal: 'SIGKILL' }), ctx, true),
    ).toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('longer than 90 s'),
    });
    expect(
      runFailure(run({ stoppedBecause: 'too-long', audioSec: 1800, signal: 'SIGKILL' }), ctx, true),
    ).toMatchObject({
      code: 'audio-too-long',
      message: expect.stringContaining('about 30 minutes; Rehearse transcribes up to 20 minutes'),
    });
  });

  it('quotes stderr for other failures and names the build script', () => {
    const error = runFailure(
      run({ exitCode: 10, stderr: 'whisper-cli: failed to process audio\n' }),
      ctx,
      true,
    );
    expect(error).toMatchObject({
      code: 'engine-failed',
      message: expect.stringMatching(/exit code 10: .*failed to process audio.*build-whisper/s),
    });
  });

  it('reports a program that cannot be started', () => {
    const spawnError = Object.assign(new Error('spawn EACCES'), { code: 'EACCES' });
    expect(runFailure(run({ spawnError, exitCode: null }), ctx, true)).toMatchObject({
      code: 'engine-failed',
    });
    const missing = Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' });
    expect(runFailure(run({ spawnError: missing, exitCode: null }), ctx, true)).toMatchObject({
      code: 'engine-missing',
    });
  });
});
