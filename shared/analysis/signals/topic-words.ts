/** The words a sentence is about, for judging whether it stays in the story (tangents.ts and the
 * tangent model's features). */
import { GENERIC_WORDS, STOP_WORDS } from '../lists/content-cues';

/** A crude stem, so "migrated" meets "migration" and "teams" meets "team". */
export const stem = (w: string) => w.replace(/(ations?|ing|ed|es|s|ly)$/, '').slice(0, 6);

/** The content words of a text: longer than two letters, neither a stop word nor a generic one. */
export function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter(
    (w) => w.length > 2 && !STOP_WORDS.has(w) && !GENERIC_WORDS.has(w),
  );
}
