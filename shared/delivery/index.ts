import type { DeliverySignal } from '../analysis/schema-delivery';
import type { TranscriptWord } from '../transcript';
import { frameLevels, HOP_SEC, speechThresholdDb } from './levels';
import { paceOverTime } from './pace-over-time';
import { findPauses, PAUSE_SEC, type PartSegment } from './pauses';
import { pitchSignal } from './pitch';
import { volumeSignal } from './volume';

/** What the delivery analysis reads: mono samples in [-1, 1], the transcript's words, and the
 * STAR-L segments (text offsets) so a pause can say what it comes before. */
export type DeliveryInput = {
  samples: Float32Array;
  sampleRate: number;
  text: string;
  words: readonly TranscriptWord[];
  segments: readonly PartSegment[];
};

/** How the answer sounded: pace over time, long pauses, volume and pitch. Pure and synchronous. */
export function analyzeDelivery(input: DeliveryInput): DeliverySignal {
  const { samples, sampleRate } = input;
  const words = input.words.filter((w) => Number.isFinite(w.start) && w.end >= w.start);
  const levels = frameLevels(samples, sampleRate);
  const threshold = speechThresholdDb(levels);
  const speech = (sec: number) => (levels[Math.floor(sec / HOP_SEC)] ?? -Infinity) >= threshold;
  return {
    durationSec: Math.round((samples.length / sampleRate) * 100) / 100,
    pace: paceOverTime(words),
    pauses: {
      thresholdSec: PAUSE_SEC,
      pauses: findPauses(levels, threshold, words, input.segments),
    },
    volume: volumeSignal(samples, sampleRate, levels, threshold, input.text, words),
    pitch: pitchSignal(samples, sampleRate, speech),
  };
}
