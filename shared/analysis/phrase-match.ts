import type { Token } from './tokens';

/** A compiled word list: phrases as word sequences, looked up by their first word. */
export type PhraseSet = {
  byFirst: Map<string, string[][]>;
};

/** A phrase found in the token list: tokens [first, last). */
export type PhraseHit = { first: number; last: number; phrase: string };

/** Compiles phrases written in expanded, lower-case form ("i would say", "cutting edge"). Hyphens
 * count as spaces because the tokenizer splits hyphenated words. */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (!words.length) continue;
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    byFirst.set(words[0], list);
  }
  // Longest first, so "a lot of" wins over "a lot".
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

/** The longest phrase of the set that starts at token i, or null. Hidden contraction halves count
 * as words, so "i'd say" matches "i would say". Never crosses a sentence boundary. */
export function phraseAt(tokens: readonly Token[], i: number, set: PhraseSet): PhraseHit | null {
  const first = tokens[i];
  if (!first) return null;
  const candidates = set.byFirst.get(first.norm);
  if (!candidates) return null;
  const sent = first.sent;
  outer: for (const words of candidates) {
    if (i + words.length > tokens.length) continue;
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (t.norm !== words[k] || t.sent !== sent) continue outer;
    }
    return { first: i, last: i + words.length, phrase: words.join(' ') };
  }
  return null;
}

/** Every non-overlapping hit of the set, scanning left to right. */
export function findPhrases(tokens: readonly Token[], set: PhraseSet): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = phraseAt(tokens, i, set);
    if (hit) {
      hits.push(hit);
      i = hit.last - 1;
    }
  }
  return hits;
}
