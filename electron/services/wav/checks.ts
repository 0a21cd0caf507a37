import path from 'node:path';
import type { Attempt } from '../../../shared/contract/attempts';
import { formatSeconds } from '../attempts/attempt-errors';
import { systemCode } from '../storage/errno';
import { checkRegularFile, readFileStart, type FileCheck } from '../storage/regular-file';
import { TranscriptionError } from '../transcription/errors';
import { analyseActivity, type SpeechActivity } from '../transcription/speech-activity';
import { WAV_HEADER_BYTES, pcmDurationSec } from './format';
import { canReadLevels, LEVEL_FRAME_SEC, readLevels } from './levels';
import { isWavProblem, looksLikeWav, parseWavHeader, probeWavFile, type WavInfo } from './probe';

const DELETE_HINT = 'Delete the attempt to remove it from the list.';
const AUDIO = 'The audio file (audio.wav)';

function unreadable(code: string | undefined): string {
  return `${AUDIO} cannot be read (${code ?? 'unknown error'}). Check that the data folder is readable, then reopen Rehearse.`;
}

function notAFile(checked: Exclude<FileCheck, { ok: true }>): string {
  if (checked.reason === 'missing') {
    return `${AUDIO} is missing, so this recording cannot be replayed or transcribed. ${DELETE_HINT}`;
  }
  if (checked.reason === 'not-a-file')
    return `${AUDIO} is ${checked.kind}, not a recording. ${DELETE_HINT}`;
  return unreadable(checked.code);
}

/**
 * Checks an attempt's audio.wav without reading its samples: a regular file, readable, our WAV
 * layout, the attempt's format, and as long as its header says. Returns what is wrong in words a
 * person can act on, or null when the file is fine. A recording still in progress is not held to
 * its header, which says "no data" until the recording finishes.
 */
export async function checkAudio(file: string, attempt: Attempt): Promise<string | null> {
  const checked = await checkRegularFile(file);
  if (!checked.ok) return notAFile(checked);
  let head: Buffer;
  try {
    head = await readFileStart(file, WAV_HEADER_BYTES);
  } catch (error) {
    return unreadable(systemCode(error));
  }
  const size = checked.stat.size;
  const header = parseWavHeader(head, size);
  if (isWavProblem(header)) {
    return `${AUDIO} is damaged: ${header.why}. It cannot be replayed. ${DELETE_HINT}`;
  }
  if (header.sampleRate !== attempt.sampleRate) {
    return `${AUDIO} is at ${header.sampleRate} Hz but the attempt was recorded at ${attempt.sampleRate} Hz; the file was probably replaced. ${DELETE_HINT}`;
  }
  const present = size - WAV_HEADER_BYTES;
  if (attempt.status !== 'recording' && header.dataSize > present) {
    const has = formatSeconds(pcmDurationSec(present, header.sampleRate));
    const had = formatSeconds(pcmDurationSec(header.dataSize, header.sampleRate));
    return `${AUDIO} was cut short: it holds ${has} of the ${had} recorded, perhaps after a copy that did not finish. ${DELETE_HINT}`;
  }
  return null;
}

/** Checks the audio file to transcribe exists, is a regular file and is not empty; says whether
 * to treat it as WAV. */
export async function inspectAudio(audioPath: string): Promise<{ isWav: boolean }> {
  const checked = await checkRegularFile(audioPath);
  if (!checked.ok && checked.reason === 'missing') {
    throw new TranscriptionError(
      'audio-missing',
      `The audio file ${audioPath} does not exist. Check the path and try again.`,
    );
  }
  if (!checked.ok) {
    const what = checked.kind ?? `unreadable (${checked.code ?? 'unknown error'})`;
    throw new TranscriptionError('audio-unreadable', `${audioPath} is ${what}, not an audio file.`);
  }
  if (checked.stat.size === 0) {
    throw new TranscriptionError(
      'audio-empty',
      `${path.basename(audioPath)} is empty (0 bytes): there is nothing to transcribe.`,
    );
  }
  const head = await readFileStart(audioPath, 12);
  // A .wav name without a RIFF header is reported by our probe, not left to the decoder,
  // which may take random bytes for MP3 frames.
  return { isWav: looksLikeWav(head) || /\.wave?$/i.test(audioPath) };
}

/** Reads a WAV file's header for transcription; a TranscriptionError a person can act on when it
 * is not a usable WAV file or holds no samples. */
export async function probeWav(audioPath: string): Promise<WavInfo> {
  const name = path.basename(audioPath);
  const info = await probeWavFile(audioPath);
  if (isWavProblem(info) && info.problem === 'empty') {
    throw new TranscriptionError(
      'audio-empty',
      `${name} is empty (0 bytes): there is nothing to transcribe.`,
    );
  }
  if (isWavProblem(info)) {
    throw new TranscriptionError(
      'audio-unreadable',
      `${name} is not a readable WAV file (${info.why}). Record again, or convert it to 16 kHz mono WAV, ` +
        'e.g. `sox in.wav -r 16000 -c 1 -b 16 out.wav`.',
    );
  }
  if (info.dataBytes === 0) {
    throw new TranscriptionError('audio-empty', `${name} holds a WAV header but no audio samples.`);
  }
  return info;
}

/**
 * Probes a WAV file's header (refusing it when longer than allowed, before any sample is read)
 * and measures its speech activity by streaming the samples.
 */
export async function checkWav(
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
