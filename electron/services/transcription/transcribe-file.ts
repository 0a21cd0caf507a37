import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Transcript } from '../../../shared/transcript';
import { buildTranscript, noSpeechTranscript } from '../../../shared/whisper/build-transcript';
import { parseWhisperJson } from '../../../shared/whisper/whisper-json';
import { assertModelFile, assertWhisperCli } from './engine-paths';
import { TranscriptionError } from './errors';
import { runFailure } from './run-failure';
import { runWhisper } from './run-whisper';
import {
  analyseActivity,
  isSilentOrSteadyNoise,
  segmentHasSpeech,
  type SpeechActivity,
} from './speech-activity';
import { buildWhisperArgs } from './whisper-args';
import { canReadLevels, LEVEL_FRAME_SEC, readLevels } from './wav-levels';
import { looksLikeWav, probeWav, type WavInfo } from './wav-probe';

/** Everything one transcription needs. */
export type TranscribeFileOptions = {
  cliPath: string;
  modelPath: string;
  threads: number;
  /** Stop after this long; by default 3x the audio length, at least 5 minutes. */
  timeoutMs?: number;
  maxAudioSec: number;
  prompt?: string;
  language?: string;
  signal: AbortSignal;
  onProgress?: (percent: number) => void;
  onSpawn?: (pid: number) => void;
};

/** Reads the first bytes and checks the file is there and not empty. */
async function inspect(audioPath: string): Promise<{ isWav: boolean }> {
  const info = await stat(audioPath).catch(() => null);
  const name = path.basename(audioPath);
  if (!info) {
    throw new TranscriptionError(
      'audio-missing',
      `The audio file ${audioPath} does not exist. Check the path and try again.`,
    );
  }
  if (!info.isFile())
    throw new TranscriptionError('audio-unreadable', `${audioPath} is not a file.`);
  if (info.size === 0) {
    throw new TranscriptionError(
      'audio-empty',
      `${name} is empty (0 bytes): there is nothing to transcribe.`,
    );
  }
  const handle = await open(audioPath, 'r');
  try {
    const head = Buffer.alloc(12);
    await handle.read(head, 0, 12, 0);
    return { isWav: looksLikeWav(head) || /\.wave?$/i.test(audioPath) };
  } finally {
    await handle.close();
  }
}

/** Probes a WAV file, refuses it when too long, and measures its speech activity. */
async function checkWav(
  audioPath: string,
  maxAudioSec: number,
): Promise<{ wav: WavInfo; activity: SpeechActivity | null }> {
  const wav = await probeWav(audioPath);
  if (wav.durationSec > maxAudioSec) {
    throw new TranscriptionError(
      'audio-too-long',
      `${path.basename(audioPath)} lasts ${Math.round(wav.durationSec / 60)} minutes; Rehearse transcribes up to ` +
        `${Math.round(maxAudioSec / 60)} minutes. Trim it or split it into shorter answers.`,
    );
  }
  const activity = canReadLevels(wav)
    ? analyseActivity(await readLevels(audioPath, wav), LEVEL_FRAME_SEC)
    : null;
  return { wav, activity };
}

/**
 * Transcribes one audio file with whisper-cli: checks engine, model and audio first (so each
 * problem gets its own message), answers "no speech" without running whisper when the audio is
 * silence or steady noise, and drops whisper segments where the audio holds no speech.
 */
export async function transcribeFile(
  audioPath: string,
  options: TranscribeFileOptions,
): Promise<Transcript> {
  await assertWhisperCli(options.cliPath);
  await assertModelFile(options.modelPath);
  const { isWav } = await inspect(audioPath);
  const checked = isWav ? await checkWav(audioPath, options.maxAudioSec) : null;
  const base = { model: path.basename(options.modelPath), createdAt: new Date().toISOString() };
  if (checked?.activity && isSilentOrSteadyNoise(checked.activity)) {
    options.onProgress?.(100);
    return noSpeechTranscript({ ...base, audioDurationSec: checked.wav.durationSec });
  }
  if (options.signal.aborted)
    throw new TranscriptionError('cancelled', 'The transcription was cancelled.');

  const dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-whisper-'));
  try {
    const outputBase = path.join(dir, 'out');
    const knownSec = checked?.wav.durationSec ?? options.maxAudioSec;
    const timeoutMs = options.timeoutMs ?? Math.max(300_000, knownSec * 3000);
    const run = await runWhisper({
      cliPath: options.cliPath,
      args: buildWhisperArgs({ ...options, audioPath, outputBase }),
      timeoutMs,
      signal: options.signal,
      maxAudioSec: options.maxAudioSec,
      onProgress: options.onProgress,
      onSpawn: options.onSpawn,
    });
    const raw = await readFile(`${outputBase}.json`, 'utf8').catch(() => null);
    const ctx = { ...options, audioPath, timeoutMs };
    const failure = runFailure(run, ctx, raw === null);
    if (failure) throw failure;
    let output;
    try {
      output = parseWhisperJson(raw!);
    } catch (error) {
      throw new TranscriptionError(
        'output-invalid',
        `The transcription engine's output for ${path.basename(audioPath)} could not be read. Try again.`,
        String(error),
      );
    }
    const lastEnd = Math.max(0, ...output.transcription.map((s) => s.offsets.to / 1000));
    const activity = checked?.activity;
    return buildTranscript(output, {
      ...base,
      audioDurationSec: checked?.wav.durationSec ?? run.audioSec ?? lastEnd,
      hasSpeech: activity ? (start, end) => segmentHasSpeech(activity, start, end) : undefined,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
