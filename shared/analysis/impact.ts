import type { Doc } from './doc';
import {
  around,
  bounded,
  changedSetting,
  effort,
  has,
  inChange,
  isBaseline,
  leadIn,
  setting,
  supposed,
  targeted,
  versionChange,
} from './impact-cues';
import {
  AFFECTED_NOUNS,
  CHANGE_WORDS,
  COMPARED,
  CERTAINTY_AFTER,
  CLOCK_AFTER,
  CONFIG_WORDS,
  CLOCK_WORDS,
  DURATION_RESULT_WORDS,
  HARM_WORDS,
  INCIDENT_NOUNS,
  LAG_AFTER,
  LIMIT_WORDS,
  METRIC_WORDS,
  MULTIPLIER_OBJECTS,
  OUTAGE_WORDS,
  PEOPLE_WORDS,
  PRODUCED_WORDS,
  RECURRING_HARM,
  RESOURCE_WORDS,
  ROLLOUT_WORDS,
  SAMPLE_WORDS,
  SHIP_WORDS,
  TIME_SAVED_WORDS,
  TOTAL_WORDS,
} from './lists/impact';
import { NUMBER_WORDS } from './lists/units';
import type { QuantityHit } from './quantities';
import { measureKey } from './quantity-value';
import type { Token } from './tokens';
import type { StarPart } from './types';

/** What the words around one quantity say, read once. */
type Reading = {
  tokens: readonly Token[];
  q: QuantityHit;
  part: StarPart | undefined;
  before: Token[];
  after: Token[];
  inside: Token[];
  change: boolean;
  moved: boolean;
  metric: boolean;
  metricWord: boolean;
  harm: boolean;
  total: boolean;
};

/** A duration measures a result when it is an outage ("down for 38 minutes", "failing for"), a
 * recovery or run time ("recovered in two minutes", "the job now takes 35 minutes"), time saved or
 * a before/after; not the story's clock ("for two weeks", "it took me a week", "after eight
 * months") nor, in the steps or the task, a bare length. */
function durationIsImpact(r: Reading): boolean {
  const { before, change } = r;
  if (effort(before)) return change;
  const [lead] = leadIn(r.tokens, r.q);
  // "two days before the launch" is the clock; "the job took 5 hours before the fix" a run time.
  const ran = has(before.slice(0, 3), DURATION_RESULT_WORDS);
  const clockAfter =
    CLOCK_AFTER.has(r.after[0]?.norm ?? '') &&
    !(ran && /^(before|after)$/.test(r.after[0]?.norm ?? ''));
  if (has(before.slice(0, 2), CLOCK_WORDS) || clockAfter) return change;
  // "routes that were 30 minutes stale", "alerts four minutes late"; not "it shipped two months late".
  if (LAG_AFTER.has(r.after[0]?.norm ?? '')) return !has(before, SHIP_WORDS);
  // "was down 38 minutes", "failing for 25 minutes"; not "sat down for two weeks".
  const outage = before.some(
    (t, i) =>
      OUTAGE_WORDS.has(t.norm) &&
      (t.norm !== 'down' || /^(was|were|went|been|is|are|being)$/.test(before[i + 1]?.norm ?? '')),
  );
  if (lead === 'for') return outage || change;
  // "went through six months of tickets": a span of data, unless it is of load or downtime.
  if (r.after[0]?.norm === 'of' && !has(r.after.slice(1, 4), METRIC_WORDS)) return change || outage;
  const saved = has(before, TIME_SAVED_WORDS);
  if (change || saved || outage || r.total) return true;
  if (r.part === 'task') return false;
  // "deploy time is 8 minutes now": a metric read at the end is a result.
  const now = [...before.slice(0, 5), ...r.after.slice(0, 2)].some((t) => t.norm === 'now');
  const runs = has(before.slice(0, 4), DURATION_RESULT_WORDS);
  // "now the batch finishes in 25 minutes": a run time read at the end.
  if (now && (r.metric || runs)) return true;
  if (r.part === 'action') return r.metric && r.moved;
  return runs || (r.metric && r.moved);
}

/** A count is impact when it is what a result hit or produced: "1,900 orders failed", "sold 41,000
 * seats", "zero missed payouts", "about forty requests in total"; never people, teams or machines. */
function countIsImpact(r: Reading, zero: boolean): boolean {
  const { before, after, inside, tokens, q } = r;
  if (has(inside, PEOPLE_WORDS)) return false;
  // "34 of the 40 services", "eleven of twelve services": a share, read like a percentage.
  const k = before[0]?.norm === 'the' ? 1 : 0;
  const ratio = before[k]?.norm === 'of' && !!tokens[q.first - 2 - k]?.tags.has('Value');
  if (zero || r.change || r.total || ratio) return true;
  // "I took ten wrong invoices", "pulled three affected accounts": a sample the speaker looked at.
  if (has(before.slice(0, 5), SAMPLE_WORDS)) return false;
  // What happened to the things counted, said right beside them: "1,900 orders failed", "37 bad
  // accounts", "sold 41,000 seats", "all 600 invoices were corrected".
  // "I dropped two wildcard clauses" is the speaker's step, not harm done to them.
  const own = /^(i|we)$/.test(before[1]?.norm ?? '') || /^(i|we)$/.test(before[2]?.norm ?? '');
  // After the count, up to where another clause starts ("three open questions and got ...").
  const stop = after.findIndex((t) => /^(and|but|so|because|while|which)$/.test(t.norm));
  const next = after.slice(0, stop < 0 ? 4 : Math.min(stop, 4));
  const close = [...(own ? [] : before.slice(0, 2)), ...inside, ...next];
  // "11,000 merchants weren't getting webhooks", "9000 patients didn't get their reminder".
  const denied = has(inside, AFFECTED_NOUNS) && after.slice(0, 3).some((t) => t.norm === 'not');
  const passive = /^(were|was|got|been|are)$/.test(after[0]?.norm ?? '');
  const produced =
    has(before.slice(0, 5), PRODUCED_WORDS) ||
    (passive && (has(after.slice(1, 3), PRODUCED_WORDS) || after[1]?.norm === 'back'));
  // "three or four incidents that month": incidents counted over a period.
  const period = after.slice(0, 3).some((t) => /^(day|week|month|quarter|year)s?$/.test(t.norm));
  return (
    (has(inside, INCIDENT_NOUNS) && period) ||
    has(close, HARM_WORDS) ||
    denied ||
    produced ||
    (has(inside, AFFECTED_NOUNS) && r.moved && r.metricWord)
  );
}

/** "doubled", "3x faster", "four times the traffic", "around ten times" after "faster"; not "a
 * double refund", "I made the case twice" or "doubled the CPU" among the steps. */
function multiplierIsImpact(r: Reading): boolean {
  const { tokens, q } = r;
  const first = tokens[q.first];
  const nextToken = tokens[q.last];
  const next = nextToken?.sent === first.sent ? nextToken.norm : '';
  const objectAfter = MULTIPLIER_OBJECTS.has(next) || COMPARED.has(next);
  if (q.last - q.first === 1 && !/^\d/.test(first.text)) {
    // "double"/"twice" before a noun is an adjective or an adverb: "double refund", "twice".
    if (first.norm === 'double' || first.norm === 'triple' || first.norm === 'twice')
      return objectAfter || next === 'as';
    // "throughput doubled", "tripled the traffic"; not "tripled the fleet" or "doubled the CPU".
    // "doubled the CPU on the nodes", "tripled the pods": resources given, a setting of the fix.
    const object =
      r.after[0]?.norm === 'the' || r.after[0]?.norm === 'our' ? r.after[1] : r.after[0];
    if (object && (CONFIG_WORDS.has(object.norm) || RESOURCE_WORDS.has(object.norm))) return false;
    const steps = r.part === 'action' || r.part === 'task';
    return (r.metric || r.moved) && (!steps || has(r.before.slice(0, 2), METRIC_WORDS) || r.moved);
  }
  // "2x the pods", "3x more replicas": resources given.
  const given = r.after.slice(0, 3).find((t) => !/^(the|our|more|as|many)$/.test(t.norm));
  if (given && (CONFIG_WORDS.has(given.norm) || RESOURCE_WORDS.has(given.norm))) return false;
  const last = tokens[q.last - 1];
  const glued = /\d\s*x$/i.test(first.text + (last === first ? '' : last.text));
  // "this happened five times in one quarter", "it crashed 3 times a day": how often harm came.
  const often = has(r.before.slice(0, 3), RECURRING_HARM);
  return objectAfter || glued || often || r.change || r.moved || has(r.before, COMPARED);
}

/** "a hundred percent the vendor", "100% sure": certainty, not a measure. */
function intensifier(tokens: readonly Token[], q: QuantityHit): boolean {
  if (q.kind !== 'percent') return false;
  const text = tokens
    .slice(q.first, q.last)
    .map((t) => t.norm)
    .join(' ');
  const next = tokens[q.last];
  if (!/^(100 ?%|(one |a )?hundred (percent|%))$/.test(text) || next?.sent !== tokens[q.first].sent)
    return false;
  return ['Determiner', 'Adjective', 'Possessive', 'Verb'].some((tag) => next.tags.has(tag));
}

/** True when a stated quantity measures a result or a before/after (latency, error rate, throughput,
 * cost, time saved, users affected), not the story's length, a count of people, a setting of the
 * fix, a target or a supposition. Reads the quantity's words and neighbours, its kind and its
 * STAR-L part (taxonomy: "What counts as an impact quantity"). */
function isImpact(doc: Doc, q: QuantityHit, part: StarPart | undefined): boolean {
  const { tokens } = doc;
  const { before, after } = around(tokens, q);
  // "a p95 of 11 seconds down from four minutes": the after-value of a change, not a target.
  const changedTo = /^(down|up)$/.test(after[0]?.norm ?? '') && after[1]?.norm === 'from';
  const baseline = isBaseline(tokens, q) || changedTo;
  if (targeted(tokens, q, after) && !baseline) return false;
  if (supposed(tokens, q, after) || bounded(tokens, q)) return false;
  const change = inChange(tokens, q, before, after);
  if (setting(tokens, q, before, after)) return false;
  if (changedSetting(tokens, q, after)) return false;
  const [lead, leadAt] = leadIn(tokens, q);
  // "My task was to take p95 under one second": in the task a bound is the target.
  const bound = tokens
    .slice(Math.max(0, leadAt), q.first)
    .some((t) => ['under', 'below', 'above', 'over'].includes(t.norm));
  if (part === 'task' && !baseline && bound) return false;
  if (intensifier(tokens, q)) return false;
  // "rolled it out to 5 percent of traffic", "a canary at 10%": how far the fix was let out.
  const near5 = before.slice(0, 5);
  const rollout =
    (lead === 'to' &&
      near5.some((t) => t.norm === 'out') &&
      near5.some((t) => /^(rolled|ramped|rolling|ramping|went)$/.test(t.norm))) ||
    has(before.slice(0, 4), ROLLOUT_WORDS);
  if (q.kind === 'percent' && rollout) return false;
  // "from one week to the next": an idiom of change over time, not a measure.
  if (after[0]?.norm === 'to' && after[1]?.norm === 'the' && after[2]?.norm === 'next')
    return false;
  // "70% sure", "90% done": certainty or progress of the work.
  if (q.kind === 'percent' && CERTAINTY_AFTER.has(after[0]?.norm ?? '')) return false;
  // "we upgraded from Postgres 11 to 14": versions, not a measure.
  if (versionChange(tokens, q)) return false;
  const inside = tokens.slice(q.first, q.last);
  const within = [...before.slice(0, 4), ...inside, ...after.slice(0, 3)];
  const r: Reading = {
    tokens,
    q,
    part,
    before,
    after,
    inside,
    change,
    moved: has(before, CHANGE_WORDS),
    metric: has(within, METRIC_WORDS) || has(after.slice(0, 2), AFFECTED_NOUNS),
    metricWord: has(within, METRIC_WORDS),
    harm: [...before.slice(0, 4), ...inside, ...after].some(
      // "I saw that 70% of the time ..." is the speaker looking, not harm.
      (t) =>
        HARM_WORDS.has(t.norm) &&
        !(/^(saw|got)$/.test(t.norm) && /^(i|we)$/.test(tokens[t.i - 1]?.norm ?? '')),
    ),
    total: has([...before.slice(0, 4), ...after.slice(0, 2)], TOTAL_WORDS),
  };
  // "zero missed payouts", "mismatches were at zero", "went to zero": a result by itself; a bare
  // "zero" elsewhere is a reading ("a processing time of zero").
  const zero =
    tokens[q.first].norm === 'zero' &&
    !baseline &&
    (q.kind === 'count'
      ? has(inside, AFFECTED_NOUNS) || has(inside, HARM_WORDS)
      : lead === 'at' || has(after.slice(0, 4), AFFECTED_NOUNS));
  // "the service died at around 5,000 requests per second", "peaked at 212,000 players": a limit.
  const limit = lead === 'at' && has(before.slice(0, 4), LIMIT_WORDS);
  if (limit && q.kind !== 'duration') return true;
  switch (q.kind) {
    // Latency, error rates, throughput, sizes and money measure by their unit: what is left after
    // targets and settings is a result or a baseline.
    case 'percent':
    case 'latency':
    case 'size':
    case 'money':
    case 'rate': {
      // "3 outages a month": a rate of incidents is a harm.
      const incidents = q.kind === 'rate' && has(inside, INCIDENT_NOUNS);
      const cue =
        change ||
        r.metric ||
        r.harm ||
        r.moved ||
        r.total ||
        incidents ||
        // "now we deploy twice a day": the state after.
        before.slice(0, 5).some((t) => t.norm === 'now') ||
        COMPARED.has(after[0]?.norm ?? '');
      // "80% of the noise", "70 percent of the time was in rendering": a share found while
      // diagnosing; "4% of requests", "a third of users" measure what was hit.
      if (after[0]?.norm === 'of' && !change && !r.harm)
        return after
          .slice(1, 4)
          .some(
            (t) => AFFECTED_NOUNS.has(t.norm) || (METRIC_WORDS.has(t.norm) && t.norm !== 'time'),
          );
      // "times out after 30 seconds": a setting of the mechanism unless something changed.
      if (q.kind === 'latency' && lead === 'after') return change;
      // "held connections idle for five seconds": a length of time the steps used.
      if (q.kind === 'latency' && leadIn(tokens, q)[0] === 'for') return cue;
      // A rate or a size in the setup describes the system ("300,000 reminders a day", "forty
      // terabytes of documents") unless it is traffic, a harm or a change; in the middle of the
      // steps a bare "150 ms" or "10 percent" is often a setting or a threshold.
      const bare =
        part === 'action' || ((q.kind === 'rate' || q.kind === 'size') && part !== 'result');
      return !bare || cue || has(before, PRODUCED_WORDS);
    }
    case 'multiplier':
      return multiplierIsImpact(r);
    case 'duration':
      return durationIsImpact(r);
    case 'count':
      return countIsImpact(r, zero);
    case 'number':
      // "By around nine the error rate was down": a spelled-out hour, not a measure.
      if (
        !zero &&
        ['by', 'at', 'until'].includes(lead) &&
        NUMBER_WORDS.has(tokens[q.first].norm) &&
        q.last - q.first === 1
      )
        return false;
      return change || zero || (part === 'result' && (r.harm || r.metric || r.total));
  }
}

/** The impact quantities of the answer, in order; the same words are never counted twice. */
export function impactQuantities(doc: Doc, unitParts: readonly StarPart[]): QuantityHit[] {
  return doc.quantities.filter((q) => isImpact(doc, q, unitParts[doc.unitOf[q.first]]));
}

/** The number of distinct impact quantities: "800 ms" said in the setup and again in the result
 * ("eight hundred milliseconds") is one measure, counted once. */
export function distinctImpact(doc: Doc, hits: readonly QuantityHit[]): number {
  return new Set(hits.map((q) => measureKey(doc.tokens, q))).size;
}
