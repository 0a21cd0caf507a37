import type { StarPart } from '../analysis/types';
import type { AudioPause } from '../analysis/schema-delivery';
import type { TranscriptWord } from '../transcript';
import { HOP_SEC } from './levels';

/** A silence over 2 s reads as lost thread to an interviewer; shorter ones are breathing room. */
export const PAUSE_SEC = 2;
/** Parts where a long pause costs most: the payoff of the story. */
const COSTLY: readonly StarPart[] = ['result', 'learning'];

/** A stretch of the answer in text offsets, tagged with its STAR-L part. */
export type PartSegment = { part: StarPart; start: number; end: number };

/** Silences longer than 2 s between the first and last speech frame, from the 10 ms levels, each
 * placed after the word before it and tagged with the STAR-L part of the word after it. */
export function findPauses(
  levels: Float32Array,
  threshold: number,
  words: readonly TranscriptWord[],
  segments: readonly PartSegment[],
): AudioPause[] {
  const loud = (f: number) => levels[f] >= threshold;
  let first = 0;
  while (first < levels.length && !loud(first)) first++;
  let last = levels.length - 1;
  while (last > first && !loud(last)) last--;
  const byTime = [...words].sort((a, b) => a.start - b.start);
  const out: AudioPause[] = [];
  let run = -1;
  for (let f = first; f <= last; f++) {
    if (!loud(f)) {
      if (run < 0) run = f;
      continue;
    }
    if (run >= 0 && (f - run) * HOP_SEC > PAUSE_SEC) out.push(place(run * HOP_SEC, f * HOP_SEC));
    run = -1;
  }
  return out;

  function place(startSec: number, endSec: number): AudioPause {
    const mid = (startSec + endSec) / 2;
    const before = byTime.filter((w) => w.start < mid).pop();
    const after = byTime.find((w) => w.start >= mid);
    const partOf = (w: TranscriptWord | undefined) =>
      w
        ? (segments.find((s) => w.charStart >= s.start && w.charStart < s.end)?.part ?? null)
        : null;
    const part = partOf(after);
    return {
      startSec: round(startSec),
      endSec: round(endSec),
      durationSec: round(endSec - startSec),
      afterOffset: before ? before.charEnd : null,
      beforePart: part,
      // A pause inside the learning is not one "before the learning": the wording must say which.
      opensPart: part !== null && partOf(before) !== part,
      toFix: part !== null && COSTLY.includes(part),
    };
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
