/**
 * How whisper decodes, chosen by measurement (docs/engine-settings.md, made by
 * bench/engine-settings-bench.ts): greedy decoding with temperature fallback is as accurate as a
 * 5-wide beam on spoken answers at a fraction of the time, and flash attention with token
 * timestamps fitted to speech onsets keeps word starts within 0.3 s without the cost of DTW.
 */
export type DecodeSettings = {
  /** 1 or less: greedy; more: beam search of that width. */
  beamSize: number;
  /** Candidates sampled when greedy decoding falls back to a higher temperature. */
  bestOf: number;
  /** Temperature step of the fallback; 0 turns the fallback off. */
  temperatureInc: number;
  /** Flash attention (faster); whisper.cpp turns DTW off under it. */
  flashAttn: boolean;
  /** DTW token alignment with the model's heads (needs flashAttn off). */
  dtw: boolean;
};

/** The app's defaults for both engines (whisper-server while recording, whisper-cli after). */
export const DEFAULT_DECODE: DecodeSettings = {
  beamSize: 1,
  bestOf: 2,
  temperatureInc: 0.2,
  flashAttn: true,
  dtw: false,
};
