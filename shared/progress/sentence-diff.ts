import { diffArrays } from 'diff';

/** One line of the side-by-side comparison: a sentence both takes share, one reworded (before and
 * after), or one only the earlier (removed) or later (added) take has. */
export type SentenceRow = {
  kind: 'same' | 'changed' | 'removed' | 'added';
  before: string | null;
  after: string | null;
};

/** Splits a transcript into sentences at ., ! or ? followed by space. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Case and punctuation do not make a sentence different: the transcriber varies them. */
const sentenceKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The two takes sentence by sentence, in order: runs of removed sentences next to the added ones
 * that replaced them are paired as "changed", so the reader sees old and new side by side. */
export function sentenceRows(a: string, b: string): SentenceRow[] {
  const left = splitSentences(a);
  const right = splitSentences(b);
  const rows: SentenceRow[] = [];
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  const flushRemoved = () => {
    rows.push(...removed.map((s) => ({ kind: 'removed' as const, before: s, after: null })));
    removed = [];
  };
  for (const change of diffArrays(left.map(sentenceKey), right.map(sentenceKey))) {
    if (change.removed) {
      removed = left.slice(i, i + change.count);
      i += change.count;
      continue;
    }
    if (change.added) {
      const added = right.slice(j, j + change.count);
      j += change.count;
      const paired = Math.min(removed.length, added.length);
      for (let k = 0; k < paired; k++)
        rows.push({ kind: 'changed', before: removed[k]!, after: added[k]! });
      removed = removed.slice(paired);
      flushRemoved();
      rows.push(
        ...added.slice(paired).map((s) => ({ kind: 'added' as const, before: null, after: s })),
      );
      continue;
    }
    flushRemoved();
    for (let k = 0; k < change.count; k++)
      rows.push({ kind: 'same', before: left[i + k]!, after: right[j + k]! });
    i += change.count;
    j += change.count;
  }
  flushRemoved();
  return rows;
}
