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
export type Sentence = { first: number; last: number; start: number; end: number };

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

/** Splits text into tokens and sentences with compromise, mapping every term back to the original
 * text and verifying the span; terms that cannot be placed are dropped rather than mis-placed. */
export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  let doc: RawTerm[][];
  try {
    const view = nlp.tokenize(text);
    view.compute(PASSES);
    doc = view.document as unknown as RawTerm[][];
  } catch {
    doc = fallbackTerms(text);
  }
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const terms of doc) {
    const first = tokens.length;
    let host: Token | undefined;
    for (let j = 0; j < terms.length; j++) {
      const term = terms[j];
      const norm = normOf(term, tokens[tokens.length - 1], terms[j + 1]);
      if (!term.text) {
        // Hidden half of a contraction: it belongs to the word before it.
        if (host && norm)
          tokens.push({ ...host, i: tokens.length, text: '', norm, tags: term.tags ?? NO_TAGS });
        continue;
      }
      const start = placeTerm(text, term, cursor);
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
      sentences.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end });
    }
  }
  return { tokens, sentences };
}

/** Where the term really is: compromise's offset when the text there matches, else the next match. */
function placeTerm(text: string, term: RawTerm, cursor: number): number {
  const at = term.offset?.start;
  if (at !== undefined && at >= cursor && text.startsWith(term.text, at)) return at;
  return text.indexOf(term.text, cursor);
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
  return base.replace(/’/g, "'");
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
