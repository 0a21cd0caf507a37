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
  const grams = new Map<string, { count: number; at: { start: number; end: number }[] }>();
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
      const entry = grams.get(key) ?? { count: 0, at: [] };
      entry.count++;
      entry.at.push({ start: tokens[i].start, end: last.end });
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
