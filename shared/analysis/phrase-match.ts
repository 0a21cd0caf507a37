import type { Token } from './tokens';

/** A word trie: the phrase that ends here, and the words that may follow. Few followers are kept
 * in arrays (compared in place), many in a map. */
type TrieNode = {
  phrase: string | null;
  words: string[];
  nodes: TrieNode[];
  map: Map<string, TrieNode> | null;
};

/** A compiled word list: phrases as word sequences, looked up by their first word. `trie` holds the
 * same phrases, so that a lookup walks the tokens once whatever the number of phrases. */
export type PhraseSet = {
  byFirst: Map<string, string[][]>;
  trie: Map<string, TrieNode>;
};

/** A phrase found in the token list: tokens [first, last). */
export type PhraseHit = { first: number; last: number; phrase: string };

/** Followers above this number go into a map. */
const MAP_FROM = 6;

function newNode(): TrieNode {
  return { phrase: null, words: [], nodes: [], map: null };
}

function child(node: TrieNode, word: string): TrieNode | undefined {
  if (node.map) return node.map.get(word);
  const { words } = node;
  for (let k = 0; k < words.length; k++) if (words[k] === word) return node.nodes[k];
  return undefined;
}

function addChild(node: TrieNode, word: string): TrieNode {
  const found = child(node, word);
  if (found) return found;
  const made = newNode();
  node.words.push(word);
  node.nodes.push(made);
  if (node.map) node.map.set(word, made);
  else if (node.words.length > MAP_FROM)
    node.map = new Map(node.words.map((w, k) => [w, node.nodes[k]]));
  return made;
}

/** Compiles phrases written in expanded, lower-case form ("i would say", "cutting edge"). Hyphens
 * count as spaces because the tokenizer splits hyphenated words. */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const trie = new Map<string, TrieNode>();
  for (const p of phrases) {
    const words = p
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (!words.length) continue;
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    byFirst.set(words[0], list);
    let node = trie.get(words[0]);
    if (!node) trie.set(words[0], (node = newNode()));
    for (let k = 1; k < words.length; k++) node = addChild(node, words[k]);
    node.phrase = words.join(' ');
  }
  // Longest first, so "a lot of" wins over "a lot".
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, trie };
}

/** The longest phrase of the set that starts at token i, or null. Hidden contraction halves count
 * as words, so "i'd say" matches "i would say". Never crosses a sentence boundary. */
export function phraseAt(tokens: readonly Token[], i: number, set: PhraseSet): PhraseHit | null {
  const first = tokens[i];
  if (!first) return null;
  let node = set.trie.get(first.norm);
  if (!node) return null;
  const sent = first.sent;
  let phrase = node.phrase;
  let last = i + 1;
  for (let k = i + 1; k < tokens.length && node.words.length; k++) {
    const t = tokens[k];
    if (t.sent !== sent) break;
    const next = child(node, t.norm);
    if (!next) break;
    node = next;
    if (node.phrase !== null) {
      phrase = node.phrase;
      last = k + 1;
    }
  }
  return phrase === null ? null : { first: i, last, phrase };
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
