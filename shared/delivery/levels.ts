/** Hop of the loudness analysis: 10 ms, fine enough to place a pause edge within 0.2 s. */
export const HOP_SEC = 0.01;

/** Frames quieter than this (dBFS) are silence whatever the speech level: below a laptop
 * microphone's noise floor. */
const SILENCE_FLOOR_DB = -60;
/** Speech frames are those within this many dB of the loud end of the recording (its 95th
 * percentile): syllable nuclei sit 10 to 20 dB above the gaps between words, and a
 * 30 dB margin keeps quiet consonants and sentence ends in. */
const SPEECH_RANGE_DB = 30;

/** RMS of each 10 ms frame in dBFS (-Infinity for digital silence). */
export function frameLevels(samples: Float32Array, sampleRate: number): Float32Array {
  const hop = Math.max(1, Math.round(sampleRate * HOP_SEC));
  const out = new Float32Array(Math.ceil(samples.length / hop));
  for (let f = 0; f < out.length; f++) {
    const end = Math.min(samples.length, (f + 1) * hop);
    let sum = 0;
    for (let i = f * hop; i < end; i++) sum += samples[i] * samples[i];
    out[f] = 10 * Math.log10(sum / (end - f * hop));
  }
  return out;
}

/** The q-quantile (0..1) of finite values; NaN when there are none. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const finite = Array.from(values).filter(Number.isFinite);
  if (!finite.length) return NaN;
  finite.sort((a, b) => a - b);
  return finite[Math.min(finite.length - 1, Math.max(0, Math.floor(q * (finite.length - 1))))];
}

/** The level (dBFS) above which a frame counts as speech: 30 dB under the loud end of the
 * recording, never under the -60 dBFS floor. */
export function speechThresholdDb(levels: Float32Array): number {
  const loud = quantile(levels, 0.95);
  return Number.isFinite(loud) ? Math.max(SILENCE_FLOOR_DB, loud - SPEECH_RANGE_DB) : Infinity;
}
