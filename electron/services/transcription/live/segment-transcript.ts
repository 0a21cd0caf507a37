import type { Transcript } from '../../../../shared/transcript';
import { buildTranscript, noSpeechTranscript } from '../../../../shared/whisper/build-transcript';
import { buildWavHeader } from '../../wav/format';
import { analyseActivity, isSilentOrSteadyNoise, segmentHasSpeech } from '../speech-activity';
import { speechTimeline } from '../speech-timeline';
import { LEVEL_FRAME_SEC } from '../../wav/levels';
import type { DecodeSettings } from './engine-settings';
import type { WhisperServer } from './whisper-server';

/** One cut of the recording, ready to transcribe. */
export type SegmentAudio = {
  startSec: number;
  /** 16 kHz mono 16-bit samples of the segment. */
  pcm: Buffer;
  /** The segment's 30 ms frame levels (the same frames as the recording's). */
  levels: Float32Array;
};

/**
 * Transcribes one segment with the resident engine, the text before it as the prompt, and
 * builds its transcript exactly as the whole-file path does (segments without speech dropped,
 * word starts fitted to speech onsets), its times relative to the segment's start. Silence or
 * steady noise is answered without running whisper.
 */
export async function transcribeSegment(
  server: WhisperServer,
  segment: SegmentAudio,
  prompt: string,
  model: string,
  request: { signal?: AbortSignal; decode?: DecodeSettings } = {},
): Promise<Transcript> {
  const durationSec = segment.pcm.length / 2 / 16_000;
  const base = { model, createdAt: new Date().toISOString(), audioDurationSec: durationSec };
  const activity = analyseActivity(segment.levels, LEVEL_FRAME_SEC);
  if (isSilentOrSteadyNoise(activity)) return noSpeechTranscript(base);
  const wav = Buffer.concat([buildWavHeader(16_000, segment.pcm.length), segment.pcm]);
  const output = await server.transcribe(wav, prompt, request);
  return buildTranscript(output, {
    ...base,
    hasSpeech: (start, end) => segmentHasSpeech(activity, start, end),
    speech: speechTimeline(activity),
  });
}
