import type { TranscriptWord } from '../transcript';
import type { RawWord } from './tokens-to-words';

/** What the audio itself says about where speech is; built from the recording's levels. */
export type SpeechTimeline = {
  /** The latest start of speech after a pause within [earliestSec, latestSec], or null. */
  onsetBetween(earliestSec: number, latestSec: number): number | null;
  /** The earliest start of speech after a pause within [earliestSec, latestSec], or null. */
  firstOnsetBetween(earliestSec: number, latestSec: number): number | null;
  /** The end of the last active audio within [startSec, endSec], or null when all is quiet. */
  lastActiveBetween(startSec: number, endSec: number): number | null;
  /** The end of the last active audio in the recording, or null when there is none. */
  speechEndSec: number | null;
};

/** How far before its aligned start a word may be moved back to where the voice starts:
 * DTW starts measured 0.2 to 0.6 s late on sentence starts with tiny.en. */
const ONSET_LOOKBACK_SEC = 0.7;
/** A DTW start may also be this early. */
const ONSET_LOOKAHEAD_SEC = 0.15;
/** A word whose start has no voice this long after it starts in a pause: token offsets (no DTW,
 * the live path) put a word after a pause where the previous word ended, 0.6 s early and more. */
const QUIET_START_SEC = 0.09;
/** Kept after the last active frame of a word: release of the sound, frame granularity. */
const END_PAD_SEC = 0.15;
/** How far back consecutive DTW starts may step before the alignment counts as broken. */
const DTW_STEP_BACK_SEC = 0.05;

/**
 * True when every spoken word has a DTW start inside the audio and the starts never step back:
 * then they replace token offsets (which drift by seconds late in long answers). A partial or
 * disordered alignment is not mixed with offsets; the caller falls back to offsets entirely.
 */
export function dtwIsUsable(words: RawWord[], durationSec: number): boolean {
  if (words.length === 0) return false;
  let previous = -Infinity;
  for (const word of words) {
    const t = word.dtwStart;
    if (t === undefined || !Number.isFinite(t) || t < 0 || t > durationSec) return false;
    if (t < previous - DTW_STEP_BACK_SEC) return false;
    previous = Math.max(previous, t);
  }
  return true;
}

/**
 * Retimes words from their DTW starts: a word runs until the next word starts; the last one
 * keeps its token end (fitWordsToSpeech later trims the pauses and trailing silence).
 */
export function applyDtwStarts(words: RawWord[]): RawWord[] {
  return words.map((word, i) => {
    const start = word.dtwStart!;
    const next = words[i + 1]?.dtwStart;
    const end = next !== undefined ? next : Math.max(start, word.end);
    return { ...word, start, end: Math.max(start, end) };
  });
}

/**
 * Fits word times to the audio: a word that follows a pause starts where the voice starts again
 * (aligners put it a fraction of a second late), no word runs past the next one's start or
 * through the silence after it, and the last word ends with the detected speech. Without a
 * timeline only the next-start rule applies. Mutates and returns `words` (non-decreasing in).
 */
export function fitWordsToSpeech(
  words: TranscriptWord[],
  speech: SpeechTimeline | undefined,
): TranscriptWord[] {
  if (speech) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const floor = i > 0 ? words[i - 1]!.start : 0;
      const earliest = Math.max(floor, word.start - ONSET_LOOKBACK_SEC);
      const onset = speech.onsetBetween(earliest, word.start + ONSET_LOOKAHEAD_SEC);
      const next = words[i + 1]?.start ?? Infinity;
      if (onset !== null && onset > floor && onset < next) word.start = onset;
      else if (speech.lastActiveBetween(word.start, word.start + QUIET_START_SEC) === null) {
        // Started in a pause: the word's voice is where speech resumes within its own span.
        const resumed = speech.firstOnsetBetween(word.start, Math.min(word.end, next));
        if (resumed !== null && resumed > word.start) word.start = resumed;
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    let end = next ? Math.min(word.end, next.start) : word.end;
    if (speech) {
      const last = speech.lastActiveBetween(word.start, end);
      if (last !== null) end = Math.min(end, last + END_PAD_SEC);
      if (!next && speech.speechEndSec !== null) {
        end = Math.min(end, speech.speechEndSec + END_PAD_SEC);
      }
    }
    word.end = Math.max(word.start, end);
  }
  return words;
}
