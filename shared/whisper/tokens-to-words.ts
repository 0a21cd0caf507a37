import type { WhisperSegment, WhisperToken } from './whisper-json';

/** A word assembled from whisper tokens: `raw` keeps its punctuation; times in seconds.
 * `dtwStart` is the DTW-aligned start of its first spoken token, when whisper gave one. */
export type RawWord = { raw: string; start: number; end: number; p: number; dtwStart?: number };

/** True for whisper's control tokens ([_BEG_], [_TT_123], [_SOT_], <|endoftext|> ...). */
export function isSpecialToken(text: string): boolean {
  return /^\[_[^\]]*\]$/.test(text) || /^<\|[^|]*\|>$/.test(text);
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

function tokenTimes(token: WhisperToken, segment: WhisperSegment): [number, number] {
  const from = token.offsets?.from ?? segment.offsets.from;
  const to = token.offsets?.to ?? segment.offsets.to;
  return [from / 1000, Math.max(from, to) / 1000];
}

type Pending = {
  raw: string;
  times: [number, number][];
  spokenTimes: [number, number][];
  dtw: number[];
  ps: number[];
  allPs: number[];
};

/**
 * Merges a segment's sub-word tokens into words. A token that starts with white space starts a
 * new word; any other token (", ", "'t", "ing") continues the current one. Special tokens are
 * dropped. Times and probability come from the tokens that carry letters or digits: whisper
 * times a trailing comma over the pause after the word, and punctuation is near-certain, which
 * would hide a doubtful word.
 */
export function tokensToWords(segment: WhisperSegment): RawWord[] {
  const words: RawWord[] = [];
  let current: Pending | null = null;
  const flush = () => {
    if (!current || current.raw.trim() === '') return;
    const ps = current.ps.length > 0 ? current.ps : current.allPs;
    const times = current.spokenTimes.length > 0 ? current.spokenTimes : current.times;
    const word: RawWord = {
      raw: current.raw.trim(),
      start: times[0]![0],
      end: Math.max(...times.map(([, end]) => end)),
      p: clamp01(ps.reduce((a, b) => a + b, 0) / ps.length),
    };
    // whisper.cpp writes -1 for a token DTW did not align.
    if ((current.dtw[0] ?? -1) >= 0) word.dtwStart = current.dtw[0]! / 100;
    words.push(word);
  };
  for (const token of segment.tokens ?? []) {
    if (isSpecialToken(token.text) || token.text === '') continue;
    if (/^\s/.test(token.text) || current === null) {
      flush();
      current = { raw: '', times: [], spokenTimes: [], dtw: [], ps: [], allPs: [] };
    }
    const times = tokenTimes(token, segment);
    current.raw += token.text;
    current.times.push(times);
    current.allPs.push(token.p);
    if (HAS_WORD_CHAR.test(token.text)) {
      current.spokenTimes.push(times);
      current.ps.push(token.p);
      current.dtw.push(token.t_dtw ?? -1);
    }
  }
  flush();
  return words;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '*': '*' };

/**
 * Drops the non-speech annotations whisper writes for noise ("[BLANK_AUDIO]", "(upbeat music)",
 * "*sighs*", "♪"), which may span several words. Spoken answers never contain them.
 */
export function dropAnnotations(words: RawWord[]): RawWord[] {
  const kept: RawWord[] = [];
  let closer: string | null = null;
  for (const word of words) {
    const text = word.raw;
    if (closer !== null) {
      if (text.includes(closer)) closer = null;
      continue;
    }
    const opener = CLOSERS[text[0] ?? ''];
    if (opener !== undefined) {
      if (!text.slice(1).includes(opener)) closer = opener;
      continue;
    }
    if (/[♪♫]/.test(text)) continue;
    kept.push(word);
  }
  return kept;
}

/** True when a word has at least one letter or digit (so it is not bare punctuation). */
export function isSpokenWord(raw: string): boolean {
  return HAS_WORD_CHAR.test(raw);
}
