import type { Transcript, TranscriptSegment, TranscriptWord } from '../../../../shared/transcript';

/** One live segment's transcript, its times relative to `offsetSec` on the recording's clock. */
export type TranscriptPiece = { offsetSec: number; transcript: Transcript };

/** Repeated words at the start of a segment are only dropped this close to its start. */
const REPEAT_WINDOW_SEC = 1;
/** Longest run of words checked for a repeat across a cut. */
const MAX_REPEAT = 4;

const norm = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

/**
 * How many words at the start of `next` repeat the last words already joined. whisper, given the
 * previous text as its prompt, now and then writes the prompt's last words again at the start of
 * the next segment, over the silence before the speech: the same words again within a second of
 * the cut are that echo, not speech.
 */
export function repeatedAtCut(
  joined: readonly TranscriptWord[],
  next: readonly TranscriptWord[],
  cutSec: number,
): number {
  for (let k = Math.min(MAX_REPEAT, joined.length, next.length); k >= 1; k--) {
    if (next[k - 1]!.start > cutSec + REPEAT_WINDOW_SEC) continue;
    const tail = joined.slice(-k).map((w) => norm(w.text));
    if (next.slice(0, k).every((w, i) => norm(w.text) === tail[i])) return k;
  }
  return 0;
}

/**
 * Joins the transcripts of consecutive live segments into one transcript of the recording: times
 * moved onto the recording's clock, char offsets into the joined text, and words that a segment
 * repeats from the one before it at the cut removed (see repeatedAtCut).
 */
export function joinPieces(
  pieces: readonly TranscriptPiece[],
  meta: { audioDurationSec: number; model: string; createdAt: string },
): Transcript {
  let text = '';
  const words: TranscriptWord[] = [];
  const segments: TranscriptSegment[] = [];
  for (const { offsetSec, transcript } of pieces) {
    if (transcript.noSpeech || transcript.words.length === 0) continue;
    const shifted = transcript.words.map((w) => ({
      ...w,
      start: w.start + offsetSec,
      end: w.end + offsetSec,
    }));
    const drop = repeatedAtCut(words, shifted, offsetSec);
    if (drop >= shifted.length) continue;
    const cutAt = drop > 0 ? shifted[drop]!.charStart : 0;
    const pieceText = transcript.text.slice(cutAt).trimStart();
    const trimmed = transcript.text.length - cutAt - pieceText.length;
    if (text !== '') text += ' ';
    const base = text.length - cutAt - trimmed;
    for (const w of shifted.slice(drop)) {
      words.push({ ...w, charStart: w.charStart + base, charEnd: w.charEnd + base });
    }
    let cursor = 0;
    for (const segment of transcript.segments) {
      const at = transcript.text.indexOf(segment.text, cursor);
      cursor = at >= 0 ? at + segment.text.length : cursor;
      if (at >= 0 && at + segment.text.length <= cutAt) continue; // all of it was a repeat
      const from = Math.max(at, cutAt + trimmed);
      segments.push({
        ...segment,
        text: at >= 0 ? transcript.text.slice(from, at + segment.text.length) : segment.text,
        // A segment whose first words were a repeat now starts at its first kept word.
        start: at >= 0 && at < cutAt ? shifted[drop]!.start : segment.start + offsetSec,
        end: segment.end + offsetSec,
      });
    }
    text += pieceText;
  }
  return {
    version: 1,
    text,
    words,
    segments,
    audioDurationSec: meta.audioDurationSec,
    noSpeech: words.length === 0,
    language: 'en',
    model: meta.model,
    createdAt: meta.createdAt,
  };
}
