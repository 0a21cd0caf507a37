import type { Transcript } from '../../../shared/transcript';
import { normaliseWords } from './wer';

/** A sentence whose voice starts at a known time in the audio. */
export type KnownStart = { text: string; startSec: number };

/** Where the transcript puts a sentence's first word, against where its voice really starts. */
export type StartError = { sentence: string; knownSec: number; foundSec: number | null };

/** How far from the known start a first word may be searched; a miss beyond it is reported. */
const SEARCH_SEC = 2;

/**
 * Finds each sentence's first word in the transcript, in order and near its known start (a
 * word that also matches the sentence's second word is preferred, so an "I" ending the sentence
 * before does not stand in for the "I" opening this one), and reports the start errors.
 */
export function sentenceStartErrors(t: Transcript, sentences: KnownStart[]): StartError[] {
  const words = t.words.map((w) => ({ ...w, norm: normaliseWords(w.text).join(' ') }));
  let from = 0;
  return sentences.map(({ text, startSec }) => {
    const [first, second] = normaliseWords(text);
    const candidates = [];
    for (let i = from; i < words.length; i++) {
      if (words[i]!.norm !== first || Math.abs(words[i]!.start - startSec) > SEARCH_SEC) continue;
      candidates.push({ i, paired: words[i + 1]?.norm === second });
    }
    const pool = candidates.some((c) => c.paired) ? candidates.filter((c) => c.paired) : candidates;
    pool.sort(
      (a, b) => Math.abs(words[a.i]!.start - startSec) - Math.abs(words[b.i]!.start - startSec),
    );
    const best = pool[0];
    if (best) from = best.i + 1;
    return {
      sentence: text.slice(0, 40),
      knownSec: startSec,
      foundSec: best ? words[best.i]!.start : null,
    };
  });
}
