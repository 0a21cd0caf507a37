/** Spoken shapes of a quantity that are not "number + unit": fractions ("about a third of users"),
 * frequencies ("twice a week", "14,000 a second") and counts with modifiers ("37 bad accounts"). */
import {
  DURATION_UNITS,
  FRACTION_BEFORE,
  FRACTION_LEADS,
  FRACTION_WORDS,
  LATENCY_UNITS,
  RATE_LINKS,
} from './lists/units';
import { APPROXIMATORS } from './lists/impact';
import type { Token } from './tokens';

const same = (tokens: readonly Token[], a: number, b: number) =>
  !!tokens[a] && !!tokens[b] && tokens[a].sent === tokens[b].sent;

/** End of a fraction starting at i ("a third", "two-thirds"), or -1. Said as a share of something
 * ("a third of users") or after a change or an approximator ("dropped by about a third"). */
export function fractionEnd(tokens: readonly Token[], i: number): number {
  const lead = tokens[i];
  const frac = tokens[i + 1];
  if (!frac || !same(tokens, i, i + 1) || !FRACTION_LEADS.has(lead.norm)) return -1;
  if (!FRACTION_WORDS.has(frac.norm) || frac.norm === 'half') return -1;
  // "two quarters of migration", "a two-quarter project": quarters of a year, a stretch of time;
  // only "three quarters" and "a quarter" are said as shares.
  if (frac.norm.startsWith('quarter') && !/^(a|one|three)$/.test(lead.norm)) return -1;
  // "a third-party vendor", "a quarter-end close": the fraction word opens a compound, no share.
  if (frac.post === '-') return -1;
  // "two-thirds": one word on the page; "a third" needs a share or a lead-in to be a measure.
  if (lead.post === '-') return i + 2;
  const of = tokens[i + 2]?.norm === 'of' && same(tokens, i, i + 2);
  const prev = tokens[i - 1]?.norm ?? '';
  // "a quarter" is also a stretch of time ("over a quarter"): only "a quarter of ..." is a share.
  if (frac.norm.startsWith('quarter')) return of ? i + 2 : -1;
  // "got a third faster", "is a quarter cheaper": a fraction of a comparison.
  const compared = !!tokens[i + 2]?.tags.has('Comparative') && same(tokens, i, i + 2);
  return of || compared || FRACTION_BEFORE.has(prev) ? i + 2 : -1;
}

/** True when token i is a time unit: "second", "week". */
const timeUnit = (t: Token | undefined) =>
  !!t && (LATENCY_UNITS.has(t.norm) || DURATION_UNITS.has(t.norm)) && t.norm.length > 2;

/** End of "a second" / "per month" right after a count at `end`, or `end` when none follows:
 * "14,000 a second", "twice a week", "two or three times per month". */
export function frequencyEnd(tokens: readonly Token[], end: number): number {
  const link = tokens[end];
  // "one every two weeks", "once every three days": a count over a counted span.
  const counted =
    !!link &&
    link.norm === 'every' &&
    same(tokens, end - 1, end) &&
    /^(two|three|four|five|six|ten|\d+)$/.test(tokens[end + 1]?.norm ?? '') &&
    same(tokens, end, end + 2) &&
    timeUnit(tokens[end + 2]);
  if (counted) return end + 3;
  if (!link || !RATE_LINKS.has(link.norm) || !same(tokens, end - 1, end + 1)) return end;
  return timeUnit(tokens[end + 1]) ? end + 2 : end;
}

/** Plural-looking words a count can be of, though the tagger read them as verbs ("412 accounts",
 * "41,000 seats"); auxiliaries and copulas are not. */
function pluralNoun(t: Token | undefined): boolean {
  if (!t || t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Pronoun')) return false;
  if (t.tags.has('Plural')) return true;
  return /^[a-z-]{3,}[^s]s$/.test(t.norm) && (t.tags.has('Noun') || t.tags.has('PresentTense'));
}

/** A word that can sit between a number and what it counts: "37 bad accounts", "zero missed
 * payouts", "140 deletion requests", "20,000 concurrent players", "four failing tests". */
function modifier(t: Token | undefined): boolean {
  if (!t || t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Preposition'))
    return false;
  return (
    t.tags.has('Adjective') ||
    (t.tags.has('PastTense') && !t.tags.has('Copula')) ||
    // "two expiring certificates", "fourteen locking migrations": a participle naming what kind.
    (t.tags.has('Gerund') && !t.tags.has('Auxiliary')) ||
    (t.tags.has('Singular') && t.tags.has('Noun') && !t.tags.has('Pronoun'))
  );
}

/** End of what a number counts, when it is a plural noun right after it or after at most two
 * modifiers in the same sentence ("37 bad accounts"); -1 when there is none. */
export function countedNounEnd(tokens: readonly Token[], last: number): number {
  for (let k = last; k < last + 3; k++) {
    if (!same(tokens, last - 1, k)) return -1;
    if (pluralNoun(tokens[k]) && !APPROXIMATORS.has(tokens[k].norm)) return k + 1;
    if (!modifier(tokens[k])) return -1;
  }
  return -1;
}
