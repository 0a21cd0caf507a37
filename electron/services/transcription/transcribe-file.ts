import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Transcript } from '../../../shared/transcript';
import { buildTranscript, noSpeechTranscript } from '../../../shared/whisper/build-transcript';
import { parseWhisperJson } from '../../../shared/whisper/whisper-json';
import { checkWav, inspectAudio } from '../wav/checks';
import { assertModelFile, assertWhisperCli } from './engine-paths';
import { TranscriptionError } from './errors';
import { runFailure } from './run-failure';
import { runWhisper } from './run-whisper';
import { readDtwPreset } from './dtw-preset';
import { isSilentOrSteadyNoise, segmentHasSpeech } from './speech-activity';
import { speechTimeline } from './speech-timeline';
import { writeRepairedWav } from '../wav/repair';
import type { DecodeSettings } from './live/engine-settings';
import { buildWhisperArgs } from './whisper-args';

/** Everything one transcription needs. */
export type TranscribeFileOptions = {
  cliPath: string;
  modelPath: string;
  threads: number;
  /** Stop after this long; by default 5x the audio length, at least 10 minutes. */
  timeoutMs?: number;
  maxAudioSec: number;
  prompt?: string;
  language?: string;
  signal: AbortSignal;
  onProgress?: (percent: number) => void;
  onSpawn?: (pid: number) => void;
  /** Decoding settings; absent: whisper-cli's defaults (see whisper-args.ts). */
  decode?: DecodeSettings;
};

const cancelled = () => new TranscriptionError('cancelled', 'The transcription was cancelled.');

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
  const { isWav } = await inspectAudio(audioPath);
  const checked = isWav ? await checkWav(audioPath, options.maxAudioSec) : null;
  const base = { model: path.basename(options.modelPath), createdAt: new Date().toISOString() };
  if (checked?.activity && isSilentOrSteadyNoise(checked.activity)) {
    return noSpeechTranscript({ ...base, audioDurationSec: checked.wav.durationSec });
  }
  if (options.signal.aborted) throw cancelled();

  const dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-whisper-'));
  try {
    let input = audioPath;
    if (checked?.wav.sizeUnknown) {
      input = path.join(dir, 'repaired.wav');
      await writeRepairedWav(audioPath, checked.wav, input);
    }
    const outputBase = path.join(dir, 'out');
    const knownSec = checked?.wav.durationSec ?? options.maxAudioSec;
    const timeoutMs = options.timeoutMs ?? Math.max(600_000, knownSec * 5000);
    const wantsDtw = !options.decode || options.decode.dtw;
    const dtwPreset = wantsDtw ? await readDtwPreset(options.modelPath) : null;
    const run = await runWhisper({
      cliPath: options.cliPath,
      args: buildWhisperArgs({ ...options, audioPath: input, outputBase, dtwPreset }),
      timeoutMs,
      signal: options.signal,
      maxAudioSec: options.maxAudioSec,
      onProgress: options.onProgress,
      onSpawn: options.onSpawn,
    });
    const raw = await readFile(`${outputBase}.json`, 'utf8').catch(() => null);
    const failure = runFailure(run, { ...options, audioPath, timeoutMs }, raw === null);
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
      speech: activity ? speechTimeline(activity) : undefined,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
