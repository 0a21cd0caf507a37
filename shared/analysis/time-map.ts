import type { TranscriptWord } from '../transcript';

/** Word timings sorted by their place in the text, ready for span lookups. */
export type TimeIndex = { words: readonly TranscriptWord[]; starts: Float64Array };

/** Builds the index, or null without usable timings. Words are sorted by charStart (whisper emits
 * them in order; sorting guards against a caller that does not). */
export function buildTimeIndex(words: readonly TranscriptWord[] | undefined): TimeIndex | null {
  if (!words || !words.length) return null;
  const sorted = isSorted(words) ? words : [...words].sort((a, b) => a.charStart - b.charStart);
  return { words: sorted, starts: Float64Array.from(sorted, (w) => w.charStart) };
}

function isSorted(words: readonly TranscriptWord[]): boolean {
  for (let i = 1; i < words.length; i++)
    if (words[i].charStart < words[i - 1].charStart) return false;
  return true;
}

/** Index of the last word whose charStart <= offset, or -1 (binary search). */
function wordAtOrBefore(index: TimeIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Audio times of the text span [start, end): from the start of the first word it touches to the end
 * of the last. A span in the gap between words snaps to the next word. */
export function timeOfSpan(
  index: TimeIndex,
  start: number,
  end: number,
): { startSec: number; endSec: number } {
  const { words } = index;
  let first = wordAtOrBefore(index, start);
  if (first < 0 || (words[first].charEnd <= start && first + 1 < words.length))
    first = Math.max(0, first + 1);
  let last = wordAtOrBefore(index, Math.max(start, end - 1));
  if (last < first) last = first;
  const startSec = words[first].start;
  return { startSec, endSec: Math.max(startSec, words[last].end) };
}

/** Attaches startSec/endSec to every item with a span, when timings exist; returns new objects. */
export function withTimes<T extends { start: number; end: number }>(
  index: TimeIndex | null,
  items: readonly T[],
): T[] {
  if (!index) return [...items];
  return items.map((it) => {
    const { startSec, endSec } = timeOfSpan(index, it.start, it.end);
    // Copied, then extended: on V8 a spread followed by new keys ({ ...it, startSec }) takes a slow
    // path that costs microseconds per object.
    const out = Object.assign({}, it) as T & { startSec: number; endSec: number };
    out.startSec = startSec;
    out.endSec = endSec;
    return out;
  });
}
