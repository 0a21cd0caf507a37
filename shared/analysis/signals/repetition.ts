import type { Doc } from '../doc';
import { CRUTCH_WORDS, FUNCTION_WORDS } from '../lists/content-cues';
import { findPhrases, phraseSet } from '../phrase-match';
import type { ContentSignals } from '../schema-content';

/** A phrase said this many times is a habit the listener hears. */
const MIN_REPEATS = 3;
/** A crutch word over this rate (per 100 words, and at least 3 times) is repetitive. */
const CRUTCH_PER_100 = 2;
const CRUTCH_SET = phraseSet(CRUTCH_WORDS);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
]);

/** Repeated phrases of 2 to 4 words with a verb in them ("we looked", "we talked about"; topic
 * nouns such as "the cache" are expected to recur), and crutch words by count. */
export function repetitionSignal(doc: Doc, words: number): ContentSignals['repetition'] {
  const tokens = doc.tokens.filter((t) => t.text !== '');
  // Per word: a content word that is a verb (what a phrase needs at least one of).
  const verbal = tokens.map((t) => !FUNCTION_WORDS.has(t.norm) && t.tags.has('Verb'));
  // Per phrase: how often it is said, and where (token index pairs, first and last word).
  const grams = new Map<string, { count: number; at: number[] }>();
  for (let n = 2; n <= 4; n++)
    for (let i = 0; i + n <= tokens.length; i++) {
      const last = tokens[i + n - 1];
      // A phrase ends on a word, not on "the": "we looked at", not "we looked at the".
      if (last.sent !== tokens[i].sent || DETERMINERS.has(last.norm)) continue;
      let verb = false;
      for (let j = i; j < i + n; j++) verb ||= verbal[j];
      if (!verb) continue;
      let key = tokens[i].norm;
      for (let j = i + 1; j < i + n; j++) key += ' ' + tokens[j].norm;
      let entry = grams.get(key);
      if (!entry) {
        entry = { count: 0, at: [] };
        grams.set(key, entry);
      }
      entry.count++;
      entry.at.push(i, i + n - 1);
    }
  const repeated = [...grams].filter(([, g]) => g.count >= MIN_REPEATS);
  // Keep the longest form: "we looked" goes when "we looked at" is said as often.
  const maximal = repeated.filter(
    ([k, g]) =>
      !repeated.some(([o, h]) => o !== k && h.count >= g.count && ` ${o} `.includes(` ${k} `)),
  );
  const spans = (at: readonly number[]) => {
    const out: { start: number; end: number; text: string }[] = [];
    for (let k = 0; k < at.length; k += 2) {
      const start = tokens[at[k]].start;
      const end = tokens[at[k + 1]].end;
      out.push({ start, end, text: doc.text.slice(start, end) });
    }
    return out;
  };
  const repeatedPhrases = maximal
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, 8)
    .map(([phrase, g]) => ({
      phrase,
      count: g.count,
      at: spans(g.at),
    }));
  const crutch = new Map<string, number>();
  for (const hit of findPhrases(doc.tokens, CRUTCH_SET))
    crutch.set(hit.phrase, (crutch.get(hit.phrase) ?? 0) + 1);
  const crutchWords = [...crutch]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1])
    .map(([word, count]) => ({ word, count }));
  const heavy = crutchWords.some(
    (c) => c.count >= MIN_REPEATS && words > 0 && (c.count / words) * 100 > CRUTCH_PER_100,
  );
  return { repeatedPhrases, crutchWords, repetitive: repeatedPhrases.length > 0 || heavy };
}
