import type { TranscriptWord } from '../../transcript';
import type { PaceSignal } from '../types';
import { round1, speakingSeconds } from './duration';

/** A silence longer than this between two words is a long pause (taxonomy: over 3 s). */
const LONG_PAUSE_SEC = 3;

/** Words per minute over speaking time and the long pauses between words. */
export function paceSignal(
  wordCount: number,
  words: readonly TranscriptWord[] | undefined,
): PaceSignal {
  if (!words || words.length < 2 || speakingSeconds(words) <= 0) {
    return {
      wordsPerMinute: null,
      estimated: true,
      longPauseThresholdSec: LONG_PAUSE_SEC,
      longPauses: [],
    };
  }
  const byTime = [...words].sort((a, b) => a.start - b.start);
  const longPauses: PaceSignal['longPauses'] = [];
  let lastEnd = byTime[0].end;
  let lastOffset = byTime[0].charEnd;
  for (let i = 1; i < byTime.length; i++) {
    const w = byTime[i];
    const gap = w.start - lastEnd;
    if (gap > LONG_PAUSE_SEC) {
      longPauses.push({
        afterOffset: lastOffset,
        startSec: lastEnd,
        endSec: w.start,
        durationSec: round1(gap),
      });
    }
    if (w.end >= lastEnd) {
      lastEnd = w.end;
      lastOffset = w.charEnd;
    }
  }
  const wpm = (wordCount / speakingSeconds(words)) * 60;
  return {
    wordsPerMinute: Math.round(wpm),
    estimated: false,
    longPauseThresholdSec: LONG_PAUSE_SEC,
    longPauses,
  };
}
