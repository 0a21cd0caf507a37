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

/** The live engine's decoding per request: both run on one resident server, so they share its
 * flash attention and DTW settings (fixed when it starts), and differ in the search. */
export type LiveDecode = {
  /** Segments cut at a pause while the speaker goes on: nobody waits on them, so they get the
   * whole-file path's 5-wide beam (docs/engine-settings.md: greedy cost 3.6 WER points live). */
  cut: DecodeSettings;
  /** Decodes of the open segment (the live view, the pause before Stop, the tail at Stop): the
   * user may be waiting on them, so they stay greedy. */
  open: DecodeSettings;
};

/** Decoding of the live engine (whisper-server while recording). DTW word timing (which needs
 * flash attention off): without it whisper-server's token times crowd a segment's words at its
 * end, up to 1 s before the voice (the live case of the word-timing integration test). */
export const LIVE_DECODE: LiveDecode = {
  cut: { beamSize: 5, bestOf: 5, temperatureInc: 0.2, flashAttn: false, dtw: true },
  open: { beamSize: 1, bestOf: 2, temperatureInc: 0.2, flashAttn: false, dtw: true },
};

/** Decoding of a whole file (whisper-cli after Stop when live transcription could not serve, and
 * "Transcribe again, whole file"): whisper.cpp's own defaults (5-wide beam, best of 5,
 * temperature fallback) with DTW word timing, the settings the word-timing integration test
 * holds to its bound. Flash attention without DTW puts sentence starts 1 s off (the table in
 * docs/engine-settings.md), so it is not used. */
export const WHOLE_FILE_DECODE: DecodeSettings = {
  beamSize: 5,
  bestOf: 5,
  temperatureInc: 0.2,
  flashAttn: false,
  dtw: true,
};
