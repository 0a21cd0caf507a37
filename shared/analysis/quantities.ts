import type { Token } from './tokens';
import { LATENCY_UNITS, MULTIPLIER_WORDS, NUMBER_WORDS, SCALE_WORDS } from './lists/units';
import {
  classify,
  countedRateEnd,
  isTimeUnitAt,
  isUnitAt,
  isUnitWord,
  startWithPercentile,
  unitEndAt,
  type QuantityHit,
} from './quantity-units';
import { JOINERS, SPAN_LEAD } from './lists/units';

export type { QuantityHit } from './quantity-units';

const DIGITS = /^[$€£]?\d[\d,]*(\.\d+)?[%kmb]?$/i;

/** True when the token is (part of) a number: digits, a spelled-out number or compromise's Value tag.
 * Roman numerals are not numbers here: compromise reads "CI" (the build system) as 101. */
export function isNumberToken(t: Token): boolean {
  if (t.tags.has('RomanNumeral') || t.tags.has('Ordinal') || isUnitWord(t.norm)) return false;
  if (DIGITS.test(t.text)) return true;
  if (/^\dxx$/i.test(t.text)) return false; // "5xx errors" is a class of status codes
  // "4D graphs", "2FA": digits glued to letters that are no unit are a name or a mis-heard word.
  const glued = /^\d+([a-z]+)$/i.exec(t.text);
  if (glued && !isUnitWord(glued[1].toLowerCase()) && !/^(x|k|m|b|rps|qps)$/i.test(glued[1]))
    return false;
  if (t.tags.has('Value') && /^[$€£]?\d/.test(t.text)) return true;
  return NUMBER_WORDS.has(t.norm) || (t.tags.has('TextValue') && t.norm !== 'one');
}

/** Finds every stated quantity in the tokens: numbers with units, percentages, multipliers,
 * percentile latencies, durations, money and counts. Dates, times of day and labels ("version 2") are
 * skipped. Linear in the number of tokens. */
export function findQuantities(tokens: readonly Token[]): QuantityHit[] {
  const hits: QuantityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (MULTIPLIER_WORDS.has(t.norm)) {
      hits.push({ first: i, last: i + 1, kind: 'multiplier' });
      continue;
    }
    if (
      (t.norm === 'a' || t.norm === 'an') &&
      isTimeUnitAt(tokens, i + 1) &&
      SPAN_LEAD.has(tokens[i - 1]?.norm ?? '')
    ) {
      // "in about an hour", "slipped by a week": a duration said without a digit.
      hits.push({
        first: i,
        last: i + 2,
        kind: LATENCY_UNITS.has(tokens[i + 1].norm) ? 'latency' : 'duration',
      });
      i++;
      continue;
    }
    const numeric = isNumberToken(t) || (t.norm === 'one' && isUnitAt(tokens, i + 1));
    if (!numeric || t.text === '') continue;
    let last = i + 1;
    // "2.5 million", "two and a half", "40 thousand": one quantity.
    while (last < tokens.length && tokens[last].sent === t.sent) {
      const n = tokens[last];
      if (isNumberToken(n) || SCALE_WORDS.has(n.norm)) last++;
      else if (
        n.norm === 'and' &&
        tokens[last + 1]?.norm === 'a' &&
        tokens[last + 2]?.norm === 'half'
      )
        last += 3;
      else if (
        JOINERS.has(n.norm) &&
        tokens[last + 1] &&
        isNumberToken(tokens[last + 1]) &&
        // "two hundred and fifty" is one number; "in 2019 and 300 events" is two.
        (n.norm !== 'and' || SCALE_WORDS.has(tokens[last - 1].norm))
      )
        last += 2;
      else break;
    }
    const kind = classify(tokens, i, last);
    // "comparing the two": a spelled-out number standing for things already named, not a measure.
    const backReference =
      kind === 'number' && !DIGITS.test(t.text) && tokens[i - 1]?.norm === 'the';
    if (kind === null || backReference) {
      i = last - 1;
      continue;
    }
    // A count includes what is counted ("400 rows"); a bare number has no unit.
    const counted = kind === 'rate' ? countedRateEnd(tokens, last) : last;
    const unitEnd =
      kind === 'number'
        ? last
        : kind === 'count'
          ? last + 1
          : counted > last
            ? counted
            : unitEndAt(tokens, last);
    hits.push({ first: startWithPercentile(tokens, i), last: unitEnd, kind });
    i = unitEnd - 1;
  }
  return hits;
}
