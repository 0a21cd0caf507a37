import type { PaceOverTime } from '../analysis/schema-delivery';
import type { TranscriptWord } from '../transcript';

/** Pace is judged per 10 s: long enough to hold 20 to 30 words, short enough to show a rushed
 * stretch. */
const PACE_WINDOW_SEC = 10;
/** The comfortable band for interview speech, in words a minute. Conversational American English
 * runs at about 150 wpm (the National Center for Voice and Speech's figure), and PowerPoint's
 * Speaker Coach treats 100 to 165 wpm as a good presentation pace; an interview answer sits
 * between the two, so the band is 110 to 170. One band for the whole answer and its windows. */
export const COMFORTABLE_WPM = { min: 110, max: 170 } as const;
const MIN_WPM = COMFORTABLE_WPM.min;
const MAX_WPM = COMFORTABLE_WPM.max;
/** A final window shorter than this is merged into the one before (too few words to judge). */
const MIN_TAIL_SEC = 5;

/** Words per minute per 10 s window of speaking time, counted by word start, with the runs of
 * windows that are too slow or too fast. */
export function paceOverTime(words: readonly TranscriptWord[]): PaceOverTime {
  const base = {
    windowSec: PACE_WINDOW_SEC,
    minWordsPerMinute: MIN_WPM,
    maxWordsPerMinute: MAX_WPM,
  };
  if (words.length < 2) return { ...base, windows: [], stretches: [] };
  const starts = words.map((w) => w.start).sort((a, b) => a - b);
  const first = starts[0];
  const last = Math.max(...words.map((w) => w.end));
  const edges: number[] = [];
  for (let t = first; t < last; t += PACE_WINDOW_SEC) edges.push(t);
  if (edges.length > 1 && last - edges[edges.length - 1] < MIN_TAIL_SEC) edges.pop();
  edges.push(last);
  const windows: PaceOverTime['windows'] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i], edges[i + 1]];
    const n = starts.filter(
      (s) => s >= from && (s < to || (i + 2 === edges.length && s <= to)),
    ).length;
    const wpm = Math.round((n / Math.max(1, to - from)) * 60);
    const band = wpm < MIN_WPM ? 'too-slow' : wpm > MAX_WPM ? 'too-fast' : 'comfortable';
    windows.push({ startSec: round(from), endSec: round(to), wordsPerMinute: wpm, band });
  }
  const stretches: PaceOverTime['stretches'] = [];
  for (const w of windows) {
    if (w.band === 'comfortable') continue;
    const prev = stretches[stretches.length - 1];
    if (prev && prev.band === w.band && prev.endSec === w.startSec) prev.endSec = w.endSec;
    else stretches.push({ startSec: w.startSec, endSec: w.endSec, band: w.band });
  }
  return { ...base, windows, stretches };
}

const round = (x: number) => Math.round(x * 100) / 100;
