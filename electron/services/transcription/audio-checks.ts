import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { TranscriptionError } from './errors';
import { analyseActivity, type SpeechActivity } from './speech-activity';
import { canReadLevels, LEVEL_FRAME_SEC, readLevels } from './wav-levels';
import { looksLikeWav, probeWav, type WavInfo } from './wav-probe';

/** Checks the audio file exists and is not empty; says whether to treat it as WAV. */
export async function inspectAudio(audioPath: string): Promise<{ isWav: boolean }> {
  const info = await stat(audioPath).catch(() => null);
  if (!info) {
    throw new TranscriptionError(
      'audio-missing',
      `The audio file ${audioPath} does not exist. Check the path and try again.`,
    );
  }
  if (!info.isFile()) {
    throw new TranscriptionError(
      'audio-unreadable',
      `${audioPath} is a folder, not an audio file.`,
    );
  }
  if (info.size === 0) {
    throw new TranscriptionError(
      'audio-empty',
      `${path.basename(audioPath)} is empty (0 bytes): there is nothing to transcribe.`,
    );
  }
  const handle = await open(audioPath, 'r');
  try {
    const head = Buffer.alloc(12);
    await handle.read(head, 0, 12, 0);
    // A .wav name without a RIFF header is reported by our probe, not left to the decoder,
    // which may take random bytes for MP3 frames.
    return { isWav: looksLikeWav(head) || /\.wave?$/i.test(audioPath) };
  } finally {
    await handle.close();
  }
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
