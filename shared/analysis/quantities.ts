import type { Token } from './tokens';
import {
  DURATION_UNITS,
  LABEL_BEFORE,
  LATENCY_UNITS,
  MONEY_UNITS,
  MULTIPLIER_UNITS,
  MULTIPLIER_WORDS,
  NUMBER_WORDS,
  PERCENT_UNITS,
  PERCENTILE_PATTERN,
  RATE_UNITS,
  SCALE_WORDS,
  SIZE_UNITS,
} from './lists/units';

/** What a stated quantity measures. */
export type QuantityKind =
  | 'percent'
  | 'multiplier'
  | 'latency'
  | 'duration'
  | 'money'
  | 'size'
  | 'rate'
  | 'count'
  | 'number';

/** A quantity the speaker stated, as tokens [first, last) and its kind. */
export type QuantityHit = { first: number; last: number; kind: QuantityKind };

const DIGITS = /^[$€£]?\d[\d,]*(\.\d+)?[%kmb]?$/i;
const TIME_OF_DAY = new Set(['am', 'pm', "o'clock", 'a.m', 'p.m']);
const JOINERS = new Set(['and', 'a', 'point']);
/** Words before "a week" / "an hour" that make it a stated duration, not a rate ("once a week"). */
const SPAN_LEAD = new Set([
  'in',
  'about',
  'around',
  'within',
  'for',
  'by',
  'after',
  'over',
  'than',
  'nearly',
  'almost',
  'roughly',
  'under',
  'took',
  'just',
  'only',
  'least',
  'half',
]);

/** True when the token is (part of) a number: digits, a spelled-out number or compromise's Value tag.
 * Roman numerals are not numbers here: compromise reads "CI" (the build system) as 101. */
export function isNumberToken(t: Token): boolean {
  if (t.tags.has('RomanNumeral') || t.tags.has('Ordinal') || isUnitWord(t.norm)) return false;
  if (DIGITS.test(t.text)) return true;
  if (/^\dxx$/i.test(t.text)) return false; // "5xx errors" is a class of status codes
  if (t.tags.has('Value') && /^[$€£]?\d/.test(t.text)) return true;
  return NUMBER_WORDS.has(t.norm) || (t.tags.has('TextValue') && t.norm !== 'one');
}

function isUnitWord(w: string): boolean {
  return LATENCY_UNITS.has(w) || DURATION_UNITS.has(w) || SIZE_UNITS.has(w) || MONEY_UNITS.has(w);
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
      else if (JOINERS.has(n.norm) && tokens[last + 1] && isNumberToken(tokens[last + 1]))
        last += 2;
      else break;
    }
    const kind = classify(tokens, i, last);
    if (kind === null) {
      i = last - 1;
      continue;
    }
    // A count includes what is counted ("400 rows"); a bare number has no unit.
    const unitEnd = kind === 'number' ? last : kind === 'count' ? last + 1 : unitEndAt(tokens, last);
    hits.push({ first: startWithPercentile(tokens, i), last: unitEnd, kind });
    i = unitEnd - 1;
  }
  return hits;
}

function isTimeUnitAt(tokens: readonly Token[], i: number): boolean {
  const u = tokens[i]?.norm ?? '';
  return (
    (DURATION_UNITS.has(u) || LATENCY_UNITS.has(u)) &&
    u.length > 2 &&
    tokens[i].sent === tokens[i - 1].sent
  );
}

function isUnitAt(tokens: readonly Token[], i: number): boolean {
  const u = tokens[i]?.norm ?? '';
  return (
    PERCENT_UNITS.has(u) || LATENCY_UNITS.has(u) || DURATION_UNITS.has(u) || MONEY_UNITS.has(u)
  );
}

/** Tokens of the unit after a number: one word, or "per second" style pairs. */
function unitEndAt(tokens: readonly Token[], i: number): number {
  const u = tokens[i];
  if (!u || u.sent !== tokens[i - 1]?.sent) return i;
  if (u.norm === 'per' && tokens[i + 1]) return i + 2;
  const w = u.norm;
  const isUnit =
    isUnitWord(w) || PERCENT_UNITS.has(w) || MULTIPLIER_UNITS.has(w) || (RATE_UNITS.has(w) && w.length > 2);
  // "40%" carries its unit inside the token: the next word is not part of it.
  return isUnit ? i + 1 : i;
}

function startWithPercentile(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (PERCENTILE_PATTERN.test(tokens[k].norm)) return k;
    if (tokens[k].sent !== tokens[i].sent) break;
  }
  return i;
}

function classify(tokens: readonly Token[], first: number, last: number): QuantityKind | null {
  const t = tokens[first];
  const prev = tokens[first - 1];
  const unit = tokens[last];
  const u = unit && unit.sent === t.sent ? unit.norm : '';
  const text = tokens
    .slice(first, last)
    .map((x) => x.text)
    .join(' ');
  if (t.tags.has('Date') || t.tags.has('Time') || TIME_OF_DAY.has(u)) return null;
  if (prev && LABEL_BEFORE.has(prev.norm) && prev.sent === t.sent) return null;
  if (/^(19|20)\d\d$/.test(t.text) && last === first + 1 && !isUnitAt(tokens, last)) return null;
  if (/%$/.test(text) || t.tags.has('Percent') || PERCENT_UNITS.has(u)) return 'percent';
  if (/^[$€£]/.test(text) || (prev && /[$€£]/.test(prev.text + t.pre)) || t.tags.has('Money'))
    return 'money';
  if (MONEY_UNITS.has(u)) return 'money';
  if (MULTIPLIER_UNITS.has(u)) return 'multiplier';
  if (LATENCY_UNITS.has(u)) return 'latency';
  if (DURATION_UNITS.has(u)) return 'duration';
  if (SIZE_UNITS.has(u)) return 'size';
  if (RATE_UNITS.has(u) && u !== 'a' && u !== 'an' && u !== 'each' && u !== 'every') return 'rate';
  if (unit && unit.sent === t.sent && (unit.tags.has('Noun') || unit.tags.has('Plural'))) {
    return unit.tags.has('Pronoun') ? 'number' : 'count';
  }
  if (t.norm === 'one' || t.norm === 'half' || t.norm === 'quarter') return null;
  return 'number';
}
