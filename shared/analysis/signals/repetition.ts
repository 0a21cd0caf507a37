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
  const grams = new Map<string, { count: number; at: { start: number; end: number }[] }>();
  for (let n = 2; n <= 4; n++)
    for (let i = 0; i + n <= tokens.length; i++) {
      const run = tokens.slice(i, i + n);
      // A phrase ends on a word, not on "the": "we looked at", not "we looked at the".
      if (run.some((t) => t.sent !== run[0].sent) || DETERMINERS.has(run[n - 1].norm)) continue;
      const content = run.filter((t) => !FUNCTION_WORDS.has(t.norm));
      if (!content.length || !content.some((t) => t.tags.has('Verb'))) continue;
      const key = run.map((t) => t.norm).join(' ');
      const entry = grams.get(key) ?? { count: 0, at: [] };
      entry.count++;
      entry.at.push({ start: run[0].start, end: run[n - 1].end });
      grams.set(key, entry);
    }
  const repeated = [...grams].filter(([, g]) => g.count >= MIN_REPEATS);
  // Keep the longest form: "we looked" goes when "we looked at" is said as often.
  const maximal = repeated.filter(
    ([k, g]) =>
      !repeated.some(([o, h]) => o !== k && h.count >= g.count && ` ${o} `.includes(` ${k} `)),
  );
  const repeatedPhrases = maximal
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, 8)
    .map(([phrase, g]) => ({
      phrase,
      count: g.count,
      at: g.at.map((a) => ({ ...a, text: doc.text.slice(a.start, a.end) })),
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
