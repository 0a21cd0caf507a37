import type { MemorizedSignal } from '../schema-content';

/** Five words in a row: long enough that two freely told versions of a story rarely share one
 * ("we rolled it back" is four), short enough to catch a recited sentence. */
const SHINGLE = 5;
/** Over 40% of a take's 5-word sequences said before reads as recited: retelling the same story in
 * new words shares under 10% (see the memorized test), reciting it shares most. */
const MEMORIZED_SHARE = 0.4;
/** Fillers do not count: "um" in one take and not the other should not hide a recited sentence. */
const SKIP = new Set(['um', 'uh', 'er', 'erm', 'ah', 'hmm']);

type Word = { norm: string; start: number; end: number };

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}']+/gu)) {
    const norm = m[0].toLowerCase();
    if (!SKIP.has(norm)) out.push({ norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const shingles = (words: readonly Word[]) =>
  words.slice(0, Math.max(0, words.length - SHINGLE + 1)).map((_, i) =>
    words
      .slice(i, i + SHINGLE)
      .map((w) => w.norm)
      .join(' '),
  );

/** An earlier take to compare with. */
export type EarlierTake = { attemptId: string; text: string };

/** How much of this take was said word for word in an earlier take of the same question, with the
 * longest shared stretch. Over the threshold, the advice is to keep the structure and vary the
 * sentences. */
export function memorizedSignal(text: string, earlier: readonly EarlierTake[]): MemorizedSignal {
  const words = wordsOf(text);
  const mine = shingles(words);
  let best = { share: 0, attemptId: null as string | null, shared: [] as boolean[] };
  for (const take of earlier) {
    const theirs = new Set(shingles(wordsOf(take.text)));
    const shared = mine.map((s) => theirs.has(s));
    const share = mine.length ? shared.filter(Boolean).length / mine.length : 0;
    if (share > best.share) best = { share, attemptId: take.attemptId, shared };
  }
  // The longest run of shared 5-word sequences, as a stretch of this take's text.
  let stretch: MemorizedSignal['stretch'] = null;
  let runStart = -1;
  let longest = 0;
  for (let i = 0; i <= best.shared.length; i++) {
    if (i < best.shared.length && best.shared[i]) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > longest) {
      longest = i - runStart;
      const start = words[runStart].start;
      const end = words[i - 1 + SHINGLE - 1].end;
      stretch = { start, end, text: text.slice(start, end) };
    }
    runStart = -1;
  }
  return {
    comparedTakes: earlier.length,
    repeatedShare: Math.round(best.share * 100) / 100,
    threshold: MEMORIZED_SHARE,
    memorized: best.share > MEMORIZED_SHARE,
    closestAttemptId: best.attemptId,
    stretch,
  };
}
