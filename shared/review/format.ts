import type { AudioPause } from '../analysis/schema-delivery';

/** m:ss, e.g. 1:05: the one clock format, rounded to the nearest whole second everywhere (a take's
 * length, the timer, the player and the timeline all agree). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A share as a whole percentage, e.g. 0.284 -> "28%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A rate per 100 words with one decimal, e.g. 4.02 -> "4.0": the card, the fix and the report
 * show the same figure. */
export function per100(rate: number): string {
  return rate.toFixed(1);
}

/** "1 flag", "3 flags". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Where a pause falls, for every place that words it: "before the result" at a part's start,
 * "in the result" inside it, "" when no part is known. */
export function pausePlace(p: Pick<AudioPause, 'beforePart' | 'opensPart'>): string {
  if (!p.beforePart) return '';
  return `${p.opensPart ? 'before' : 'in'} the ${p.beforePart}`;
}

/** What the impact card's chips are: one per time a quantity is said, while its figure counts each
 * measure once ("10% of users" and then "from 10% to half a percent" is two measures said three
 * times). */
export function impactStatus(measures: number, mentions: number): string {
  if (mentions <= measures) return 'Stated quantities (click to hear):';
  return `${plural(mentions, 'mention')} of ${plural(measures, 'measure')} (a number said again counts once); click to hear:`;
}
