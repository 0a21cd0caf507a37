import nlp from 'compromise';

/** A word of the answer: surface text, normal form, part-of-speech tags and its UTF-16 span. */
export type Token = {
  /** Position in the token list. */
  i: number;
  /** The word as written ('' for the hidden half of a contraction such as the "not" of "didn't"). */
  text: string;
  /** Lower-case form used for matching; contractions are expanded ("i'd" -> "i", "would"). */
  norm: string;
  /** UTF-16 span in the answer text; the hidden half of a contraction shares its host's span. */
  start: number;
  end: number;
  /** Part-of-speech tags from compromise's tagger (Verb, PastTense, Noun, Value, ...). */
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before/after the word, as compromise split them off. */
  pre: string;
  post: string;
  /** Index of the sentence the word is in. */
  sent: number;
};

/** A sentence as a token range [first, last). */
export type Sentence = {
  first: number;
  last: number;
  start: number;
  end: number;
};

/** compromise's internal term, as far as this module reads it. */
type RawTerm = {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
};

/** The tagger passes we run. postTagger is left out on purpose: it costs ~6x the rest on a 300-word
 * answer and the rules below read context themselves (see README in this folder). */
const PASSES = ['lexicon', 'preTagger', 'contractionTwo', 'offset'];
const NO_TAGS: ReadonlySet<string> = new Set();

/** compromise's sentence splitter is superlinear on some inputs (runs of ".", "!" or "?"; long runs
 * of abbreviation-like "a. a. a."): 100k characters took seconds. It never sees more than this many
 * characters at once, so the cost stays linear; an answer of normal length (300 words is about
 * 1,800 characters) is one piece. */
const MAX_PIECE = 2400;
/** A sentence end where a piece may be cut: after a word of 4+ letters and up to three stops (not
 * after "Mr." or "e.g."), or after "!"/"?". A lookbehind of bounded length keeps the scan linear. */
const PIECE_END = /(?<=[\p{L}\p{N}]{4}[.!?]{1,3}|[!?])\s+/gu;

/** Cuts text into pieces [start, end) of at most MAX_PIECE characters: at the last sentence end in
 * the window, else at the last space, else anywhere (never inside a surrogate pair). */
export function textPieces(text: string, max = MAX_PIECE): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  while (text.length - pos > max) {
    const window = text.slice(pos, pos + max);
    let cut = -1;
    for (const m of window.matchAll(PIECE_END)) if (m.index >= max / 4) cut = m.index + m[0].length;
    if (cut < 0) {
      const space = window.search(/\s\S*$/);
      cut = space >= max / 4 ? space + 1 : max;
    }
    const code = text.charCodeAt(pos + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push({ start: pos, end: pos + cut });
    pos += cut;
  }
  if (pos < text.length || !out.length) out.push({ start: pos, end: text.length });
  return out;
}

/** compromise's sentences of every piece of the text, each with the start of its piece (what the
 * terms' offsets are relative to) and its end (a term is never searched for beyond it). */
function piecesTerms(text: string): { terms: RawTerm[]; start: number; end: number }[] {
  const out: { terms: RawTerm[]; start: number; end: number }[] = [];
  for (const { start, end } of textPieces(text)) {
    const piece = text.slice(start, end);
    let doc: RawTerm[][];
    try {
      const view = nlp.tokenize(piece);
      view.compute(PASSES);
      doc = view.document as unknown as RawTerm[][];
    } catch {
      doc = fallbackTerms(piece);
    }
    for (const terms of doc) out.push({ terms, start, end });
  }
  return out;
}

/** Splits text into tokens and sentences with compromise, mapping every term back to the original
 * text and verifying the span; terms that cannot be placed are dropped rather than mis-placed. */
export function tokenize(text: string): {
  tokens: Token[];
  sentences: Sentence[];
} {
  const doc = piecesTerms(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const { terms, start: shift, end } of doc) {
    const first = tokens.length;
    let host: Token | undefined;
    for (let j = 0; j < terms.length; j++) {
      const term = terms[j];
      const norm = normOf(term, tokens[tokens.length - 1], terms[j + 1]);
      if (!term.text) {
        // Hidden half of a contraction: it belongs to the word before it.
        // Written out in the host's key order, so that every token has one shape.
        if (host && norm)
          tokens.push({
            i: tokens.length,
            text: '',
            norm,
            start: host.start,
            end: host.end,
            tags: term.tags ?? NO_TAGS,
            pre: host.pre,
            post: host.post,
            sent: host.sent,
          });
        continue;
      }
      const start = placeTerm(text, term, shift, cursor, end);
      if (start < 0) {
        host = undefined;
        continue;
      }
      cursor = start + term.text.length;
      host = {
        i: tokens.length,
        text: term.text,
        norm,
        start,
        end: cursor,
        tags: term.tags ?? NO_TAGS,
        pre: term.pre,
        post: term.post,
        sent: sentences.length,
      };
      tokens.push(host);
    }
    if (tokens.length > first) {
      const last = tokens.length;
      sentences.push({
        first,
        last,
        start: tokens[first].start,
        end: tokens[last - 1].end,
      });
    }
  }
  return { tokens, sentences };
}

/** Where the term really is: compromise's offset (relative to its piece, which starts at `shift`)
 * when the text there matches, else the next match before the end of its piece (-1 when none). */
function placeTerm(
  text: string,
  term: RawTerm,
  shift: number,
  cursor: number,
  end: number,
): number {
  const at = term.offset ? term.offset.start + shift : undefined;
  if (at !== undefined && at >= cursor && text.startsWith(term.text, at)) return at;
  const found = text.slice(cursor, end).indexOf(term.text);
  return found < 0 ? -1 : cursor + found;
}

const CONTRACTION_D = /['’]d$/i;

/** The matching form of a term: its expansion when compromise expanded a contraction. For "'d" the
 * pre-tagger guesses "had" or "would" without the post-tagger, so the next word decides. */
function normOf(term: RawTerm, prev: Token | undefined, next: RawTerm | undefined): string {
  const base = (term.implicit || term.normal || '').toLowerCase();
  if (!term.text && prev && CONTRACTION_D.test(prev.text) && (base === 'had' || base === 'would')) {
    const pastParticiple = next?.tags?.has('PastTense') && !next.tags.has('Infinitive');
    return pastParticiple ? 'had' : 'would';
  }
  return base.includes('’') ? base.replace(/’/g, "'") : base;
}

/** Whitespace split, one sentence: only used if compromise throws on some input. */
function fallbackTerms(text: string): RawTerm[][] {
  const terms: RawTerm[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const word = m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) continue;
    const start = (m.index ?? 0) + m[0].indexOf(word);
    terms.push({
      text: word,
      pre: '',
      post: ' ',
      normal: word.toLowerCase(),
      offset: { start, length: word.length },
    });
  }
  return [terms];
}
