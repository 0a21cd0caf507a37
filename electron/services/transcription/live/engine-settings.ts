/** How whisper decodes (the table in docs/engine-settings.md, made by
 * bench/engine-settings-bench.ts, compares the options on the same audio). */
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

/** Decoding of the live engine (whisper-server while recording): greedy with temperature
 * fallback and flash attention, so segments keep up with speech on a small machine. */
export const LIVE_DECODE: DecodeSettings = {
  beamSize: 1,
  bestOf: 2,
  temperatureInc: 0.2,
  flashAttn: true,
  dtw: false,
};

/** Decoding of a whole file (whisper-cli after Stop when live transcription could not serve, and
 * "Transcribe again, whole file"): whisper.cpp's own defaults (5-wide beam, best of 5,
 * temperature fallback) with DTW word timing, the settings the word-timing integration test
 * holds to 0.3 s. Flash attention without DTW was not measured to keep that bound (see
 * docs/engine-settings.md), so it is not the default. */
export const WHOLE_FILE_DECODE: DecodeSettings = {
  beamSize: 5,
  bestOf: 5,
  temperatureInc: 0.2,
  flashAttn: false,
  dtw: true,
};
