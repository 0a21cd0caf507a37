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
import { FREQUENCY_WORDS, JOINERS, SPAN_LEAD } from './lists/units';
import { countedNounEnd, fractionEnd, frequencyEnd } from './quantity-shapes';
import { APPROXIMATORS } from './lists/impact';

export type { QuantityHit } from './quantity-units';

const DIGITS = /^[$€£]?\d[\d,]*(\.\d+)?[%kmb]?$/i;

/** True when the token is (part of) a number: digits, a spelled-out number or compromise's Value tag.
 * Roman numerals are not numbers here: compromise reads "CI" (the build system) as 101. */
export function isNumberToken(t: Token): boolean {
  if (t.tags.has('RomanNumeral') || t.tags.has('Ordinal') || isUnitWord(t.norm)) return false;
  if (DIGITS.test(t.text)) return true;
  // "1.2s", "2.5gb": a decimal with its unit glued on, kept as one word by the tokenizer.
  const withUnit = /^\d[\d,]*\.\d+([a-z]+)$/i.exec(t.text);
  if (withUnit) return isUnitWord(withUnit[1].toLowerCase()) || /^(x|k|m)$/i.test(withUnit[1]);
  if (/^\dxx$/i.test(t.text)) return false; // "5xx errors" is a class of status codes
  // "4D graphs", "2FA": digits glued to letters that are no unit are a name or a mis-heard word.
  const glued = /^\d+([a-z]+)$/i.exec(t.text);
  if (glued && !isUnitWord(glued[1].toLowerCase()) && !/^(x|k|m|b|rps|qps)$/i.test(glued[1]))
    return false;
  if (t.tags.has('Value') && /^[$€£]?\d/.test(t.text)) return true;
  return NUMBER_WORDS.has(t.norm) || (t.tags.has('TextValue') && t.norm !== 'one');
}

/** "one" is a number before a unit or a rate ("one second", "one a month") and as the far end of
 * a change ("from eleven calls to one"); elsewhere it is usually a pronoun ("the old one"). */
function oneIsNumber(tokens: readonly Token[], i: number): boolean {
  if (isUnitAt(tokens, i + 1) || frequencyEnd(tokens, i + 1) > i + 1) return true;
  // "one point five percent", "one point one million".
  const decimal = tokens[i + 2] && (isNumberToken(tokens[i + 2]) || tokens[i + 2].norm === 'one');
  if (tokens[i + 1]?.norm === 'point' && decimal) return true;
  // "under one thousand", "one and a half": a spoken number that goes on.
  if (SCALE_WORDS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1].sent === tokens[i].sent)
    return true;
  if (
    tokens[i + 1]?.norm === 'and' &&
    tokens[i + 2]?.norm === 'a' &&
    tokens[i + 3]?.norm === 'half'
  )
    return true;
  if (ratioEnd(tokens, i + 1, true) > 0 || singularRatioEnd(tokens, i + 1) > 0) return true;
  // "twenty seconds instead of one": the other end of a comparison.
  if (tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.norm === 'instead') return true;
  return changeFarEnd(tokens, i);
}

/** True when token i follows "to" after "from <number>" in its sentence ("from about twenty a
 * month to one", "from forty a month to none"): the far end of a change. */
function changeFarEnd(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 8) && tokens[k].sent === tokens[i].sent; k--) {
    if (!isNumberToken(tokens[k])) continue;
    let f = k - 1;
    while (f > 0 && APPROXIMATORS.has(tokens[f].norm)) f--;
    if (tokens[f]?.norm === 'from') return true;
  }
  return false;
}

/** End of the far side of a ratio at k ("in ten thousand payouts", "in every 2,000 orders", "out
 * of roughly 9,000 merges"), or -1: the first number and this one are one measure, a share. */
function ratioEnd(tokens: readonly Token[], k: number, bare = false): number {
  const t = tokens[k];
  if (!t) return -1;
  let j = k;
  if (t.norm === 'in') j++;
  else if (t.norm === 'out' && tokens[k + 1]?.norm === 'of') j += 2;
  else return -1;
  if (tokens[j]?.norm === 'every') j++;
  while (tokens[j] && APPROXIMATORS.has(tokens[j].norm)) j++;
  const n = tokens[j];
  if (!n || n.sent !== t.sent || !isNumberToken(n) || n.text === '') return -1;
  let end = j + 1;
  while (
    tokens[end]?.sent === t.sent &&
    (isNumberToken(tokens[end]) || SCALE_WORDS.has(tokens[end].norm))
  )
    end++;
  // ("one person in five minutes": a length of time, no ratio; "41,000 seats in twelve minutes"
  // is read whole, a throughput.)
  if (bare && isTimeUnitAt(tokens, end)) return -1;
  const noun = countedNounEnd(tokens, end);
  if (noun > end) return noun;
  // "one in fifty", "two in ten": the far side alone, when it is no year ("one in 2019").
  const year = /^(19|20)\d\d$/.test(n.text);
  const next = tokens[end];
  const closes =
    !next || next.sent !== t.sent || !next.tags.has('Noun') || pauseAfterToken(tokens[end - 1]);
  return bare && !year && closes ? end : -1;
}

const pauseAfterToken = (t: Token | undefined) => !!t && /[,;:.!?]/.test(t.post);

/** End of "deploy in five" after "one" at k-1 ("one deploy in five got rolled back"): a singular
 * noun, then the far side of a ratio; -1 when there is none. */
function singularRatioEnd(tokens: readonly Token[], k: number): number {
  const noun = tokens[k];
  const word = ['Pronoun', 'Preposition', 'Determiner', 'Value', 'Adverb', 'Plural'];
  if (!noun || noun.sent !== tokens[k - 1]?.sent || word.some((tag) => noun.tags.has(tag)))
    return -1;
  if (!/^[a-z-]+$/.test(noun.norm) || /[,;:]/.test(noun.post)) return -1;
  return tokens[k + 1]?.norm === 'in' ? ratioEnd(tokens, k + 1, true) : -1;
}

/** The quantity's character span in the text: its first word's start to its last word's end. */
export function quantitySpan(
  tokens: readonly Token[],
  q: QuantityHit,
): { start: number; end: number } {
  return { start: tokens[q.first].start, end: tokens[q.last - 1].end };
}

/** Finds every stated quantity in the tokens: numbers with units, percentages, multipliers,
 * percentile latencies, durations, money and counts. Dates, times of day and labels ("version 2") are
 * skipped. Linear in the number of tokens. */
export function findQuantities(tokens: readonly Token[]): QuantityHit[] {
  const hits: QuantityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lead = tokens[i - 1]?.norm ?? '';
    const fraction = fractionEnd(tokens, i);
    if (fraction > 0) {
      // "about a third of users", "two-thirds": a share, read like a percentage.
      hits.push({ first: i, last: fraction, kind: 'percent' });
      i = fraction - 1;
      continue;
    }
    const often = FREQUENCY_WORDS.has(t.norm) ? frequencyEnd(tokens, i + 1) : i + 1;
    if (often > i + 1) {
      hits.push({ first: i, last: often, kind: 'rate' });
      i = often - 1;
      continue;
    }
    // "manual retries went from about forty a month to none": none is the far end, a zero.
    if (t.norm === 'none' && changeFarEnd(tokens, i)) {
      hits.push({ first: i, last: i + 1, kind: 'number' });
      continue;
    }
    // "cut the bill in half", "tickets dropped by half": a multiplier said without a digit.
    const halved =
      t.norm === 'half' &&
      (lead === 'in' || lead === 'by') &&
      !/^(of|a|an|the)$/.test(tokens[i + 1]?.sent === t.sent ? tokens[i + 1].norm : '');
    if (MULTIPLIER_WORDS.has(t.norm) || halved) {
      hits.push({ first: i, last: i + 1, kind: 'multiplier' });
      continue;
    }
    // "under half a percent", "half a second": a fraction of one unit said in words.
    const halfOf =
      t.norm === 'half' &&
      /^(a|an)$/.test(tokens[i + 1]?.norm ?? '') &&
      tokens[i + 2]?.sent === t.sent &&
      (/^(percent|%)$/.test(tokens[i + 2].norm) || isTimeUnitAt(tokens, i + 2));
    if (halfOf) {
      const unit = tokens[i + 2].norm;
      const kind = /^(percent|%)$/.test(unit)
        ? 'percent'
        : LATENCY_UNITS.has(unit)
          ? 'latency'
          : 'duration';
      hits.push({ first: i, last: i + 3, kind });
      i += 2;
      continue;
    }
    if (
      (t.norm === 'a' || t.norm === 'an') &&
      isTimeUnitAt(tokens, i + 1) &&
      (SPAN_LEAD.has(lead) || (lead === 'of' && tokens[i - 2]?.norm === 'instead'))
    ) {
      // "in about an hour", "slipped by a week", "instead of half an hour": a duration said
      // without a digit.
      hits.push({
        first: lead === 'half' ? i - 1 : i,
        last: i + 2,
        kind: LATENCY_UNITS.has(tokens[i + 1].norm) ? 'latency' : 'duration',
      });
      i++;
      continue;
    }
    // "a hundred and twenty": "a" before a scale word is the number one.
    const aScale =
      t.norm === 'a' && SCALE_WORDS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1].sent === t.sent;
    const numeric = isNumberToken(t) || (t.norm === 'one' && oneIsNumber(tokens, i)) || aScale;
    // "cost per million readings": the number after "per" is part of a unit.
    if (!numeric || t.text === '' || lead === 'per') continue;
    let last = i + 1;
    // "2.5 million", "two and a half", "40 thousand": one quantity.
    while (last < tokens.length && tokens[last].sent === t.sent) {
      const n = tokens[last];
      // "forty one hundred dollars": "one" inside a spoken number is a digit, not a pronoun.
      const innerOne =
        n.norm === 'one' &&
        (SCALE_WORDS.has(tokens[last + 1]?.norm ?? '') || NUMBER_WORDS.has(tokens[last - 1].norm));
      if (isNumberToken(n) || SCALE_WORDS.has(n.norm) || innerOne) last++;
      else if (
        n.norm === 'and' &&
        tokens[last + 1]?.norm === 'a' &&
        tokens[last + 2]?.norm === 'half'
      )
        last += 3;
      else if (
        JOINERS.has(n.norm) &&
        tokens[last + 1] &&
        (isNumberToken(tokens[last + 1]) ||
          (n.norm === 'point' && tokens[last + 1].norm === 'one')) &&
        // "two hundred and fifty" is one number; "in 2019 and 300 events" is two.
        (n.norm !== 'and' || SCALE_WORDS.has(tokens[last - 1].norm))
      )
        last += 2;
      else break;
    }
    // "p ninety five went down to 380 ms": a percentile said as words names the metric.
    if (lead === 'p' || lead === 'pee') {
      i = last - 1;
      continue;
    }
    // "one deploy in five got rolled back": a ratio around the thing counted.
    const aroundNoun = singularRatioEnd(tokens, last);
    if (aroundNoun > 0) {
      hits.push({ first: i, last: aroundNoun, kind: 'percent' });
      i = aroundNoun - 1;
      continue;
    }
    // "one in ten thousand payouts": "one" opens a ratio, read whole below.
    let kind =
      classify(tokens, i, last) ??
      (ratioEnd(tokens, last, true) > 0 || frequencyEnd(tokens, last) > last ? 'number' : null);
    // "comparing the two": a spelled-out number standing for things already named, not a measure.
    const backReference =
      kind === 'number' && !DIGITS.test(t.text) && tokens[i - 1]?.norm === 'the';
    if (kind === null || backReference) {
      i = last - 1;
      continue;
    }
    // A count includes what is counted ("400 rows"); a bare number has no unit.
    const counted = kind === 'rate' ? countedRateEnd(tokens, last) : last;
    let unitEnd =
      kind === 'number'
        ? last
        : kind === 'count'
          ? last + 1
          : counted > last
            ? counted
            : unitEndAt(tokens, last);
    const noun = kind === 'number' || kind === 'count' ? countedNounEnd(tokens, last) : -1;
    if (noun > unitEnd) [kind, unitEnd] = ['count', noun];
    // "14,000 a second", "thirty times a week", "412 accounts": rates and counts said around it;
    // "three or four nights a week": how often, not how long.
    const rateEnd =
      kind === 'number' || kind === 'multiplier' || kind === 'count' || kind === 'duration'
        ? frequencyEnd(tokens, unitEnd)
        : 0;
    if (rateEnd > unitEnd) [kind, unitEnd] = ['rate', rateEnd];
    // "one in ten thousand payouts", "3 misses out of roughly 9,000 merges": a share.
    const ratio =
      kind === 'number' || kind === 'count' ? ratioEnd(tokens, unitEnd, kind === 'number') : -1;
    if (ratio > 0) [kind, unitEnd] = ['percent', ratio];
    hits.push({ first: startWithPercentile(tokens, i), last: unitEnd, kind });
    i = unitEnd - 1;
  }
  return hits;
}
