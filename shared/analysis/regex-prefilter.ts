/** A cheap test before a costly regular expression. `quickTest(re, s)` is always `re.test(s)`; it
 * only skips running the expression when s lacks everything a match needs. What a match needs is
 * read from the pattern's source once: per alternative, a whole word ("\bbut (we|i) could\b"
 * needs the word "could") or else a literal of MIN_LITERAL characters or more. A word is looked up
 * in the set of the text's words (read once per text), a literal by a substring search. A pattern
 * it cannot read (flags i, g, y or v, or an alternative with nothing it needs) is always run. */

/** Shortest literal or word worth a look-up. */
const MIN_LITERAL = 3;

/** Something a match contains: a whole word of the text, or a substring. */
type Item = { word: string } | { sub: string };
/** A match contains at least one of the items. */
type Need = readonly Item[];

/** What every match contains, split by how it is looked up: any one of the words or literals. */
type Lookup = { words: readonly string[]; subs: readonly string[] };

/** Per expression: its look-ups, or null (no pre-test). */
const needs = new WeakMap<RegExp, Lookup | null>();

/** The words of the last text tested: the callers test many patterns on one text in a row. */
let lastText: string | undefined;
let lastWords: ReadonlySet<string> = new Set();

/** `re.test(s)`, answered false at once when s lacks everything a match needs. */
export function quickTest(re: RegExp, s: string): boolean {
  return mayMatch(re, s) && re.test(s);
}

/** False when s lacks everything a match of re needs (then re matches nowhere in s); true when
 * re may match, for a caller that runs it (`exec`, `match`) itself. */
function mayMatch(re: RegExp, s: string): boolean {
  let need = needs.get(re);
  if (need === undefined) {
    need = lookupOf(requiredItems(re));
    needs.set(re, need);
  }
  if (!need) return true;
  const { words, subs } = need;
  if (words.length) {
    if (s !== lastText) {
      lastText = s;
      lastWords = wordsOf(s);
    }
    for (const w of words) if (lastWords.has(w)) return true;
  }
  for (const sub of subs) if (s.includes(sub)) return true;
  return false;
}

function lookupOf(need: Need | null): Lookup | null {
  if (!need) return null;
  const words: string[] = [];
  const subs: string[] = [];
  for (const item of need) {
    const list = 'word' in item ? words : subs;
    const text = 'word' in item ? item.word : item.sub;
    if (!list.includes(text)) list.push(text);
  }
  return { words, subs };
}

/** Maximal runs of ASCII letters and digits: the words a "\b" or a separator delimits. */
function wordsOf(s: string): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isAlnum(s[i])) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.add(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/** The items one of which every match of re contains, or null when the pattern cannot be read. */
export function requiredItems(re: RegExp): Need | null {
  // Case-folding changes what a literal matches (and "\b" with u); g and y keep state a skipped
  // test would not move; v has nested classes the reader below does not follow.
  if (/[igyv]/.test(re.flags)) return null;
  return disjunctionNeed(re.source, 0, re.source.length, false, false);
}

/** One piece of a pattern. A char is a literal character; `quantified`: followed by a quantifier. */
type Atom =
  | { kind: 'char'; c: string; quantified: boolean }
  | { kind: 'boundary' }
  | { kind: 'group'; from: number; to: number; look: boolean; quantified: boolean }
  | { kind: 'other' };

/** Characters that match only themselves where they stand outside classes and groups. */
const PLAIN = /^[\p{L}\p{N} ,;:'’"\-_/&%#@!=<>~`]$/u;

/** The needs of src[from, to) split at its top-level "|": one of them, whichever alternative. */
function disjunctionNeed(
  src: string,
  from: number,
  to: number,
  leftBound: boolean,
  rightBound: boolean,
): Need | null {
  const out: Item[] = [];
  let start = from;
  for (let i = from; i <= to;) {
    if (i === to || src[i] === '|') {
      const need = alternativeNeed(src, atomsOf(src, start, i), leftBound, rightBound);
      if (!need) return null;
      out.push(...need);
      start = i + 1;
      i++;
      continue;
    }
    i = atomEnd(src, i, to);
  }
  return out;
}

/** The atoms of one alternative src[from, to). */
function atomsOf(src: string, from: number, to: number): Atom[] {
  const out: Atom[] = [];
  let i = from;
  while (i < to) {
    const c = src[i];
    const end = atomEnd(src, i, to);
    const after = quantifierEnd(src, end);
    const quantified = after > end;
    if (c === '(') {
      const look = /^\(\?(?:[=!]|<[=!])/.test(src.slice(i, i + 4));
      const inner =
        src[i + 1] !== '?' ? i + 1 : src[i + 2] === ':' ? i + 3 : src.indexOf('>', i) + 1;
      out.push({ kind: 'group', from: inner, to: end - 1, look, quantified });
    } else if (c === '\\' && src[i + 1] === 'b' && !quantified) out.push({ kind: 'boundary' });
    else if ((c === '^' || c === '$') && !quantified) out.push({ kind: 'boundary' });
    else if (c !== '\\' && c !== '[' && PLAIN.test(c)) out.push({ kind: 'char', c, quantified });
    else out.push({ kind: 'other' });
    i = after;
  }
  return out;
}

/** A position every match of this atom sits next to is a word's edge: "\b", "^", "$", or a
 * character that is no letter or digit. */
function bounds(a: Atom | undefined): boolean {
  return !!a && (a.kind === 'boundary' || (a.kind === 'char' && !a.quantified && !isAlnum(a.c)));
}

/** The items of one alternative: of its candidates (each run of literal characters, each group it
 * matches exactly once), the one whose weakest item is strongest. */
function alternativeNeed(
  src: string,
  atoms: readonly Atom[],
  leftBound: boolean,
  rightBound: boolean,
): Need | null {
  let best: Need | null = null;
  const consider = (need: Need | null) => {
    if (need && need.length && score(need) > (best ? score(best) : MIN_LITERAL - 1)) best = need;
  };
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const left = k === 0 ? leftBound : bounds(atoms[k - 1]);
    if (a.kind === 'group') {
      if (a.look || a.quantified) continue;
      const right = k === atoms.length - 1 ? rightBound : bounds(atoms[k + 1]);
      consider(disjunctionNeed(src, a.from, a.to, left, right));
      continue;
    }
    if (a.kind !== 'char' || a.quantified) continue;
    let run = '';
    let j = k;
    while (j < atoms.length) {
      const b = atoms[j];
      if (b.kind !== 'char' || b.quantified) break;
      run += b.c;
      j++;
    }
    const right = j === atoms.length ? rightBound : atoms[j].kind === 'boundary';
    const word = wholeWord(run, left, right);
    if (word) consider([{ word }]);
    consider([{ sub: run }]);
    k = j - 1;
  }
  return best;
}

/** The longest word of the run that is whole in any text it matches (letters and digits with a
 * separator or a boundary on both sides), or ''. */
function wholeWord(run: string, leftBound: boolean, rightBound: boolean): string {
  let best = '';
  let start = -1;
  for (let i = 0; i <= run.length; i++) {
    if (i < run.length && isAlnum(run[i])) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const whole = (start > 0 || leftBound) && (i < run.length || rightBound);
    if (whole && i - start > best.length) best = run.slice(start, i);
    start = -1;
  }
  return best;
}

/** How selective a need is: its weakest item. A word set look-up is cheap, so a word of
 * MIN_LITERAL letters outranks any substring. */
function score(need: Need): number {
  let n = Infinity;
  for (const item of need) {
    const s =
      'word' in item
        ? item.word.length >= MIN_LITERAL
          ? 100 + item.word.length
          : item.word.length
        : item.sub.length;
    n = Math.min(n, s);
  }
  return n;
}

/** End of the atom starting at i (an escape, a class, a group, or one character). */
function atomEnd(src: string, i: number, to: number): number {
  const c = src[i];
  if (c === '\\') return escapeEnd(src, i);
  if (c === '[') return classEnd(src, i, to);
  if (c === '(') return groupEnd(src, i, to) + 1;
  return i + 1;
}

/** End of the escape at i: "\b", "\p{L}", "\u{1F600}", "\u00e9", "\x41", "\cA", "\k<name>", "\12". */
function escapeEnd(src: string, i: number): number {
  const n = src[i + 1];
  if ((n === 'p' || n === 'P' || n === 'u') && src[i + 2] === '{') {
    const close = src.indexOf('}', i + 3);
    return close < 0 ? src.length : close + 1;
  }
  if (n === 'k' && src[i + 2] === '<') {
    const close = src.indexOf('>', i + 3);
    return close < 0 ? src.length : close + 1;
  }
  if (n === 'u') return i + 6;
  if (n === 'x') return i + 4;
  if (n === 'c') return i + 3;
  if (n !== undefined && n >= '1' && n <= '9') {
    let j = i + 2;
    while (j < src.length && src[j] >= '0' && src[j] <= '9') j++;
    return j;
  }
  return i + 2;
}

/** End of the character class opening at i. */
function classEnd(src: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && src[j] !== ']') j = src[j] === '\\' ? escapeEnd(src, j) : j + 1;
  return j + 1;
}

/** Index of the ")" closing the group opened at i. */
function groupEnd(src: string, i: number, to: number): number {
  let depth = 0;
  let j = i;
  while (j < to) {
    const c = src[j];
    if (c === '\\') {
      j = escapeEnd(src, j);
      continue;
    }
    if (c === '[') {
      j = classEnd(src, j, to);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
    j++;
  }
  return to;
}

/** A quantifier at i ("*", "+", "?", "{2}", "{0,3}", lazy or not): its end, else i. */
function quantifierEnd(src: string, i: number): number {
  const c = src[i];
  let j: number;
  if (c === '*' || c === '+' || c === '?') j = i + 1;
  else if (c === '{') {
    const m = /^\{\d+(,\d*)?\}/.exec(src.slice(i, i + 24));
    if (!m) return i;
    j = i + m[0].length;
  } else return i;
  return src[j] === '?' ? j + 1 : j;
}
