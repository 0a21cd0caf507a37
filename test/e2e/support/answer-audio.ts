import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { concat, speak, synth } from '../../integration/helpers/audio';

/** One spoken sentence inside a composed answer: where its speech starts and ends in the file. */
type PlacedSentence = { text: string; startSec: number; endSec: number };

/** A composed answer: the WAV and where each sentence is spoken. */
export type ComposedAnswer = { file: string; durationSec: number; sentences: PlacedSentence[] };

const FRAME = 160; // 10 ms at 16 kHz
const SPEECH_RMS = 0.02;

/** 16-bit mono samples of a WAV written by sox (44-byte header), scaled to -1..1. */
export function readSamples(file: string): Float32Array {
  const data = fs.readFileSync(file).subarray(44);
  const out = new Float32Array(Math.floor(data.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = data.readInt16LE(i * 2) / 32768;
  return out;
}

/** RMS of each 10 ms frame. */
export function envelope(samples: Float32Array): Float32Array {
  const frames = new Float32Array(Math.floor(samples.length / FRAME));
  for (let f = 0; f < frames.length; f++) {
    let sum = 0;
    for (let j = 0; j < FRAME; j++) sum += samples[f * FRAME + j]! ** 2;
    frames[f] = Math.sqrt(sum / FRAME);
  }
  return frames;
}

/** First and last moment (seconds) a sentence WAV is louder than speech level: espeak pads its
 * output with a little silence, and "where the phrase is spoken" means the voice, not the pad. */
function voicedSpan(file: string): { from: number; to: number; duration: number } {
  const samples = readSamples(file);
  const env = envelope(samples);
  const voiced = [...env.keys()].filter((i) => env[i]! > SPEECH_RMS);
  return {
    from: (voiced[0] ?? 0) / 100,
    to: ((voiced[voiced.length - 1] ?? 0) + 1) / 100,
    duration: samples.length / 16000,
  };
}

/** Speaks each sentence separately with espeak-ng and joins them with known silences, so where
 * each sentence is spoken is known from the audio alone (independent of any transcriber). */
export async function composeAnswer(
  name: string,
  sentences: string[],
  options: { leadSec: number; gapSec: number; tailSec: number; wpm?: number },
): Promise<ComposedAnswer> {
  const lead = await synth(`silence-${options.leadSec}`, options.leadSec);
  const gap = await synth(`silence-${options.gapSec}`, options.gapSec);
  const tail = await synth(`silence-${options.tailSec}`, options.tailSec);
  const parts = [lead];
  const placed: PlacedSentence[] = [];
  let at = options.leadSec;
  for (const [i, text] of sentences.entries()) {
    const file = await speak(text, options.wpm);
    const span = voicedSpan(file);
    placed.push({ text, startSec: at + span.from, endSec: at + span.to });
    parts.push(file);
    at += span.duration;
    if (i < sentences.length - 1) {
      parts.push(gap);
      at += options.gapSec;
    }
  }
  parts.push(tail);
  // The cache key covers the words and timings, so editing an answer rebuilds its file.
  const key = createHash('sha1').update(JSON.stringify({ sentences, options })).digest('hex');
  const file = await concat(`${name}-${key.slice(0, 10)}`, parts);
  return { file, durationSec: at + options.tailSec, sentences: placed };
}
