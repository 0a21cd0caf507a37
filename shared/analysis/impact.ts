import type { Doc } from './doc';
import {
  AFFECTED_NOUNS,
  APPROXIMATORS,
  CHANGE_WORDS,
  COMPARED,
  CONFIG_WORDS,
  DURATION_RESULT_WORDS,
  GOAL_WORDS,
  HARM_WORDS,
  METRIC_WORDS,
  MULTIPLIER_OBJECTS,
  PEOPLE_WORDS,
  TIME_SAVED_WORDS,
} from './lists/impact';
import type { QuantityHit } from './quantities';
import { pauseAfter } from './token-context';
import type { Token } from './tokens';
import type { StarPart } from './types';

/** How far a quantity's context reaches, in words, inside its sentence. */
const BEFORE = 7;
const AFTER = 5;

/** The words around a quantity that say what it measures, stopping at the sentence edge. */
function around(tokens: readonly Token[], q: QuantityHit): { before: Token[]; after: Token[] } {
  const sent = tokens[q.first].sent;
  const before: Token[] = [];
  for (let k = q.first - 1; k >= 0 && k >= q.first - BEFORE && tokens[k].sent === sent; k--) {
    // "; then I ..." starts another statement: its words say nothing about this number.
    if (/[;:]/.test(tokens[k].post)) break;
    before.push(tokens[k]);
  }
  const after: Token[] = [];
  for (let k = q.last; k < tokens.length && k < q.last + AFTER && tokens[k].sent === sent; k++) {
    after.push(tokens[k]);
    if (pauseAfter(tokens[k])) break;
  }
  return { before, after };
}

const has = (ts: readonly Token[], set: ReadonlySet<string>) => ts.some((t) => set.has(t.norm));

/** "from 800 ms to 120 ms", "to zero", "instead of 12,000", "by 30%": a quantity in a change. */
function inChange(tokens: readonly Token[], q: QuantityHit, before: Token[], after: Token[]) {
  // "to about twelve", "down to roughly 40": the approximator sits between the change and the number.
  let p = q.first - 1;
  while (p > 0 && APPROXIMATORS.has(tokens[p].norm)) p--;
  const prev = tokens[p]?.norm ?? '';
  const sent = tokens[q.first].sent;
  // The change verb may sit well before the "to": "went from about 9% of orders at peak to zero".
  let from = false;
  let changeVerb = false;
  for (let k = q.first - 1; k >= 0 && k >= q.first - 12 && tokens[k].sent === sent; k--) {
    if (tokens[k].norm === 'from') from = true;
    if (CHANGE_WORDS.has(tokens[k].norm)) changeVerb = true;
  }
  const fromBefore = before.slice(0, 4).some((t) => t.norm === 'from');
  const toAfter = after.slice(0, 4).some((t) => t.norm === 'to' || t.norm === 'instead');
  if (fromBefore && (toAfter || changeVerb)) return true;
  if (
    (prev === 'to' || prev === 'under' || prev === 'below' || prev === 'by') &&
    (changeVerb || from)
  )
    return true;
  if (prev === 'of' && tokens[q.first - 2]?.norm === 'instead') return true;
  return after[0]?.norm === 'instead';
}

/** "was down 38 minutes" (not "sat down"), "recovered in two minutes", "replaced 40 hours a month";
 * "shut down after eight months" is the story's clock, not a measure. */
function durationIsImpact(before: readonly Token[], change: boolean): boolean {
  if (before[0]?.norm === 'after' || before[1]?.norm === 'after') return change;
  const down = before.findIndex((t) => t.norm === 'down');
  const outage =
    down >= 0 && /^(was|were|went|been|is|are|being)$/.test(before[down + 1]?.norm ?? '');
  const saved = has(before, TIME_SAVED_WORDS);
  return change || saved || outage || has(before.slice(0, 4), DURATION_RESULT_WORDS);
}

/** True when a stated quantity measures a result or a before/after (latency, error rate, throughput,
 * cost, time saved, users affected), not the story's length, a count of people, a setting of the
 * fix or a target. Reads the quantity's words and neighbours, its kind and its STAR-L part. */
function isImpact(doc: Doc, q: QuantityHit, part: StarPart | undefined): boolean {
  const { tokens } = doc;
  const { before, after } = around(tokens, q);
  const inside = tokens.slice(q.first, q.last);
  const within = [...before.slice(0, 4), ...inside, ...after.slice(0, 3)];
  // A target or estimate ("the goal was p95 under 500 ms") is the task, not its result.
  if (has(before, GOAL_WORDS) || GOAL_WORDS.has(after[0]?.norm ?? '')) return false;
  // A setting of the mechanism: "a ten minute TTL", "batches of 10,000", "every ten seconds".
  const setting = [...before.slice(0, 2), ...after.slice(0, 1), inside[inside.length - 1]];
  if (has(setting, CONFIG_WORDS) || before.some((t) => t.norm === 'every')) return false;
  const change = inChange(tokens, q, before, after);
  const metric =
    has(within, METRIC_WORDS) || has([...inside, ...after.slice(0, 2)], AFFECTED_NOUNS);
  const harm = has(within, HARM_WORDS);
  const moved = has(before, CHANGE_WORDS);
  switch (q.kind) {
    // Latency, error rates, throughput, sizes and money measure by their unit: what is left after
    // targets and settings is a result or a baseline.
    case 'percent':
    case 'latency':
    case 'size':
    case 'money':
    case 'rate':
      // In the middle of the steps a bare "150 ms" or "10 percent" is often a setting or a
      // threshold; there it counts with a change, a metric or a harm beside it.
      return (
        part !== 'action' || change || metric || harm || moved || COMPARED.has(after[0]?.norm ?? '')
      );
    case 'multiplier': {
      // "doubled", "3x faster", "four times the traffic"; not "I said it three times".
      const word = q.last - q.first === 1 && !/^\d/.test(tokens[q.first].text);
      if (word && tokens[q.first].norm !== 'twice') return true;
      const next = tokens[q.last]?.norm ?? '';
      const glued = /\d\s*x$/i.test(doc.text.slice(tokens[q.first].start, tokens[q.last - 1].end));
      return MULTIPLIER_OBJECTS.has(next) || glued || change || moved;
    }
    case 'duration':
      return durationIsImpact(before, change);
    case 'count':
      // In the result part a count of what was produced or hit is the outcome ("all 600 invoices
      // were corrected", "sold 41,000 seats"); people and teams are never impact.
      if (has(inside, PEOPLE_WORDS)) return false;
      return change || part === 'result' || (has(inside, AFFECTED_NOUNS) && (harm || moved));
    case 'number':
      return change || (part === 'result' && (harm || metric));
  }
}

/** The impact quantities of the answer, in order; the same words are never counted twice. */
export function impactQuantities(doc: Doc, unitParts: readonly StarPart[]): QuantityHit[] {
  return doc.quantities.filter((q) => isImpact(doc, q, unitParts[doc.unitOf[q.first]]));
}

/** The number of distinct impact quantities: "800 ms" said in the setup and again in the result
 * is one measure, counted once. */
export function distinctImpact(doc: Doc, hits: readonly QuantityHit[]): number {
  const seen = new Set<string>();
  for (const q of hits) {
    const words = doc.tokens.slice(q.first, q.last);
    // From the number on: "p99 sat at 800 ms" and "800 ms" are the same measure.
    const from = words.findIndex((t) => /^[$€£]?\d/.test(t.text) || t.tags.has('TextValue'));
    seen.add(
      words
        .slice(Math.max(0, from))
        .map((t) => t.norm.replace(/,/g, ''))
        .join(' '),
    );
  }
  return seen.size;
}
