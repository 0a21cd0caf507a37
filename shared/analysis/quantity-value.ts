/** The value and unit a stated quantity names, so that the same measure said twice ("800 ms" and
 * "eight hundred milliseconds", "4%" and "four percent") is counted once. */
import type { QuantityHit } from './quantity-units';
import type { Token } from './tokens';

const SMALL: Record<string, number> = Object.fromEntries(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen`
    .split(/\s+/)
    .map((w, i) => [w, i]),
);
const TENS: Record<string, number> = Object.fromEntries(
  'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, i) => [w, (i + 2) * 10]),
);
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
};

/** Units said in several ways, read as one ("milliseconds" is "ms"). */
const UNIT: Record<string, string> = {
  ms: 'ms',
  msec: 'ms',
  msecs: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  '%': '%',
  percent: '%',
  pct: '%',
  x: 'x',
  times: 'x',
};

/** The number the words say ("eight hundred" is 800, "2.5k" is 2500), or null. */
export function valueOf(words: readonly Token[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const t of words) {
    const digits = /^[$€£]?(\d[\d,]*(?:\.\d+)?)(k|m)?%?$/i.exec(t.text);
    if (digits) {
      current +=
        parseFloat(digits[1].replace(/,/g, '')) * (digits[2] ? SCALE[digits[2].toLowerCase()] : 1);
      seen = true;
    } else if (t.norm in SMALL) {
      current += SMALL[t.norm];
      seen = true;
    } else if (t.norm in TENS) {
      current += TENS[t.norm];
      seen = true;
    } else if (t.norm === 'hundred') current = (current || 1) * 100;
    else if (t.norm in SCALE) {
      total += (current || 1) * SCALE[t.norm];
      current = 0;
    } else if (seen) break;
  }
  return seen ? total + current : null;
}

/** A key that is the same for the same measure however it is said: value and unit. */
export function measureKey(tokens: readonly Token[], q: QuantityHit): string {
  const words = tokens.slice(q.first, q.last);
  const from = words.findIndex((t) => /^[$€£]?\d/.test(t.text) || t.tags.has('TextValue'));
  const rest = words.slice(Math.max(0, from));
  const value = valueOf(rest);
  const last = rest[rest.length - 1];
  const unit = /%$/.test(last?.text ?? '') ? '%' : (UNIT[last?.norm ?? ''] ?? last?.norm ?? '');
  return value === null ? rest.map((t) => t.norm.replace(/,/g, '')).join(' ') : `${value} ${unit}`;
}
