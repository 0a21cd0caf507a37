import path from 'node:path';
import { classifyWhisperStderr, stderrTail } from '../../../shared/whisper/stderr';
import { TranscriptionError } from './errors';
import type { WhisperRun } from './run-whisper';

/** What the failure message may name. */
export type RunContext = {
  cliPath: string;
  modelPath: string;
  audioPath: string;
  timeoutMs: number;
  maxAudioSec: number;
};

const minutes = (sec: number) => `${Math.round(sec / 60)} minutes`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * The error for a whisper-cli run that gave no usable output, or null when it ended normally.
 * whisper-cli exits 0 even when it could not read the audio, so a clean exit is checked by the
 * caller against the JSON file, and this also reads stderr for that case (`noOutput`).
 */
export function runFailure(
  run: WhisperRun,
  ctx: RunContext,
  noOutput: boolean,
): TranscriptionError | null {
  const audio = path.basename(ctx.audioPath);
  const tail = stderrTail(run.stderr);
  if (run.spawnError) {
    const code = run.spawnError.code === 'ENOENT' ? 'engine-missing' : 'engine-failed';
    return new TranscriptionError(
      code,
      `The transcription engine could not be started (${run.spawnError.code ?? run.spawnError.message}): ${ctx.cliPath}. ` +
        'Rebuild it with `node scripts/build-whisper.mjs`.',
      run.spawnError.message,
    );
  }
  if (run.stoppedBecause === 'cancelled') {
    return new TranscriptionError(
      'cancelled',
      'The transcription was cancelled before it finished.',
    );
  }
  if (run.stoppedBecause === 'timeout') {
    return new TranscriptionError(
      'timeout',
      `Transcribing ${audio} took longer than ${seconds(ctx.timeoutMs)} and was stopped. ` +
        'Try a smaller model, or try again when the computer is less busy.',
      tail,
    );
  }
  if (run.stoppedBecause === 'too-long') {
    return new TranscriptionError(
      'audio-too-long',
      `${audio} lasts about ${minutes(run.audioSec ?? 0)}; Rehearse transcribes up to ${minutes(ctx.maxAudioSec)}. ` +
        'Trim it or split it into shorter answers.',
    );
  }
  const kind = classifyWhisperStderr(run.stderr);
  // A damaged model can make ggml abort (SIGABRT) or crash while loading instead of failing cleanly.
  const crashedLoading = !run.modelLoaded && run.signal !== null && run.signal !== 'SIGKILL';
  if (kind === 'model-invalid' || crashedLoading) {
    return new TranscriptionError(
      'model-invalid',
      `The speech model ${path.basename(ctx.modelPath)} could not be loaded; the file may be damaged or incomplete. ` +
        'Download it again or pick another model.',
      tail,
    );
  }
  if (run.signal) {
    return new TranscriptionError(
      'engine-crashed',
      `The transcription engine stopped unexpectedly (${run.signal}) while transcribing ${audio}. ` +
        'Try again; if it keeps happening, pick a smaller model or close other programs to free memory.',
      tail,
    );
  }
  if (run.exitCode !== 0 || noOutput) {
    if (kind === 'audio-unreadable' || kind === 'audio-missing') {
      return new TranscriptionError(
        kind,
        `${audio} could not be read as audio. Rehearse reads WAV, MP3, FLAC and OGG files; ` +
          'convert it, e.g. `ffmpeg -i <file> -ar 16000 -ac 1 answer.wav`.',
        tail,
      );
    }
    return new TranscriptionError(
      'engine-failed',
      `The transcription engine failed on ${audio} (exit code ${run.exitCode}${tail ? `: ${tail.split('\n').pop()}` : ''}). ` +
        'Try again; if it keeps failing, rebuild it with `node scripts/build-whisper.mjs`.',
      tail,
    );
  }
  return null;
}
