import { analyseActivity } from '../speech-activity';

/** Shortest segment: whisper needs some context, and each call costs a full encoder pass. Short
 * segments cost accuracy (tiny.en: 14% WER with 5 to 12 s segments against 10% on the whole
 * file), so segments are long and the live view shows provisional decodes of the open one. */
export const MIN_SEGMENT_SEC = 8;
/** From this length on, the segment is cut at its longest pause so far. */
export const TARGET_SEGMENT_SEC = 18;
/** Longest segment: past this a cut is forced at the quietest moment, so the text keeps up. */
export const MAX_SEGMENT_SEC = 25;
/** Quiet this long counts as a pause between words worth cutting at. */
const MIN_PAUSE_SEC = 0.3;
/** The newest audio's activity is still uncertain (its local floor lacks the seconds after it). */
const GUARD_SEC = 0.15;

/** Where to cut, in frames from the recording's start; null: wait for more audio. */
export type CutDecision = { cutFrame: number; forced: boolean } | null;

/**
 * Decides where the current segment (from `startFrame`) ends, from the frame levels of the whole
 * recording so far, with the app's speech-activity measure (speech-activity.ts). Once the segment
 * is TARGET_SEGMENT_SEC long it cuts in the middle of its longest pause (at least MIN_PAUSE_SEC,
 * at least MIN_SEGMENT_SEC in), most often the end of a sentence, so a cut never falls inside a
 * word (a stop consonant's closure is far shorter); at MAX_SEGMENT_SEC without such a pause it
 * cuts in the longest quiet run, or else at the quietest 150 ms, the least likely place for a word.
 */
export function decideCut(levels: Float32Array, frameSec: number, startFrame: number): CutDecision {
  const minFrames = Math.round(MIN_SEGMENT_SEC / frameSec);
  const maxFrames = Math.round(MAX_SEGMENT_SEC / frameSec);
  const usable = levels.length - Math.round(GUARD_SEC / frameSec);
  if (usable - startFrame < Math.round(TARGET_SEGMENT_SEC / frameSec)) return null;
  const activity = analyseActivity(levels, frameSec);
  const active = (i: number) => activity.activePrefix[i + 1]! > activity.activePrefix[i]!;
  const pauseFrames = Math.round(MIN_PAUSE_SEC / frameSec);
  const end = Math.min(usable, startFrame + maxFrames);
  let best: { from: number; to: number } | null = null;
  let longest: { from: number; to: number } | null = null;
  const length = (run: { from: number; to: number } | null) => (run ? run.to - run.from : 0);
  let runStart = -1;
  for (let i = startFrame + 1; i <= end; i++) {
    const quiet = i < end && !active(i);
    if (quiet && runStart < 0) runStart = i;
    if (!quiet && runStart >= 0) {
      const run = { from: runStart, to: i };
      if (length(run) > length(longest)) longest = run;
      const mid = (run.from + run.to) >> 1;
      if (length(run) >= pauseFrames && mid - startFrame >= minFrames && length(run) > length(best))
        best = run;
      runStart = -1;
    }
  }
  if (best) return { cutFrame: (best.from + best.to) >> 1, forced: false };
  if (end - startFrame < maxFrames) return null;
  const from = startFrame + minFrames;
  if (longest && longest.to - longest.from >= 2 && (longest.from + longest.to) >> 1 >= from) {
    return { cutFrame: (longest.from + longest.to) >> 1, forced: true };
  }
  return { cutFrame: quietestWindow(levels, from, end, 5), forced: true };
}

/** The middle frame of the quietest `width`-frame window in [from, to). */
function quietestWindow(levels: Float32Array, from: number, to: number, width: number): number {
  let bestAt = from;
  let bestSum = Infinity;
  for (let i = from; i + width <= to; i++) {
    let sum = 0;
    for (let j = i; j < i + width; j++) sum += Math.max(-100, levels[j]!);
    if (sum < bestSum) {
      bestSum = sum;
      bestAt = i + (width >> 1);
    }
  }
  return bestAt;
}
