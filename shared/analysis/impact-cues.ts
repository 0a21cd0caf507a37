/** What the words around a stated quantity say about it (impact.ts decides from these): is it in a
 * change, a supposition, a target, a setting of the fix, or the speaker's own effort. */
import {
  CAPACITY_VERBS,
  AFFECTED_NOUNS,
  APPROXIMATORS,
  CHANGE_WORDS,
  COMPARE_LINKS,
  CONFIG_WORDS,
  FORECAST_WORDS,
  KNOB_WORDS,
  SET_VERBS,
  CULPRIT_VERBS,
  EFFORT_AGENTS,
  EFFORT_PARTIES,
  EFFORT_SUBJECTS,
  EFFORT_WORDS,
  ESTIMATE_WORDS,
  GOAL_WORDS,
  HYPOTHETICAL_WORDS,
  INCIDENT_NOUNS,
  LIMIT_WORDS,
  LOOSE_CHANGE,
  MACHINE_WORDS,
  OUTCOME_OF_TEST,
  METRIC_WORDS,
  PENDING_AUX,
  PENDING_PRESENT_WORDS,
  PENDING_WORDS,
  PEOPLE_WORDS,
  REACH_VERBS,
  REDUCTION_WORDS,
  SCHEDULE_SHIFT,
  SETTING_NOUNS,
  SETTING_VERBS,
  TEST_WORDS,
  VIEW_VERBS,
} from './lists/impact';
import { DURATION_UNITS, LABEL_BEFORE, SINGLE_WORDS, SINGULAR_UNITS } from './lists/units';
import type { QuantityHit } from './quantities';
import { valueOf } from './quantity-value';
import { newStatementAt } from './outcome-runon';
import { phraseAt, phraseSet } from './phrase-match';
import { pauseAfter } from './token-context';
import type { Token } from './tokens';

/** How far a quantity's context reaches, in words, inside its sentence. */
const BEFORE = 7;
const AFTER = 5;
/** How far back a supposition or a goal reaches: "the hard requirement was that everyone sees the
 * question within a second". */
const CLAUSE_BACK = 14;

/** The words around a quantity that say what it measures, stopping at the sentence edge. */
export function around(tokens: readonly Token[], q: QuantityHit) {
  const sent = tokens[q.first].sent;
  const before: Token[] = [];
  for (let k = q.first - 1; k >= 0 && k >= q.first - BEFORE && tokens[k].sent === sent; k--) {
    // "; then I ..." starts another statement: its words say nothing about this number.
    if (/[;:]/.test(tokens[k].post)) break;
    before.push(tokens[k]);
  }
  const after: Token[] = [];
  // "a table with two hundred million rows, and one bad migration ...": past the pause is another
  // statement.
  const stop = pauseAfter(tokens[q.last - 1]) ? q.last : q.last + AFTER;
  for (let k = q.last; k < tokens.length && k < stop && tokens[k].sent === sent; k++) {
    after.push(tokens[k]);
    if (pauseAfter(tokens[k])) break;
  }
  return { before, after };
}

/** True when any token's word is in the set. */
export const has = (ts: readonly Token[], set: ReadonlySet<string>) =>
  ts.some((t) => set.has(t.norm));

/** The word before the quantity, past any approximator ("to about twelve" gives "to"), and its index. */
export function leadIn(tokens: readonly Token[], q: QuantityHit): [string, number] {
  let p = q.first - 1;
  while (p > 0 && APPROXIMATORS.has(tokens[p].norm)) p--;
  return [tokens[p]?.sent === tokens[q.first].sent ? tokens[p].norm : '', p];
}

/** The tokens back to the clause's start (at most CLAUSE_BACK), nearest first; a comma ends a
 * clause too ("we'd estimated for it, in the first year we had zero lost events"). */
export function clauseBack(tokens: readonly Token[], q: QuantityHit, runOn = false): Token[] {
  const out: Token[] = [];
  for (let k = q.first - 1; k >= 0 && k >= q.first - CLAUSE_BACK; k--) {
    if (tokens[k].sent !== tokens[q.first].sent || /[;:,]/.test(tokens[k].post)) break;
    out.push(tokens[k]);
    // A run-on with no stops: "... was always going to be fragile the export went from ..."
    // ("if the p99 went over" is the subordinate clause's own subject).
    if (runOn && !subordinated(tokens, k) && newStatementAt(tokens, k, q.first)) break;
  }
  return out;
}

/** True when the noun phrase at k opens a subordinate clause: "if the error rate went over". */
function subordinated(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j];
    if (/^(if|unless|when|whenever|once|until|whether|that|before|after)$/.test(t.norm))
      return true;
    if (t.tags.has('Pronoun') || /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/** "from 800 ms to 120 ms", "to zero", "instead of 12,000", "by 30%": a quantity in a change. */
export function inChange(
  tokens: readonly Token[],
  q: QuantityHit,
  before: Token[],
  after: Token[],
) {
  const [prev, p] = leadIn(tokens, q);
  const sent = tokens[q.first].sent;
  // The change verb may sit well before the "to": "went from about 9% of orders at peak to zero".
  let from = false;
  let changeVerb = false;
  for (let k = q.first - 1; k >= 0 && k >= q.first - 12 && tokens[k].sent === sent; k--) {
    // ("fell over at 1,800, because every request fanned out to three APIs": another clause.)
    if (/[,;:]/.test(tokens[k].post) || /^(because|which|while|but)$/.test(tokens[k].norm)) break;
    // ("came from eleven tests" names an origin, not the start of a change.)
    const origin = /^(came|come|comes|coming)$/.test(tokens[k - 1]?.norm ?? '');
    if (tokens[k].norm === 'from' && !origin) from = true;
    // A capitalised word mid-sentence is a name ("a load generator in Go").
    const name = /^[A-Z]/.test(tokens[k].text) && tokens[k - 1]?.sent === sent;
    // "the queue was back to zero by 11:40" is a return to normal; "back under 200 messages" a level.
    const back = tokens[k].norm === 'back' && q.kind === 'number';
    if (CHANGE_WORDS.has(tokens[k].norm) && !name && !back) changeVerb = true;
  }
  const fromBefore = before
    .slice(0, 4)
    .some(
      (t) => t.norm === 'from' && !/^(came|come|comes|coming)$/.test(tokens[t.i - 1]?.norm ?? ''),
    );
  const toAfter = after.slice(0, 4).some((t) => t.norm === 'to' || t.norm === 'instead');
  if (fromBefore && (toAfter || changeVerb)) return true;
  // "went from the next morning to within five minutes"; a bare "within two minutes" is a clock.
  // ("showed that close to 60% of the calls ...": "close to" approximates, it is no end of a change.)
  const close = prev === 'to' && tokens[p - 1]?.norm === 'close';
  const to = prev === 'within' ? tokens[p - 1]?.norm : close ? '' : prev;
  if (['to', 'under', 'below', 'by'].includes(to) && (changeVerb || from)) return true;
  // "median transcode time stayed within 4% of the old fleet".
  // ("errors dropped within a minute" says when the change came, not how far it went.)
  const timed = q.kind === 'duration' || q.kind === 'latency';
  if (prev === 'within' && CHANGE_WORDS.has(to) && !LOOSE_CHANGE.has(to) && !timed) return true;
  // "finance now changes prices in fifteen minutes where it used to be two days": the state
  // after, compared with the habit before.
  for (let k = q.last; k < q.last + 8 && tokens[k + 1]?.sent === sent; k++)
    if (tokens[k].norm === 'used' && tokens[k + 1].norm === 'to') return true;
  // "4,300 listings missing before, 0 after": the two ends of a change said side by side.
  const last = tokens[q.last];
  if (last?.norm === 'after' && last.sent === sent && pauseAfterOrEnd(tokens, q.last)) {
    for (let k = q.first - 1; k >= Math.max(0, q.first - 12) && tokens[k].sent === sent; k--)
      if (tokens[k].norm === 'before' && /,/.test(tokens[k].post)) return true;
  }
  const said = tokens.slice(q.last, q.last + 3).findIndex((t) => t.norm === 'before');
  if (said >= 0 && /,/.test(tokens[q.last + said].post)) {
    const rest = tokens.slice(q.last + said + 1, q.last + said + 5);
    if (rest.some((t, i) => t.sent === sent && t.norm === 'after' && i > 0)) return true;
  }
  // "instead of 12,000", "instead of a forty-minute deploy".
  const of = /^(a|an)$/.test(prev) ? p - 1 : p;
  if (tokens[of]?.norm === 'of' && tokens[of - 1]?.norm === 'instead') return true;
  // "stayed under 20", "dropped about 40%", "grew 3x": a change verb right before the number, said
  // of a thing, not of the speaker's step ("I dropped two clauses").
  const speaker = clauseBack(tokens, q).some((t) => t.norm === 'i' || t.norm === 'we');
  if (CHANGE_WORDS.has(prev) && !LOOSE_CHANGE.has(prev) && !speaker) return true;
  // "we used to get fifty a week", "it used to be 3 or 4 times a week": the state before.
  const usedTo = clauseBack(tokens, q).some(
    (t, i, back) => t.norm === 'to' && back[i + 1]?.norm === 'used',
  );
  // A bare count after "used to" is usually an instrument ("the lock it used to stop two runs").
  if (usedTo && prev !== 'for' && q.kind !== 'number' && q.kind !== 'count') return true;
  // "the job now takes 50 minutes, before it was three hours", "it was 45 before": the before of
  // a comparison.
  if (/^(was|were)$/.test(prev) && tokens[p - 2]?.norm === 'before') return true;
  if (/^(was|were)$/.test(prev) && /^(before|previously|earlier)$/.test(after[0]?.norm ?? ''))
    return true;
  // "twenty five minutes versus about two minutes", "3% against 0.2% before": two ends compared.
  if (COMPARE_LINKS.has(prev) && tokens[p - 1]?.tags.has('Value')) return true;
  if (COMPARE_LINKS.has(prev) && tokens[p - 1] && tokens[p - 2]?.tags.has('Value')) return true;
  const link = after.findIndex((t) => COMPARE_LINKS.has(t.norm));
  if (link >= 0 && link <= 1) {
    let o = q.last + link + 1;
    while (tokens[o] && APPROXIMATORS.has(tokens[o].norm)) o++;
    if (tokens[o]?.sent === sent && tokens[o].tags.has('Value')) return true;
  }
  // "in about ten minutes through a pull request instead of a week-long ticket": another amount.
  for (let k = q.last; k < q.last + 8 && tokens[k]?.sent === sent; k++) {
    // ("over two quarters pricing had one incident instead of twelve": another number's change.)
    if (tokens[k].tags.has('Value') || /[,;:]/.test(tokens[k - 1].post)) break;
    if (tokens[k].norm !== 'instead' || tokens[k + 1]?.norm !== 'of') continue;
    let o = k + 2;
    while (tokens[o] && APPROXIMATORS.has(tokens[o].norm)) o++;
    const other = tokens[o];
    // "instead of a week-long ticket", "instead of half an hour"; not "instead of a hard cutover".
    const unit = tokens[o + 1];
    const timed = !!unit && (DURATION_UNITS.has(unit.norm) || /^[a-z]+-long$/.test(unit.norm));
    return !!other && ((/^(a|an|half)$/.test(other.norm) && timed) || !!other.tags.has('Value'));
  }
  return false;
}

/** True when token k ends a clause: a pause, a stop or the sentence's end. */
const pauseAfterOrEnd = (tokens: readonly Token[], k: number) =>
  pauseAfter(tokens[k]) || /[.!?]/.test(tokens[k].post) || tokens[k + 1]?.sent !== tokens[k].sent;

/** The start of a change said as "from X": X is the state before, even inside a goal ("the goal
 * was to go from about 5000 events a second to 50000"). */
export const isBaseline = (tokens: readonly Token[], q: QuantityHit) =>
  leadIn(tokens, q)[0] === 'from';

/** A supposition: "if p99 crossed 150 ms", "it would have killed the idea in a week"; "I'd say
 * 40%" reports a fact. */
export function supposed(tokens: readonly Token[], q: QuantityHit, after: Token[]): boolean {
  // "or it would spill to disk and the p95 went from nine seconds to ...": in a run-on the
  // supposition ends where another statement starts.
  const back = clauseBack(tokens, q, true);
  // "a carrier that was going to take us from 8,000 trucks to 40,000": a forecast; not in a
  // statement before it in a run-on ("was always going to be fragile the export went from ...").
  const forecast = clauseBack(tokens, q, true);
  // ("product forecast telemetry going from 400,000 events a second to three million", "a launch
  // expected to take traffic from 8,000 to 30,000", "was about to get ten times the traffic": the
  // same forecast said by its verb.)
  const going = forecast.some(
    (t, i) =>
      (t.norm === 'going' && forecast[i - 1]?.norm === 'to') ||
      FORECAST_WORDS.has(t.norm) ||
      (t.norm === 'about' &&
        forecast[i - 1]?.norm === 'to' &&
        /^(was|were|is|are)$/.test(forecast[i + 1]?.norm ?? '')),
  );
  // "you can lose up to 200 ms of pings if a pod dies".
  const condition = after.slice(0, 4).some((t) => t.norm === 'if' || t.norm === 'unless');
  // "which we could not have finished in six weeks": what could have been, a counterfactual.
  const couldHave = back.some(
    (t, i) =>
      /^(could|couldn't|couldnt)$/.test(t.norm) &&
      back.slice(Math.max(0, i - 3), i).some((h) => h.norm === 'have'),
  );
  return (
    going ||
    condition ||
    couldHave ||
    pending(tokens, q, back) ||
    back.some(
      (t, i) => HYPOTHETICAL_WORDS.has(t.norm) && !(i > 0 && VIEW_VERBS.has(back[i - 1].norm)),
    )
  );
}

const PENDING = phraseSet(PENDING_WORDS);
const PENDING_PRESENT = phraseSet(PENDING_PRESENT_WORDS);

/** A change in a clause about an event still to come: "before the evening traffic doubled", "by
 * the time sign-ups hit 10k", "when load triples". The clause is a subordinator, its own subject
 * (a noun phrase, not a pronoun: "before it had hit 90%" compares with the year before), perhaps an
 * auxiliary, and one verb that the quantity follows or is ("doubled"); with "when", "once" or
 * "until" the verb must not be past ("until the errors fell to zero" reports a result). A copula
 * reads a state ("before it was three hours"). */
function pending(tokens: readonly Token[], q: QuantityHit, back: readonly Token[]): boolean {
  for (const t of back) {
    const anyTense = phraseAt(tokens, t.i, PENDING);
    const end = (anyTense ?? phraseAt(tokens, t.i, PENDING_PRESENT))?.last;
    if (end === undefined || end > q.first) continue;
    let k = end;
    let noun = false;
    // ("whenever lag went over two seconds": the tagger may read the metric as a verb.)
    const verbAt = (t: Token) =>
      (t.tags.has('Verb') && !METRIC_WORDS.has(t.norm)) ||
      REACH_VERBS.has(t.norm) ||
      (k > end && CHANGE_WORDS.has(t.norm));
    while (k < q.first && !verbAt(tokens[k]) && !PENDING_AUX.has(tokens[k].norm)) {
      // ("once their p50 went over two seconds": a possessive opens the subject.)
      if (tokens[k].tags.has('Pronoun') && !tokens[k].tags.has('Possessive')) return false;
      noun ||= tokens[k].tags.has('Noun') || METRIC_WORDS.has(tokens[k].norm);
      k++;
    }
    if (!noun) return false;
    let future = false;
    while (k < q.first && PENDING_AUX.has(tokens[k].norm)) future ||= tokens[k++].norm === 'will';
    // The verb: the word before the quantity (past approximators and "to") or the quantity itself.
    const verb = k < q.first ? tokens[k] : tokens[q.first];
    if (!verbAt(verb) || /^(is|are|was|were|be|been|being)$/.test(verb.norm)) return false;
    for (k++; k < q.first; k++)
      if (!APPROXIMATORS.has(tokens[k].norm) && !/^(to|past|above)$/.test(tokens[k].norm))
        return false;
    return !!anyTense || future || !verb.tags.has('PastTense');
  }
  return false;
}

/** A target or estimate ("the goal was p95 under 500 ms", "a 150 ms latency target"): the task,
 * not its result. */
export function targeted(tokens: readonly Token[], q: QuantityHit, after: Token[]): boolean {
  // "the plan endpoint", "goal alerts": the word names a thing, not a target ("our target p95").
  const named = (t: Token) => {
    const next = tokens[t.i + 1];
    if (!next || next.sent !== t.sent || next.tags.has('Pronoun')) return false;
    return next.tags.has('Noun') && !METRIC_WORDS.has(next.norm);
  };
  // "changes that used to need a deploy now take five minutes": a habit before, not a goal; a
  // "now" between the goal word and the number reads the state after.
  // (In a run-on, "i did not want that in a request thread and in the first month 1,900 landlords
  // used it": the goal is another statement's.)
  // ("... and in the first month": a conjunction opening an adverbial starts one.)
  const whole = clauseBack(tokens, q);
  const cut = whole.findIndex(
    (t) => /^(and|so|but)$/.test(t.norm) && !!tokens[t.i + 1]?.tags.has('Preposition'),
  );
  const back = cut < 0 ? whole : whole.slice(0, cut);
  const nowAt = back.findIndex((t) => t.norm === 'now');
  const habit = (t: Token) => tokens[t.i - 1]?.norm === 'to' && tokens[t.i - 2]?.norm === 'used';
  // ("refunds that needed a manual fix went from fifteen a week to two": a relative clause says
  // what the things counted needed, no one's goal.)
  const relative = (t: Token) => /^(that|which|who)$/.test(tokens[t.i - 1]?.norm ?? '');
  const goal = back.some(
    (t, k) =>
      GOAL_WORDS.has(t.norm) && !named(t) && !habit(t) && !relative(t) && (nowAt < 0 || k < nowAt),
  );
  // "a 150 ms latency target"; not "took 45 minutes and needed two people": another clause, nor
  // "dead-lettered 11 that needed a look": a relative clause says what the things needed.
  const stop = after.findIndex((t) => /^(and|but|so|because|while|that|which|who)$/.test(t.norm));
  return goal || has(after.slice(0, stop < 0 ? 2 : Math.min(stop, 2)), GOAL_WORDS);
}

/** A bound of the mechanism: "backoff up to 24 hours", "load tested up to 15 times the peak";
 * not the far end of a change ("from 40 ms up to 900 ms"). */
export function bounded(tokens: readonly Token[], q: QuantityHit): boolean {
  const [prev, p] = leadIn(tokens, q);
  if (prev !== 'to' || tokens[p - 1]?.norm !== 'up') return false;
  // "the error rate went up to 35 percent" is a change.
  if (CHANGE_WORDS.has(tokens[p - 2]?.norm ?? '')) return false;
  return !clauseBack(tokens, q).some((t) => t.norm === 'from');
}

/** A setting of the fix: "a ten minute TTL", "keepAliveTimeout to 65 seconds", "the lag alert to
 * two minutes", "every ten seconds", "a thirty-second blip" (a length used as a modifier). */
export function setting(tokens: readonly Token[], q: QuantityHit, before: Token[], after: Token[]) {
  if (givenBack(tokens, q)) return false;
  const inside = tokens.slice(q.first, q.last);
  // "zero paging alerts": none of the things that fire counted, not a knob.
  if (/^(zero|0)$/.test(inside[0].norm) && has(inside, INCIDENT_NOUNS)) return false;
  // "a two second statement timeout": the knob may close a compound after the number.
  const compound = after[0]?.tags.has('Noun') && !after[0].tags.has('Pronoun') ? 2 : 1;
  // "one in two hundred batches failed": the noun of a ratio is what was counted, not a knob.
  const ratio = q.kind === 'percent' && inside.some((t) => t.norm === 'in' || t.norm === 'of');
  const near = [
    ...ownClause(before)
      .slice(0, 2)
      // ("memory per pod from 3.5 gigabytes": the thing a metric is counted per, not a knob.)
      .filter(
        (t) => !located(tokens, t, before) && !ratioNoun(tokens, t) && !countedPer(tokens, t),
      ),
    ...after.slice(0, compound),
    ...(ratio ? [] : [inside[inside.length - 1]]),
  ];
  // "every ten seconds" is a schedule; "saved 2 hours every week" a rate of savings.
  const everyUnit =
    after[0]?.norm === 'every' &&
    /^(day|week|month|quarter|year|night|sprint|payday|release|deploy|incident|shift|time)$/.test(
      after[1]?.norm ?? '',
    );
  if ((has(near, CONFIG_WORDS) && !everyUnit) || before[0]?.norm === 'every') return true;
  if (knobSet(tokens, q)) return true;
  // "it sometimes timed out at thirty seconds", "times out after 30 s": where the timeout is set.
  if (
    /^(at|after)$/.test(before[0]?.norm ?? '') &&
    before[1]?.norm === 'out' &&
    /^tim(ed|es|ing)$/.test(before[2]?.norm ?? '')
  )
    return true;
  // A reading of a metric ("a p95 of 11 seconds") is not the knob of an alert said nearby.
  if (has(before.slice(0, 5), SETTING_NOUNS) && !has(inside, METRIC_WORDS)) return true;
  return before.slice(0, 3).some((t) => /(timeout|ttl|interval)$/.test(t.norm));
}

/** "raised lock_timeout on the writer to two seconds", "someone had set the heap to 512 megabytes",
 * "a pool size of fifty per process": a verb of setting, a knob as its object, then the value it was
 * set to (or from); the knob is the object's head, before any place it is on. Not a metric moved
 * ("we lowered the error rate to 0.1%": no knob). */
function knobSet(tokens: readonly Token[], q: QuantityHit): boolean {
  const [lead, at] = leadIn(tokens, q);
  const sent = tokens[q.first].sent;
  // "a pool size of fifty": the knob and its size right before "of".
  if (lead === 'of') {
    const size = tokens[at - 1];
    return (
      size?.norm === 'size' &&
      size.sent === sent &&
      KNOB_WORDS.has(tokens[at - 2]?.norm ?? '') &&
      !/[,;:]/.test(tokens[at - 1].post)
    );
  }
  if (lead !== 'to' && lead !== 'from') return false;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const t = tokens[k];
    if (t.sent !== sent || /[,;:]/.test(t.post) || t.tags.has('Value')) return false;
    // ("after I moved it the pool went from 250 to 30": another verb governs the change.)
    if (!SET_VERBS.has(t.norm)) {
      if (t.tags.has('Verb') && !t.tags.has('Auxiliary')) return false;
      continue;
    }
    // The object: from the verb to the first preposition (or the lead).
    for (let j = k + 1; j < at; j++) {
      const o = tokens[j];
      if (o.tags.has('Preposition') || o.tags.has('Verb')) break;
      if (KNOB_WORDS.has(o.norm) || /(timeout|ttl|_size|_limit)$/.test(o.norm))
        return !METRIC_WORDS.has(tokens[j + 1]?.norm ?? '');
    }
    return false;
  }
  return false;
}

/** "from one in two hundred batches to zero": the noun closing a ratio said before ("one in N
 * batches"), what was counted, not a knob of the far end. */
function ratioNoun(tokens: readonly Token[], t: Token): boolean {
  if (!tokens[t.i - 1]?.tags.has('Value')) return false;
  for (let k = t.i - 2; k >= Math.max(1, t.i - 5); k--)
    if (tokens[k].norm === 'in' && tokens[k - 1].tags.has('Value')) return true;
  return false;
}

/** A length that describes the noun after it: "a thirty-second blip", "a ten-minute TTL", "a fixed
 * ten second loop", "at the ten week mark" (a unit in the singular after a number over one). It
 * names a kind of thing or a point on the clock, not a measure, unless it is an end of a change
 * ("instead of a forty-minute deploy"; impact.ts asks that first). */
export function describesNoun(tokens: readonly Token[], q: QuantityHit, after: Token[]): boolean {
  const unit = tokens[q.last - 1];
  const next = after[0];
  if (!next || pauseAfter(unit) || next.tags.has('Pronoun') || next.tags.has('Preposition'))
    return false;
  // "forty merchants a day opened tickets", "six hours a week what ...": the unit closes a
  // frequency ("a day", "per week"), not a length before a noun.
  if (q.kind === 'rate' && /^(a|an|per|every|each)$/.test(tokens[q.last - 2]?.norm ?? ''))
    return false;
  // "a five second lag": the tagger may read the noun as a verb.
  const word = [
    'Determiner',
    'Conjunction',
    'Copula',
    'Auxiliary',
    'Adverb',
    'Value',
    'QuestionWord',
  ];
  if (!/^[a-z]/.test(next.norm) || word.some((tag) => next.tags.has(tag))) return false;
  const hyphen = q.last - q.first === 2 && tokens[q.first].post === '-';
  if (hyphen) return next.tags.has('Noun') && tokens[q.first - 1]?.norm === 'a';
  return SINGULAR_UNITS.has(unit.norm) && !SINGLE_WORDS.has(tokens[q.first].norm);
}

/** The load a test was run at: "ran the load test at fifteen thousand a second", "a load test in k6
 * with five times the normal traffic", "the same load test on both, 200 payouts per second", "our
 * load test had only gone to a third of last year's peak": what the speaker put in, not what came
 * out ("in the load test we sustained 12,000 a second", "found the ceiling at about 5,000"). */
export function testLoad(tokens: readonly Token[], q: QuantityHit): boolean {
  const [lead, at] = leadIn(tokens, q);
  const apposition = /,/.test(tokens[at]?.post ?? '');
  if (!/^(at|with|to)$/.test(lead) && !apposition) return false;
  const sent = tokens[q.first].sent;
  for (let k = at; k >= Math.max(0, q.first - 12) && tokens[k].sent === sent; k--) {
    const t = tokens[k];
    if (OUTCOME_OF_TEST.has(t.norm) || LIMIT_WORDS.has(t.norm)) return false;
    if (TEST_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** The words before a quantity up to its clause's start: "write conflicts and retries, and p99 was
 * 1.4 seconds" reads "p99 was", not the retries of the clause before. */
function ownClause(before: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of before) {
    if (/[,;:]/.test(t.post) || /^(and|but|so|because|while|which)$/.test(t.norm)) break;
    out.push(t);
  }
  return out;
}

/** A knob word that only says where a metric moved: "CPU on the cluster down 40%", "query volume on
 * the cluster dropped 35%" (a place after a preposition, then a change verb right before the number). */
function located(tokens: readonly Token[], t: Token, before: readonly Token[]): boolean {
  if (!CONFIG_WORDS.has(t.norm) || !CHANGE_WORDS.has(before[0]?.norm ?? '')) return false;
  return afterPreposition(tokens, t) && before[1] === t;
}

/** "on the cluster", "in pods": a noun that closes a prepositional phrase. */
function afterPreposition(tokens: readonly Token[], t: Token): boolean {
  const p = tokens[t.i - 1]?.tags.has('Determiner') ? tokens[t.i - 2] : tokens[t.i - 1];
  return !!p?.tags.has('Preposition') && p.sent === t.sent;
}

/** "memory per pod", "cost per node": the thing a metric is counted per, not a knob of the fix. */
function countedPer(tokens: readonly Token[], t: Token): boolean {
  return /^(per|each)$/.test(tokens[t.i - 1]?.norm ?? '');
}

/** The thing changed in "increased the pods from ten to thirty" or "took the service from 12 to
 * 40 pods": a setting when it is a machine or a knob of the fix. */
export function changedSetting(tokens: readonly Token[], q: QuantityHit, after: Token[]): boolean {
  if (givenBack(tokens, q)) return false;
  // "to 40 pods" (not "to 55 batches per minute", a rate).
  const rate = /^(per|a|an)$/.test(after[3]?.norm ?? '');
  // ("added 300 ms to their batch time": a knob word inside a metric's name is no knob.)
  const knob = after.slice(1, 4).findIndex((t) => CONFIG_WORDS.has(t.norm));
  const metricNamed = knob >= 0 && has(after.slice(knob + 2, 4), METRIC_WORDS);
  if (after[0]?.norm === 'to' && knob >= 0 && !rate && !metricNamed) return true;
  // "cut the search cluster from twelve to seven nodes" is a saving.
  const back = clauseBack(tokens, q);
  // "cut the HTTP timeout from 30 seconds to 10" lowers a knob: a setting.
  const cut = back.findIndex((t) => REDUCTION_WORDS.has(t.norm));
  if (cut >= 0) {
    const object = back.slice(0, cut);
    const from = object.findIndex((t) => t.norm === 'from');
    return object
      .slice(from + 1)
      .some((t) => CONFIG_WORDS.has(t.norm) && !MACHINE_WORDS.has(t.norm));
  }
  // "the ttl went back to a minute": the knob is the head of the subject of the change said right
  // before the number.
  let v = 0;
  while (back[v] && (back[v].norm === 'to' || APPROXIMATORS.has(back[v].norm))) v++;
  // ("the retries recovered 1,500 emails a week": with no "to" the number counts the verb's object,
  // things served, not the knob's new value.)
  const object =
    !back.slice(0, v).some((t) => t.norm === 'to') &&
    has(tokens.slice(q.first, q.last), AFFECTED_NOUNS);
  if (v <= 1 && !object && CHANGE_WORDS.has(back[v]?.norm ?? '')) {
    while (back[v + 1] && CHANGE_WORDS.has(back[v + 1].norm)) v++;
    const head = back[v + 1];
    if (head && CONFIG_WORDS.has(head.norm) && !afterPreposition(tokens, head)) return true;
  }
  for (let k = q.first - 1; k >= Math.max(1, q.first - 8); k--) {
    if (tokens[k].sent !== tokens[q.first].sent) return false;
    // "increased the pods from ten to thirty", "from eleven clusters down to one".
    if (tokens[k].norm === 'from') {
      if (knobRaised(tokens, k)) return true;
      // The knob sits right before "from" or is what the first number counts.
      const named = [tokens[k - 1], tokens[k + 2]];
      if (
        named.some(
          (t) => t?.sent === tokens[k].sent && CONFIG_WORDS.has(t.norm) && !countedPer(tokens, t),
        )
      )
        return !givenBack(tokens, q);
      return false;
    }
  }
  return false;
}

/** "we went from twelve hot nodes to four", "dropped from 30 instances to 12": machines given
 * back, a saving, not a setting of the fix (knobRaised reads "we cut the pool from 40 to 10"). */
function givenBack(tokens: readonly Token[], q: QuantityHit): boolean {
  const sent = tokens[q.first].sent;
  for (let k = q.first - 1; k >= Math.max(1, q.first - 8) && tokens[k].sent === sent; k--) {
    if (tokens[k].norm !== 'from') continue;
    // "to get from eleven clusters down to one": a plan, not machines given back.
    if (knobRaised(tokens, k) || tokens[k - 2]?.norm === 'to') return false;
    // "from twelve hot nodes", "from twenty app servers", "the search cluster from twelve to seven
    // data nodes": what the numbers count, or what is named right before "from".
    const counted = tokens
      .slice(k - 1, k + 10)
      .find((t) => t.sent === sent && MACHINE_WORDS.has(t.norm));
    return !!counted && fewer(tokens, k);
  }
  return false;
}

/** True when the change that starts at "from" (token k) ends lower than it starts: "from 30
 * instances to 12". */
function fewer(tokens: readonly Token[], k: number): boolean {
  const sent = tokens[k].sent;
  const to = tokens.findIndex((t, i) => i > k && i < k + 8 && t.sent === sent && t.norm === 'to');
  if (to < 0) return false;
  const start = valueOf(tokens.slice(k + 1, to).filter((t) => !APPROXIMATORS.has(t.norm)));
  const end = valueOf(tokens.slice(to + 1, to + 5).filter((t) => !APPROXIMATORS.has(t.norm)));
  return start !== null && end !== null && end < start;
}

/** "I dropped the default page size from a hundred to twenty four", "maxmemory raised from six to
 * twelve gigabytes": a verb that sets a knob, with what it set named between it and "from" or
 * right before it, and no metric or harm among them: the fix's setting, not its result. */
function knobRaised(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from].sent;
  // ("changed the default connection pool size in our shared library from 50 to 10": the knob's
  // name may be long.)
  for (let v = from - 1; v >= Math.max(0, from - 12) && tokens[v].sent === sent; v--) {
    if (/[,;:]/.test(tokens[v].post)) return false;
    if (!SETTING_VERBS.has(tokens[v].norm)) continue;
    const object = tokens.slice(v + 1, from);
    // ("nothing changed visually the full run went from ...": another statement's change.)
    if (object.some((t) => CHANGE_WORDS.has(t.norm) || t.tags.has('Copula'))) return false;
    const subject = tokens[v - 1]?.sent === sent ? tokens[v - 1] : undefined;
    // "we raised the pool from 20 to 200" names the knob after the verb; "maxmemory raised from"
    // before it.
    // Said of its subject, only verbs no metric does by itself ("latency dropped from" is a change).
    const transitiveOnly = /^(raised|bumped|upped|set|tuned|changed)$/.test(tokens[v].norm);
    const knob = object.length > 0 ? object : subject && transitiveOnly ? [subject] : [];
    const named = knob.filter((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
    return (
      named.length > 0 && !named.some((t) => METRIC_WORDS.has(t.norm) || AFFECTED_NOUNS.has(t.norm))
    );
  }
  return false;
}

/** The speaker's own effort: "it took me a week", "that took an hour", "we finished in five
 * months": how long the story took, not what it changed. */
export function effort(before: readonly Token[]): boolean {
  const v = before.findIndex((t) => EFFORT_WORDS.has(t.norm));
  if (v < 0) return false;
  // "took me", "we finished", "that took", "the untangling took" (an activity as the subject).
  const subject = before[v + 1]?.norm ?? '';
  // "the nightly run that took three hours", "a deploy which took forty minutes": the noun before
  // the relative pronoun is the subject; a process's run time, unless the work itself.
  const head = before[v + 2];
  if (/^(that|which)$/.test(subject) && head?.tags.has('Noun') && !head.tags.has('Pronoun'))
    return EFFORT_SUBJECTS.has(head.norm);
  // "the infra team took three weeks", "ops took a week", "she took two days": people's time.
  const person = before[v + 1];
  if (
    person &&
    (PEOPLE_WORDS.has(person.norm) ||
      EFFORT_PARTIES.has(person.norm) ||
      (/^[A-Z][a-z]/.test(person.text) && before[v + 2]?.sent === person.sent))
  )
    return true;
  return (
    EFFORT_AGENTS.has(subject) ||
    EFFORT_SUBJECTS.has(subject) ||
    EFFORT_AGENTS.has(before[v - 1]?.norm ?? '') ||
    (/ing$/.test(subject) && !!before[v + 2]?.tags.has('Determiner'))
  );
}

/** "from Postgres 11 to 14", "Node 16 to 20": a change of version; both ends are labels. */
export function versionChange(tokens: readonly Token[], q: QuantityHit): boolean {
  for (let k = q.first - 1; k >= Math.max(0, q.first - 6); k--) {
    if (tokens[k].sent !== tokens[q.first].sent) return false;
    if (tokens[k].norm === 'from') return LABEL_BEFORE.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

/** The culprit's make-up found while diagnosing: "a batch job that held 300 connections", "the cron
 * job opening 500 connections", in the situation, task or steps. The count is the object of a verb
 * of holding or putting out whose subject is a thing (a noun, "that", "which"; "it held 1,900 accounts" is often the fix), not the
 * speaker or other people ("we opened 40 tickets"). It measures the cause, not a harm or a result,
 * unless the answer measures the same thing again (a before/after: "a page load was issuing 1,140
 * queries" ... "now makes 6 queries"). */
export function culprit(
  tokens: readonly Token[],
  q: QuantityHit,
  all: readonly QuantityHit[],
): boolean {
  if (q.kind !== 'count') return false;
  const [verb, v] = leadIn(tokens, q);
  if (!CULPRIT_VERBS.has(verb)) return false;
  let s = v - 1;
  while (s > 0 && /^(was|were|is|are|been|had|has|have|still|also|kept|just)$/.test(tokens[s].norm))
    s--;
  const subject = tokens[s];
  if (!subject || subject.sent !== tokens[v].sent) return false;
  const thing =
    /^(that|which)$/.test(subject.norm) ||
    (subject.tags.has('Noun') &&
      !subject.tags.has('Pronoun') &&
      !PEOPLE_WORDS.has(subject.norm) &&
      !EFFORT_PARTIES.has(subject.norm) &&
      !/^[A-Z]/.test(subject.text));
  if (!thing) return false;
  const unit = (h: QuantityHit) => tokens[h.last - 1].norm.replace(/s$/, '');
  return !all.some((h) => h !== q && unit(h) === unit(q));
}

/** "cut the scrubbing to a second phase", "ran a second pass": "second" as an ordinal before its
 * noun, not a length of time ("a second of lag", "under a second", "a second later" are lengths). */
export function ordinalSecond(tokens: readonly Token[], q: QuantityHit): boolean {
  const unit = tokens[q.last - 1];
  if (q.last - q.first !== 2 || unit.norm !== 'second' || !/^(a|the)$/.test(tokens[q.first].norm))
    return false;
  const next = tokens[q.last];
  if (!next || next.sent !== unit.sent || pauseAfter(unit)) return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && !METRIC_WORDS.has(next.norm);
}

/** "built back in 2019 for about fifty sends a second", "a cluster sized for 10,000 users": the
 * load a system was designed for is a setting of the design, not a result. */
export function designedFor(tokens: readonly Token[], q: QuantityHit): boolean {
  const [lead, at] = leadIn(tokens, q);
  if (lead !== 'for') return false;
  const sent = tokens[q.first].sent;
  for (let k = at - 1; k >= Math.max(0, at - 8) && tokens[k].sent === sent; k--) {
    if (CAPACITY_VERBS.has(tokens[k].norm)) return true;
    if (/[,;:]/.test(tokens[k].post) || /^(and|but|so|because|which)$/.test(tokens[k].norm))
      return false;
  }
  return false;
}

/** The period another measure was counted over: "over the next two quarters", "in the first three
 * pay runs", "during the last six months". */
export function periodOf(tokens: readonly Token[], q: QuantityHit): boolean {
  const [lead, at] = leadIn(tokens, q);
  if (!/^(next|first|last|past|following)$/.test(lead)) return false;
  const the = tokens[at - 1];
  const prep = tokens[at - 2];
  return (
    the?.norm === 'the' &&
    the.sent === tokens[q.first].sent &&
    /^(over|in|for|during|within|across|through)$/.test(prep?.norm ?? '')
  );
}

/** How far into an event something happened: "the site went down about four minutes in", "two
 * weeks into the migration": a point on the story's clock. */
export function elapsedInto(tokens: readonly Token[], q: QuantityHit): boolean {
  if (q.kind !== 'duration' && q.kind !== 'latency') return false;
  const next = tokens[q.last];
  if (!next || next.sent !== tokens[q.first].sent) return false;
  if (next.norm === 'into') return true;
  if (next.norm !== 'in') return false;
  const after = tokens[q.last + 1];
  return (
    pauseAfter(next) ||
    !after ||
    after.sent !== next.sent ||
    /^(and|but|so|when|then|i|we|it|they|he|she)$/.test(after.norm)
  );
}

/** A date moved: "got their date moved by two weeks", "pushed the launch back a week": the
 * schedule, the story's clock. */
export function rescheduled(tokens: readonly Token[], q: QuantityHit): boolean {
  if (q.kind !== 'duration') return false;
  const [lead, at] = leadIn(tokens, q);
  const from = lead === 'by' ? at - 1 : at;
  for (let k = from; k >= Math.max(0, from - 4); k--) {
    if (tokens[k].sent !== tokens[q.first].sent) return false;
    // ("the delay went from five minutes to 3 seconds": a noun of lateness, the subject of its own
    // verb, is the metric that moved.)
    const next = tokens[k + 1];
    const subject = next && next.tags.has('Verb') && !next.tags.has('Auxiliary') && k + 1 < from;
    if (SCHEDULE_SHIFT.has(tokens[k].norm) && !subject) return true;
  }
  return false;
}

/** A threshold that picks things out: "only for orders under two hundred dollars", "on any file
 * over 5 GB": a noun after a preposition or a quantifier, qualified by the bound. A setting of the
 * fix, not a result ("we kept checkouts under two seconds" has a verb before the noun). */
export function qualifies(tokens: readonly Token[], q: QuantityHit): boolean {
  // ("under" is also an approximator, which leadIn skips.)
  let at = q.first - 1;
  while (at > 0 && /^(about|around|roughly)$/.test(tokens[at].norm)) at--;
  if (!/^(under|over|above|below)$/.test(tokens[at]?.norm ?? '')) return false;
  const noun = tokens[at - 1];
  let before = tokens[at - 2];
  // "without a lock over a second", "for an upload over 5 GB": an article after a preposition.
  const article = /^(a|an)$/.test(before?.norm ?? '') && tokens[at - 3];
  if (article && article.tags.has('Preposition') && article.sent === before.sent) before = article;
  if (!noun || !before || noun.sent !== tokens[q.first].sent || before.sent !== noun.sent)
    return false;
  if (METRIC_WORDS.has(noun.norm) || noun.tags.has('Pronoun') || noun.tags.has('Value'))
    return false;
  const quantifier = /^(all|any|every|only|each)$/.test(before.norm);
  const plural = noun.tags.has('Plural') || /^[a-z]{3,}[^s]s$/.test(noun.norm);
  return (
    (plural || ((quantifier || before !== tokens[at - 2]) && noun.tags.has('Noun'))) &&
    (before.tags.has('Preposition') || quantifier)
  );
}

/** A plan's price worked out by the speaker: "I estimated each piece, and the total came to about
 * seven weeks", "I sized each part and it added up to sixteen weeks", "so I calculated that cost,
 * around three thousand dollars". A verb of sizing earlier in the sentence (across commas) puts
 * a length of time or a sum of money on the plan, not on a result. */
export function estimateOf(tokens: readonly Token[], q: QuantityHit): boolean {
  if (q.kind !== 'duration' && q.kind !== 'money') return false;
  const sent = tokens[q.first].sent;
  for (let k = q.first - 1; k >= Math.max(0, q.first - 20) && tokens[k].sent === sent; k--) {
    if (/^(now|saved|saves|saving|after|from|instead)$/.test(tokens[k].norm)) return false;
    if (ESTIMATE_WORDS.has(tokens[k].norm)) return true;
  }
  return false;
}
