import { analyzeAnswer } from '../analysis/analyze';
import type { TranscriptWord } from '../transcript';

/** Pace is measured over this much of the most recent transcribed audio. */
const PACE_WINDOW_SEC = 20;
/** Fewer words than this in the window give no pace (a number from three words would jump). */
const MIN_PACE_WORDS = 8;

/** Live figures of a running transcript: pace and the counts of fillers and hedges. */
export type LiveStats = { wpm: number | null; fillers: number; hedges: number };

/**
 * Pace over the last 20 s up to `doneSec` (words per minute, from word start times), and the
 * fillers and hedges the review's own rules find in the text so far, so the live counts agree
 * with the review's.
 */
export function liveStats(
  text: string,
  words: readonly TranscriptWord[],
  doneSec: number,
): LiveStats {
  const from = Math.max(0, doneSec - PACE_WINDOW_SEC);
  const recent = words.filter((w) => w.start >= from && w.start <= doneSec).length;
  const span = doneSec - from;
  const wpm = recent >= MIN_PACE_WORDS && span > 0 ? Math.round((recent / span) * 60) : null;
  if (text.trim() === '') return { wpm, fillers: 0, hedges: 0 };
  const { flagCounts } = analyzeAnswer({ text });
  return { wpm, fillers: flagCounts.filler, hedges: flagCounts.hedge };
}
