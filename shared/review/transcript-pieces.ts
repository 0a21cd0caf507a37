import type { Flag } from '../analysis/types';
import type { TranscriptWord } from '../transcript';

/** A stretch of transcript text with one word (or none) and one set of flags over all of it. */
export type Piece = {
  start: number;
  end: number;
  text: string;
  /** Index of the word the piece lies in, or -1 for the space and punctuation between words. */
  word: number;
  /** Indices (into the flags given) of every flag covering the piece. */
  flags: number[];
};

/** Consecutive pieces shown together: plain text, or one highlight of overlapping flags. */
export type PieceGroup = { flags: number[]; pieces: Piece[] };

/** Cuts the text at every word and flag edge, so each piece renders with exactly one style.
 * Offsets outside the text are clamped; the pieces always join back into `text`. */
export function transcriptPieces(
  text: string,
  words: readonly Pick<TranscriptWord, 'charStart' | 'charEnd'>[],
  flags: readonly Pick<Flag, 'start' | 'end'>[],
): Piece[] {
  const clamp = (n: number) => Math.min(text.length, Math.max(0, n));
  const cuts = new Set<number>([0, text.length]);
  for (const w of words) cuts.add(clamp(w.charStart)).add(clamp(w.charEnd));
  for (const f of flags) cuts.add(clamp(f.start)).add(clamp(f.end));
  const edges = [...cuts].sort((a, b) => a - b);
  const byStart = words
    .map((w, i) => ({ i, s: clamp(w.charStart), e: clamp(w.charEnd) }))
    .sort((a, b) => a.s - b.s);
  const pieces: Piece[] = [];
  let k = 0;
  for (let j = 0; j + 1 < edges.length; j++) {
    const start = edges[j];
    const end = edges[j + 1];
    while (k < byStart.length && byStart[k].e <= start) k++;
    const w = byStart[k];
    const word = w && w.s <= start && end <= w.e ? w.i : -1;
    const covering: number[] = [];
    flags.forEach((f, i) => {
      if (f.start <= start && end <= f.end) covering.push(i);
    });
    pieces.push({ start, end, text: text.slice(start, end), word, flags: covering });
  }
  return pieces;
}

/** Groups pieces into runs: each run of flagged pieces becomes one highlight with the union of
 * its flags; unflagged pieces form plain runs between them. */
export function groupPieces(pieces: readonly Piece[]): PieceGroup[] {
  const groups: PieceGroup[] = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    const flagged = piece.flags.length > 0;
    if (last && flagged === last.flags.length > 0) {
      last.pieces.push(piece);
      for (const f of piece.flags) if (!last.flags.includes(f)) last.flags.push(f);
    } else groups.push({ flags: [...piece.flags], pieces: [piece] });
  }
  for (const g of groups) g.flags.sort((a, b) => a - b);
  return groups;
}

/** Index of the word being spoken at `time` (the last word started by then), or -1 before the
 * first word. `words` must be in time order, as transcripts store them. */
export function wordAtTime(words: readonly Pick<TranscriptWord, 'start'>[], time: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Seconds a "previous" jump looks back past, so pressing it again while a flag plays moves on to
 * the flag before (as a player's previous-track button does). */
const BACK_GRACE_SEC = 0.5;

/** The flag to jump to from the playhead at `time`: the next one starting after it, or the
 * previous one. "Previous" skips the flag being played (the playhead inside it, or just past its
 * start), so J always moves back a flag and never replays the current one. Flags without times
 * are skipped; returns the flag's index in `flags`, or -1 when there is none. */
export function adjacentFlag(
  flags: readonly Pick<Flag, 'startSec' | 'endSec'>[],
  time: number,
  direction: 'next' | 'previous',
): number {
  // Flags being played: the playhead is inside them or just past their start.
  const current = flags.filter(
    (f) =>
      f.startSec !== undefined &&
      f.startSec <= time + 0.05 &&
      (time < f.startSec + BACK_GRACE_SEC || (f.endSec !== undefined && time <= f.endSec)),
  );
  const before = Math.min(time - BACK_GRACE_SEC, ...current.map((f) => f.startSec!));
  let best = -1;
  flags.forEach((f, i) => {
    if (f.startSec === undefined) return;
    const b = best >= 0 ? flags[best]!.startSec! : undefined;
    if (direction === 'next' && f.startSec > time + 0.05 && (b === undefined || f.startSec < b))
      best = i;
    if (direction === 'previous' && f.startSec < before && (b === undefined || f.startSec > b))
      best = i;
  });
  return best;
}
