/**
 * A no-speech check from frame levels. Speech rises and falls by tens of dB between syllables
 * and pauses; silence stays near digital zero and steady noise (fans, hiss, white noise) stays
 * within a dB or two of its own floor. A frame counts as active when it is above an absolute
 * floor and well above the quiet level of the 10 s around it (a local floor, so a loud noisy
 * stretch does not hide quieter speech elsewhere in the recording).
 */

/** Frames quieter than this are silence whatever the recording (about a muted microphone). */
const SILENCE_DBFS = -55;
/** How far above the local quiet level (10th percentile) a frame must be to count. */
const ACTIVE_MARGIN_DB = 8;
/** The stretch of audio whose quiet level a frame is compared with. */
const FLOOR_WINDOW_SEC = 10;
/** Less active audio than this in a stretch means nobody spoke there. */
const MIN_ACTIVE_SEC = 0.15;
/** Whisper's segment times can be off by a fraction of a second; look this far around them. */
const SEGMENT_PAD_SEC = 0.5;

const BLOCK_SEC = 0.5;

/** The per-frame speech activity of one recording. */
export type SpeechActivity = {
  frameSec: number;
  /** Prefix sums of active frames, so any time range is counted in O(1). */
  activePrefix: Uint32Array;
  /** Seconds of active audio in the whole recording. */
  activeSec: number;
};

function tenthPercentile(values: Float32Array): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.floor(0.1 * sorted.length)] ?? -Infinity;
}

/** Builds the activity profile of a recording from its frame levels (dBFS). */
export function analyseActivity(levels: Float32Array, frameSec: number): SpeechActivity {
  const blockFrames = Math.max(1, Math.round(BLOCK_SEC / frameSec));
  const half = Math.round(FLOOR_WINDOW_SEC / 2 / frameSec);
  const activePrefix = new Uint32Array(levels.length + 1);
  for (let block = 0; block * blockFrames < levels.length; block++) {
    const from = block * blockFrames;
    const to = Math.min(levels.length, from + blockFrames);
    const floor = tenthPercentile(
      levels.subarray(Math.max(0, from - half), Math.min(levels.length, to + half)),
    );
    const threshold = Math.max(SILENCE_DBFS, floor + ACTIVE_MARGIN_DB);
    for (let i = from; i < to; i++) {
      activePrefix[i + 1] = activePrefix[i]! + (levels[i]! > threshold ? 1 : 0);
    }
  }
  return { frameSec, activePrefix, activeSec: activePrefix[levels.length]! * frameSec };
}

/** Seconds of active audio between two times. */
export function activeSecondsBetween(
  activity: SpeechActivity,
  startSec: number,
  endSec: number,
): number {
  const n = activity.activePrefix.length - 1;
  const from = Math.max(0, Math.min(n, Math.floor(startSec / activity.frameSec)));
  const to = Math.max(from, Math.min(n, Math.ceil(endSec / activity.frameSec)));
  return (activity.activePrefix[to]! - activity.activePrefix[from]!) * activity.frameSec;
}

/** True when the recording as a whole holds no speech (silence or steady noise only). */
export function isSilentOrSteadyNoise(activity: SpeechActivity): boolean {
  return activity.activeSec < MIN_ACTIVE_SEC;
}

/** True when a whisper segment's time range (padded) overlaps enough active audio. */
export function segmentHasSpeech(
  activity: SpeechActivity,
  startSec: number,
  endSec: number,
): boolean {
  const seconds = activeSecondsBetween(
    activity,
    startSec - SEGMENT_PAD_SEC,
    endSec + SEGMENT_PAD_SEC,
  );
  return seconds >= MIN_ACTIVE_SEC;
}
