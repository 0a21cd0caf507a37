import {
  DURATION_UNITS,
  LABEL_BEFORE,
  LATENCY_UNITS,
  MONEY_UNITS,
  MULTIPLIER_UNITS,
  PERCENT_UNITS,
  PERCENTILE_PATTERN,
  RATE_UNITS,
  SIZE_UNITS,
} from './lists/units';
import { AFFECTED_NOUNS } from './lists/impact';
import type { Token } from './tokens';
import { PERCENTILE_TIES, TIME_OF_DAY } from './lists/units';

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

/** True for latency, duration, size and money units. */
export function isUnitWord(w: string): boolean {
  return LATENCY_UNITS.has(w) || DURATION_UNITS.has(w) || SIZE_UNITS.has(w) || MONEY_UNITS.has(w);
}

/** True when token i is a time unit in the same sentence ("an hour"). */
export function isTimeUnitAt(tokens: readonly Token[], i: number): boolean {
  const u = tokens[i]?.norm ?? '';
  return (
    (DURATION_UNITS.has(u) || LATENCY_UNITS.has(u)) &&
    u.length > 2 &&
    tokens[i].sent === tokens[i - 1].sent
  );
}

/** True when token i is a unit that makes "one" a quantity ("one second"). */
export function isUnitAt(tokens: readonly Token[], i: number): boolean {
  const u = tokens[i]?.norm ?? '';
  return (
    PERCENT_UNITS.has(u) || LATENCY_UNITS.has(u) || DURATION_UNITS.has(u) || MONEY_UNITS.has(u)
  );
}

/** End of the unit after a number: one word or "per second"; none when the number has it ("40%"). */
export function unitEndAt(tokens: readonly Token[], i: number): number {
  const u = tokens[i];
  // "99.2%, every week ...": a pause ends the quantity.
  if (!u || u.sent !== tokens[i - 1]?.sent || /[,;:]/.test(tokens[i - 1].post)) return i;
  if (u.norm === 'per' && tokens[i + 1]) return i + 2;
  const w = u.norm;
  const isUnit =
    isUnitWord(w) ||
    PERCENT_UNITS.has(w) ||
    MULTIPLIER_UNITS.has(w) ||
    (RATE_UNITS.has(w) && w.length > 2);
  // "40%" carries its unit inside the token: the next word is not part of it.
  return isUnit ? i + 1 : i;
}

/** Start of a quantity, moved back to its percentile marker ("p99 went from 800 ms"). */
export function startWithPercentile(tokens: readonly Token[], i: number): number {
  // Only across words that tie the marker to its value ("p99 of about 800 ms", "p95 at 2 s"); in
  // "p99 went from 800 ms" the marker is the subject and the span stays on the value.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (PERCENTILE_PATTERN.test(tokens[k].norm)) return k;
    if (tokens[k].sent !== tokens[i].sent || !PERCENTILE_TIES.has(tokens[k].norm)) break;
  }
  return i;
}

/** End of "requests per second" / "events a day" after a number at `unit`, or `unit` when the
 * counted word is not followed by a rate. */
export function countedRateEnd(tokens: readonly Token[], unit: number): number {
  const per = tokens[unit + 1]?.norm ?? '';
  const time = tokens[unit + 2];
  const same = time && time.sent === tokens[unit].sent && tokens[unit + 1].sent === time.sent;
  const isRate =
    same &&
    (per === 'per' || per === 'a' || per === 'an' || per === 'each') &&
    (LATENCY_UNITS.has(time.norm) || DURATION_UNITS.has(time.norm));
  return isRate ? unit + 3 : unit;
}

/** What a number measures, from its unit and neighbours; null for dates, times of day and labels. */
export function classify(
  tokens: readonly Token[],
  first: number,
  last: number,
): QuantityKind | null {
  const t = tokens[first];
  const prev = tokens[first - 1];
  const unit = tokens[last];
  const u = unit && unit.sent === t.sent ? unit.norm : '';
  const text = tokens
    .slice(first, last)
    .map((x) => x.text)
    .join(' ');
  // compromise reads "around 1,800" and "2000 requests" as years; a year has no comma and no plural
  // or unit after it ("in 2019", not "2000 requests per second").
  const counted = !!unit && unit.sent === t.sent && (/s$/.test(u) || isUnitAt(tokens, last));
  const yearLike = /^(19|20)\d\d$/.test(t.text) && last === first + 1 && !counted;
  if ((t.tags.has('Date') && !/,/.test(t.text) && !counted) || yearLike) return null;
  if (t.tags.has('Time') || TIME_OF_DAY.has(u)) return null;
  // "june twenty second": a date, not a latency.
  if (prev?.tags.has('Month') && prev.sent === t.sent) return null;
  if (prev && LABEL_BEFORE.has(prev.norm) && prev.sent === t.sent && !/[,;:]/.test(prev.post))
    return null;
  if (/%$/.test(text) || t.tags.has('Percent') || PERCENT_UNITS.has(u)) return 'percent';
  // "1.2s", "2.5gb": the unit is glued to the number.
  // "502s" is a status code said in the plural; "1.2s" a latency.
  const unitGlued = /^[\d.,]+([a-z]+)$/i.exec(t.text)?.[1].toLowerCase() ?? '';
  const glued = unitGlued === 's' && !/\./.test(t.text) ? '' : unitGlued;
  if (LATENCY_UNITS.has(glued)) return 'latency';
  if (DURATION_UNITS.has(glued)) return 'duration';
  if (SIZE_UNITS.has(glued)) return 'size';
  if (glued === 'x') return 'multiplier';
  if (/^[$€£]/.test(text) || (prev && /[$€£]/.test(prev.text + t.pre)) || t.tags.has('Money'))
    return 'money';
  if (MONEY_UNITS.has(u)) return 'money';
  if (MULTIPLIER_UNITS.has(u)) return 'multiplier';
  if (LATENCY_UNITS.has(u)) return 'latency';
  if (DURATION_UNITS.has(u)) return 'duration';
  if (SIZE_UNITS.has(u)) return 'size';
  if (RATE_UNITS.has(u) && u !== 'a' && u !== 'an' && u !== 'each' && u !== 'every') return 'rate';
  if (countedRateEnd(tokens, last) > last) return 'rate';
  // Without compromise's post-tagger "orders" and "requests" often read as verbs: the lexicon decides.
  const noun = unit && (unit.tags.has('Noun') || unit.tags.has('Plural') || AFFECTED_NOUNS.has(u));
  if (unit && unit.sent === t.sent && noun) {
    return unit.tags.has('Pronoun') ? 'number' : 'count';
  }
  // "the old one", "half of them"; "to one" is the far end of a change (quantities.ts checks it).
  // ("under one thousand", "about one and a half": a spoken number that goes on is no pronoun.)
  const alone = last === first + 1;
  if (
    (t.norm === 'one' && alone && prev?.norm !== 'to') ||
    t.norm === 'half' ||
    t.norm === 'quarter'
  )
    return null;
  return 'number';
}
