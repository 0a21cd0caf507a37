/** How each kind of stated quantity is judged impact once its surroundings are read (impact.ts
 * reads them): durations, counts and multipliers. */
import { effort, has, leadIn } from './impact-cues';
import {
  ADOPTED_WORDS,
  AFFECTED_NOUNS,
  APPROXIMATORS,
  CLIENT_NOUNS,
  CAUGHT_WORDS,
  COMPARED,
  CLOCK_AFTER,
  CONFIG_WORDS,
  CLOCK_WORDS,
  DURATION_RESULT_WORDS,
  EFFORT_NOUNS,
  EFFORT_WORDS,
  FINDING_WORDS,
  LIGHT_VERBS,
  LOSS_WORDS,
  MACHINE_WORDS,
  HARM_WORDS,
  INCIDENT_NOUNS,
  LAG_AFTER,
  LAG_UNITS,
  METRIC_WORDS,
  MULTIPLIER_OBJECTS,
  OUTAGE_WORDS,
  PEOPLE_WORDS,
  PRODUCED_WORDS,
  RECOVERY_WORDS,
  RECURRING_HARM,
  REPAIRED_WORDS,
  RESOURCE_WORDS,
  SAMPLE_WORDS,
  SCHEDULE_WORDS,
  SHIP_WORDS,
  TIME_COST_WORDS,
  TIME_SAVED_WORDS,
  TRY_WORDS,
} from './lists/impact';
import { DURATION_UNITS, MONTHS, MULTIPLIER_WORDS } from './lists/units';
import type { QuantityHit } from './quantities';
import { pauseAfter } from './token-context';
import type { Token } from './tokens';
import type { StarPart } from './types';

/** What the words around one quantity say, read once. */
export type Reading = {
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
export function durationIsImpact(r: Reading): boolean {
  const { before, change } = r;
  // "used to cost someone in finance about four hours every payday": a recurring cost of time.
  const recurring =
    /^(every|each|per|a)$/.test(r.after[0]?.norm ?? '') &&
    /^(day|week|month|quarter|year|payday|release|deploy|incident|sprint|run|night)s?$/.test(
      r.after[1]?.norm ?? '',
    );
  // "the morning clean up, which had been about an hour a day": a recurring cost told in the result.
  if (recurring && (has(before, TIME_COST_WORDS) || r.part === 'result')) return true;
  // "it took me two days instead of two weeks", "that cost two days of backfill instead of one
  // deploy": the speaker's effort weighed against another plan is still the story's clock.
  const weighed = r.after.some((t) => t.norm === 'instead');
  // "we lost 40 minutes of orders" is harm, not the speaker's time.
  const lostOf = r.after[0]?.norm === 'of' && has(before.slice(0, 3), LOSS_WORDS);
  if (effort(before) && !lostOf) return change && !weighed;
  const [lead, leadAt] = leadIn(r.tokens, r.q);
  // "checkout was back in about forty minutes", "all restored in six hours": how soon the service
  // came back is the story's clock (how long the response took), unless compared with a before
  // ("recovered in two minutes instead of around fifteen"); how long users were hit ("down for 40
  // minutes") is the harm.
  // ("search was back about twenty minutes after I got paged": the time said after the word.)
  const recovery =
    (/^(in|within|after)$/.test(lead) &&
      r.tokens.slice(Math.max(0, leadAt - 3), leadAt).some((t) => RECOVERY_WORDS.has(t.norm))) ||
    (RECOVERY_WORDS.has(lead) && /^(after|later)$/.test(r.after[0]?.norm ?? ''));
  if (recovery) return change;
  // "errors dropped within a minute": when the change came, unless it is a run or a recovery
  // ("recovered within two minutes").
  if (lead === 'within' && !change && !has(before.slice(0, 4), DURATION_RESULT_WORDS)) return false;
  // "zero broken builds in six months", "40,000 payouts over the first month": the period another
  // measure was counted over.
  // ("over" is also an approximator: "doubled over two quarters" has it right before the number.)
  // ("1,100 orders failed in those six minutes": a determiner between.)
  const period =
    /^(in|over)$/.test(lead) ||
    before[0]?.norm === 'over' ||
    (/^(those|these|that|the)$/.test(lead) && /^(in|over|during)$/.test(before[1]?.norm ?? ''));
  if (period && !has(before.slice(0, 4), DURATION_RESULT_WORDS)) {
    // "chargebacks had doubled over two quarters": the period a change was seen over.
    const counted = before.findIndex(
      (t) => t.tags.has('Value') || t.norm === 'zero' || MULTIPLIER_WORDS.has(t.norm),
    );
    if (counted > 0 && !before.slice(0, counted).some((t) => /[,;:]/.test(t.post))) return false;
  }
  // "two days before the launch" is the clock; "the job took 5 hours before the fix" a run time.
  const ran = has(before.slice(0, 3), DURATION_RESULT_WORDS);
  const clockAfter =
    CLOCK_AFTER.has(r.after[0]?.norm ?? '') &&
    !(ran && /^(before|after)$/.test(r.after[0]?.norm ?? ''));
  if (has(before.slice(0, 2), CLOCK_WORDS) || clockAfter) return change;
  // "routes that were 30 minutes stale", "alerts four minutes late"; not "it shipped two months late".
  // "we were two sprints late", "three weeks behind schedule": the project's lag, its clock.
  if (LAG_AFTER.has(r.after[0]?.norm ?? ''))
    return (
      !has(before, SHIP_WORDS) &&
      !has(r.inside, LAG_UNITS) &&
      !SCHEDULE_WORDS.has(r.after[1]?.norm ?? '') &&
      !before.slice(0, 4).some((t) => /^(i|we|us)$/.test(t.norm) || PEOPLE_WORDS.has(t.norm))
    );
  // "was down 38 minutes", "failing for 25 minutes"; not "sat down for two weeks".
  // ("every failed attempt": an outage word before its noun describes the noun.)
  const outage = before.some(
    (t, i) =>
      OUTAGE_WORDS.has(t.norm) &&
      // ("blocked invoice creation for four minutes" is a verb and its object.)
      !(
        i > 0 &&
        before[i - 1].tags.has('Noun') &&
        !before[i - 1].tags.has('Pronoun') &&
        (!before[i + 1] ||
          before[i + 1].tags.has('Determiner') ||
          before[i + 1].tags.has('Preposition'))
      ) &&
      (t.norm !== 'down' || /^(was|were|went|been|is|are|being)$/.test(before[i + 1]?.norm ?? '')),
  );
  if (lead === 'for') return outage || change;
  // "went through six months of tickets": a span of data, unless it is of load or downtime;
  // "3 hours of engineering time", "nine hours of cluster load": what the work cost.
  // "I pulled two weeks of signups": a sample of data the speaker looked at.
  if (r.after[0]?.norm === 'of' && has(before.slice(0, 3), SAMPLE_WORDS)) return false;
  // "four months of work", "two sprints of effort": what the work cost, the story's clock.
  if (r.after[0]?.norm === 'of' && EFFORT_NOUNS.has(r.after[1]?.norm ?? '')) return change;
  if (r.after[0]?.norm === 'of') return change || outage || has(r.after.slice(1, 4), METRIC_WORDS);
  // "saves an hour every release" is time saved; "saved us ten days", "saved me about a week" a
  // once-off saving of the project's schedule, the story's clock.
  const saved = has(before, TIME_SAVED_WORDS) && recurring;
  if (change || saved || outage || r.total || metricReading(r)) return true;
  if (r.part === 'task') return false;
  // "deploy time is 8 minutes now": a metric read at the end is a result.
  const now = [...before.slice(0, 5), ...r.after.slice(0, 2)].some((t) => t.norm === 'now');
  const runs = has(before.slice(0, 4), DURATION_RESULT_WORDS);
  // "now the batch finishes in 25 minutes": a run time read at the end.
  if (now && (r.metric || runs)) return true;
  if (r.part === 'action') return r.metric && r.moved;
  return runs || (r.metric && r.moved);
}

/** "median time to find the cause of an incident was about 3 hours", "the p99 is now 40 ms": a
 * copula reads a metric named at the head of its subject, however long the subject. */
export function metricReading(r: Reading): boolean {
  const { tokens, q } = r;
  const [lead, at] = leadIn(tokens, q);
  if (!/^(was|is|were|are)$/.test(lead)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const t = tokens[k];
    if (t.sent !== tokens[q.first].sent || /[,;:]/.test(t.post)) return false;
    if (/^(and|but|so|because|which|that|it)$/.test(t.norm)) return false;
    // "the visibility timeout on the queue was thirty minutes": a setting, whatever it is on.
    if (CONFIG_WORDS.has(t.norm)) return false;
    const inPhrase =
      tokens[k - 1]?.tags.has('Preposition') ||
      (tokens[k - 1]?.tags.has('Determiner') && tokens[k - 2]?.tags.has('Preposition'));
    // "the cost was five months with nothing shippable": the price of a plan in time, effort.
    if (METRIC_WORDS.has(t.norm) && !inPhrase) return !EFFORT_WORDS.has(t.norm);
  }
  return false;
}

/** A count is impact when it is what a result hit or produced: "1,900 orders failed", "sold 41,000
 * seats", "zero missed payouts", "about forty requests in total"; never people, teams or machines. */
export function countIsImpact(r: Reading, zero: boolean): boolean {
  const { before, after, inside, tokens, q } = r;
  if (has(inside, PEOPLE_WORDS)) return false;
  // "it took me three attempts", "two failed tries later": a count of tries is the speaker's effort,
  // unless a noun names whose tries were counted ("40,000 booking attempts", "1.5% of login retries").
  const tryAt = inside.findIndex((t) => TRY_WORDS.has(t.norm));
  // ("two failed attempts later": a try counted on the story's clock, whatever it was.)
  const whose = inside.slice(1, tryAt).some((t) => /^[a-z]/.test(t.norm));
  const tries = tryAt > 0 && (!whose || after[0]?.norm === 'later');
  if (tries && !r.change && !has(before.slice(0, 3), CAUGHT_WORDS)) return false;
  // "to a dead-letter queue after three failed attempts", "alert after 5 errors": a threshold.
  if (leadIn(tokens, q)[0] === 'after' && !r.change) return false;
  // "34 of the 40 services", "eleven of twelve services": a share, read like a percentage.
  const k = before[0]?.norm === 'the' ? 1 : 0;
  // "31 consumer groups out of 40": the share said after the count.
  const outOf =
    after[0]?.norm === 'out' && after[1]?.norm === 'of' && !!after[2]?.tags.has('Value');
  const ratio = (before[k]?.norm === 'of' && !!tokens[q.first - 2 - k]?.tags.has('Value')) || outOf;
  if (zero || r.change || r.total || ratio) return true;
  // "I took ten wrong invoices", "pulled three affected accounts": a sample the speaker looked at.
  if (has(before.slice(0, 5), SAMPLE_WORDS)) return false;
  // What happened to the things counted, said right beside them: "1,900 orders failed", "37 bad
  // accounts", "sold 41,000 seats", "all 600 invoices were corrected".
  // "I dropped two wildcard clauses" is the speaker's step, not harm done to them.
  const own = /^(i|we)$/.test(before[1]?.norm ?? '') || /^(i|we)$/.test(before[2]?.norm ?? '');
  // After the count, up to where another clause starts ("three open questions and got ...").
  // ("for two billing cycles before we switched over duplicate invoices ...": a subordinate clause
  // is another statement.)
  const stop = after.findIndex((t) =>
    /^(and|but|so|because|while|which|before|after|until|when|once|i|we|nobody|he|she)$/.test(
      t.norm,
    ),
  );
  // ("4,000 payouts went out a day late": the harm may close a short predicate.)
  const next = after.slice(0, stop < 0 ? 5 : Math.min(stop, 5));
  const close = [...(own ? [] : before.slice(0, 2)), ...inside, ...next];
  // "11,000 merchants weren't getting webhooks", "9000 patients didn't get their reminder".
  const denied = has(inside, AFFECTED_NOUNS) && after.slice(0, 3).some((t) => t.norm === 'not');
  // "queue depth climbing, 12,000 messages behind.": a backlog.
  const last = tokens[q.last];
  // ("their docs were two versions behind" is a lag between copies, not a backlog.)
  const behind =
    last?.norm === 'behind' &&
    !has(inside, LAG_UNITS) &&
    last.sent === tokens[q.first].sent &&
    (/[,.;:!?]/.test(last.post) || tokens[q.last + 1]?.sent !== last.sent);
  const passive = /^(were|was|got|been|are)$/.test(after[0]?.norm ?? '');
  // "the stale-flag rule removed 220 dead flags", "it has caught six migrations": what a thing the
  // speaker built did (not "I removed two clauses", a step).
  // ("Leon ... he caught two rating rules": a person found them; "caught two mapping bugs in my
  // consumer": defects of the speaker's own work, a finding of the steps.)
  const ownWork = after[0]?.norm === 'in' && /^(my|our)$/.test(after[1]?.norm ?? '');
  const byThing =
    !own &&
    !ownWork &&
    has(before.slice(0, 3), CAUGHT_WORDS) &&
    !before.slice(0, 4).some(
      (t) =>
        PEOPLE_WORDS.has(t.norm) ||
        /^(he|she)$/.test(t.norm) ||
        // "because Leo caught two requirements on those calls": a person named mid-sentence.
        (/^[A-Z][a-z]+$/.test(t.text) && tokens[t.i - 1]?.sent === t.sent),
    );
  // "We served around 900 customers", "we billed about eleven thousand accounts": in the
  // situation, what the system handles is its scale, the setup, not a result.
  const scale = r.part === 'situation' && !r.harm;
  const produced =
    (has(before.slice(0, 5), PRODUCED_WORDS) && !scale) ||
    byThing ||
    REPAIRED_WORDS.has(after[0]?.norm ?? '') ||
    (passive && (has(after.slice(1, 3), PRODUCED_WORDS) || after[1]?.norm === 'back'));
  // "1,400 landlords used it", "31 services were on it within a quarter": adoption.
  // ("because only eleven customers used those": adoption given as the reason for a step.)
  const reason = r.part !== 'result' && before.some((t) => /^(because|since)$/.test(t.norm));
  const adopted =
    !reason &&
    has(inside, AFFECTED_NOUNS) &&
    (ADOPTED_WORDS.has(after[0]?.norm ?? '') ||
      (passive && after[1]?.norm === 'on' && /^(it|the|our)$/.test(after[2]?.norm ?? '')) ||
      // "Four partners were live on it".
      (passive && after[1]?.norm === 'live'));
  // "three or four incidents that month": incidents counted over a period.
  const period = after.slice(0, 3).some((t) => /^(day|week|month|quarter|year)s?$/.test(t.norm));
  // "payroll runs failed for about 300 customers", "went out late for 900 merchants": the harm is
  // told before whom it hit.
  const [lead] = leadIn(tokens, q);
  // "payouts went out for twelve thousand sellers": what was delivered, and to whom.
  const delivered = before
    .slice(0, 3)
    .some((t, i) => t.norm === 'out' && /^(went|sent|go|goes)$/.test(before[i + 1]?.norm ?? ''));
  // "sent 38,000 duplicate emails to 11,000 users": a harm counted, then whom it reached.
  const harmCounted =
    before.slice(0, 6).some((t) => t.tags.has('Value')) && has(before.slice(0, 6), HARM_WORDS);
  const hitFor =
    ((lead === 'for' && (has(before.slice(0, 5), HARM_WORDS) || delivered)) ||
      (lead === 'to' && harmCounted)) &&
    has(inside, AFFECTED_NOUNS);
  // "zero breaks since", "zero rejected files": none of the things counted, read as a result.
  // The thing must be one that can go wrong or be counted: "zero help", "zero context" are idioms
  // of a mass noun, while "zero rejected files", "zero downtime" count.
  // The noun may close a compound past the count's words ("zero partner-facing incidents") or be
  // tagged a verb ("zero breaks"): read up to a preposition or a pause.
  const head = [...inside.slice(1), ...after.slice(0, 3)];
  const end = head.findIndex(
    (t, i) => t.tags.has('Preposition') || (i > 0 && pauseAfter(head[i - 1])),
  );
  const noun = head.slice(0, end < 0 ? head.length : end);
  const countable =
    noun.some((t) => t.tags.has('Plural') || /[^s]s$/.test(t.norm)) ||
    [...inside, ...after.slice(0, 1)].some(
      (t) =>
        AFFECTED_NOUNS.has(t.norm) ||
        HARM_WORDS.has(t.norm) ||
        INCIDENT_NOUNS.has(t.norm) ||
        METRIC_WORDS.has(t.norm) ||
        LOSS_WORDS.has(t.norm),
    );
  const none = zero || (tokens[q.first].norm === 'zero' && r.part === 'result' && countable);
  // "we lost 40 orders": things served that were lost are harm whoever lost them.
  const lost = has(before.slice(0, 2), LOSS_WORDS) && has(inside, AFFECTED_NOUNS);
  // "all 1.1 million reminders went out on time": what was delivered.
  // ("sixty-three refunds went through": what was processed.)
  const wentOut =
    has(inside, AFFECTED_NOUNS) &&
    /^(went|got|were)$/.test(after[0]?.norm ?? '') &&
    (after[1]?.norm === 'out' ||
      // (not "went through Black Friday": a span of time it went through.)
      (after[1]?.norm === 'through' &&
        (!after[2] || /[,.;]/.test(after[1].post) || /^(that|which|and)$/.test(after[2].norm))));
  if (hitFor || none || lost || wentOut || reached(r) || doneInResult(r)) return true;
  return (
    (has(inside, INCIDENT_NOUNS) && period) ||
    has(close, HARM_WORDS) ||
    denied ||
    behind ||
    produced ||
    adopted ||
    (has(inside, AFFECTED_NOUNS) && r.moved && r.metricWord)
  );
}

/** "doubled", "3x faster", "four times the traffic", "around ten times" after "faster"; not "a
 * double refund", "I made the case twice" or "doubled the CPU" among the steps. */
export function multiplierIsImpact(r: Reading): boolean {
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
    // "peak heap halved, and ...", "the cost per million holds roughly halved, because ...": in the
    // result, a verb of multiplying with no object closes its clause; its subject is what changed.
    const closes =
      pauseAfter(first) ||
      !r.after[0] ||
      /^(and|but|so|because|since|after|once|when|over|in|within|again)$/.test(r.after[0].norm);
    const subject =
      r.before[0] && /^[a-z]/.test(r.before[0].norm) && !r.before[0].tags.has('Pronoun');
    if (r.part === 'result' && /ed$/.test(first.norm) && closes && subject) return true;
    return (r.metric || r.moved) && (!steps || has(r.before.slice(0, 2), METRIC_WORDS) || r.moved);
  }
  // "clients retrying three times each", "retried twice": the mechanism's tries.
  if (
    r.before.slice(0, 2).some((t) => /^(retry|retrying|retried|retries|tried|trying)$/.test(t.norm))
  )
    return false;
  // "2x the pods", "3x more replicas": resources given.
  const given = r.after.slice(0, 3).find((t) => !/^(the|our|more|as|many)$/.test(t.norm));
  if (given && (CONFIG_WORDS.has(given.norm) || RESOURCE_WORDS.has(given.norm))) return false;
  const last = tokens[q.last - 1];
  const glued = /\d\s*x$/i.test(first.text + (last === first ? '' : last.text));
  // "this happened five times in one quarter", "it crashed 3 times a day": how often harm came.
  // "we kept breaking their pipelines when fields got renamed, three times in one quarter": a count
  // of harm over a period, the harm said earlier in the sentence.
  const overPeriod =
    /^(in|a|per|every|each)$/.test(r.after[0]?.norm ?? '') &&
    r.after.slice(1, 3).some((t) => DURATION_UNITS.has(t.norm));
  const often =
    has(r.before.slice(0, 3), RECURRING_HARM) || (overPeriod && has(r.before, RECURRING_HARM));
  return objectAfter || glued || often || r.change || r.moved || has(r.before, COMPARED);
}

/** In the result, a count of things (not people, teams, machines or time) that a past verb did or
 * that did something, over a period once the work was live: "in the first six months the app
 * synced 2.7 million receipts", "since then it has renewed 340 certificates", "in January we
 * generated 38,000 payslips", "by the end of the quarter 212 customers were on it". What the work
 * handled or produced (taxonomy: things affected, produced or adopted); not a step counted ("I
 * migrated forty reports", "made eleven schema changes"), things found while diagnosing ("found
 * two tests sharing a directory"), nor things named before ("the other two formats went out"). */
function doneInResult(r: Reading): boolean {
  const { tokens, q, inside, after } = r;
  if (r.part !== 'result') return false;
  const words = inside.slice(1);
  if (!words.length || words.some((t) => !/^[a-z][a-z-]*$/.test(t.norm))) return false;
  const noun = words[words.length - 1];
  if (!noun.tags.has('Plural') && !/[^s]s$/.test(noun.norm)) return false;
  if (
    words.some(
      (t) => MACHINE_WORDS.has(t.norm) || DURATION_UNITS.has(t.norm) || PEOPLE_WORDS.has(t.norm),
    )
  )
    return false;
  let p = q.first - 1;
  while (p >= 0 && (APPROXIMATORS.has(tokens[p].norm) || tokens[p].norm === 'all')) p--;
  const prev = tokens[p];
  const sent = tokens[q.first].sent;
  // "and refreshed all 14,000 fares": the whole set the verb went through, by its own words the
  // extent of what was done, with or without a period after going live.
  const whole = tokens.slice(p + 1, q.first).some((t) => t.norm === 'all');
  let perfect: boolean;
  if (prev && prev.sent === sent && !/[,;:]/.test(prev.post) && !afterTimeAdverbial(tokens, p)) {
    // Object: right after a past verb of doing, not a step's light verb nor a finding; not the
    // speaker's own step ("I migrated forty reports").
    perfect = /^(has|have|had)$/.test(tokens[p - 1]?.norm ?? '');
    // ("the app synced 2.7 million receipts": a past verb the tagger read as a noun.)
    const past =
      prev.tags.has('PastTense') ||
      (prev.tags.has('Verb') && perfect) ||
      (/[a-z]ed$/.test(prev.norm) && !prev.tags.has('Adjective'));
    if (
      !past ||
      prev.tags.has('Copula') ||
      LIGHT_VERBS.has(prev.norm) ||
      EFFORT_WORDS.has(prev.norm) ||
      SAMPLE_WORDS.has(prev.norm) ||
      FINDING_WORDS.has(prev.norm) ||
      CAUGHT_WORDS.has(prev.norm) ||
      tokens[p - (perfect ? 2 : 1)]?.norm === 'i'
    )
      return false;
  } else {
    // Subject: the count opens its clause and a past verb follows ("were paid", "have gone out").
    const verb = after[0]?.tags.has('Adverb') ? after[1] : after[0];
    if (!verb) return false;
    perfect = /^(have|has)$/.test(verb.norm);
    // A copula reads on to what became of them: "were paid", "were on it", "were live"; not "were
    // propagating traces" (the things doing it, not a result counted).
    const next = tokens[verb.i + 1];
    const copula =
      /^(were|was)$/.test(verb.norm) &&
      !!next &&
      (/^(on|live)$/.test(next.norm) || (next.tags.has('PastTense') && !/ing$/.test(next.norm)));
    if (!perfect && !copula && (!verb.tags.has('PastTense') || verb.tags.has('Copula')))
      return false;
  }
  return perfect || whole || livePeriod(tokens, q.first);
}

/** Whether the sentence places what it tells over a period after going live: "since then", "in the
 * first month", "within two months", "by the end of the quarter", "in January", "after launch". */
function livePeriod(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at].sent;
  let a = at;
  while (a > 0 && tokens[a - 1].sent === sent && at - a < 30) a--;
  let b = at;
  while (b + 1 < tokens.length && tokens[b + 1].sent === sent && b - at < 30) b++;
  for (let k = a; k <= b; k++) {
    const w = tokens[k].norm;
    if (w === 'since') return true;
    if (!DURATION_UNITS.has(w) && !MONTHS.has(w) && w !== 'launch' && w !== 'end') continue;
    for (let j = k - 1; j >= Math.max(a, k - 4); j--)
      if (/^(in|within|by|after|over|during|first)$/.test(tokens[j].norm)) return true;
  }
  return false;
}

/** "1,340 employers filed through it", "48,000 customers exported their history", "340 companies
 * onboarded themselves": in the result, customers counted as the subject of what they then did
 * (adoption, reach). Not an object ("we served 900 customers") nor people of the story. */
function reached(r: Reading): boolean {
  const { tokens, q, inside, after } = r;
  if (r.part !== 'result' || !has(inside, CLIENT_NOUNS)) return false;
  let p = q.first - 1;
  while (p >= 0 && APPROXIMATORS.has(tokens[p].norm)) p--;
  const prev = tokens[p];
  // ("in the first month 1.2 million customers registered": past a leading adverbial of time.)
  const opens =
    !prev ||
    prev.sent !== tokens[q.first].sent ||
    /[,;:]/.test(prev.post) ||
    /^(and|so|then|now)$/.test(prev.norm) ||
    afterTimeAdverbial(tokens, p);
  if (!opens) return false;
  const verb = after[0]?.tags.has('Adverb') ? after[1] : after[0];
  return !!verb && verb.tags.has('PastTense') && !verb.tags.has('Copula');
}

/** True when token p closes an adverbial of time that opens its clause ("in the first month", "by
 * launch", "within a week"): a preposition at the clause's start, then only a short noun phrase. */
function afterTimeAdverbial(tokens: readonly Token[], p: number): boolean {
  const w = tokens[p]?.norm ?? '';
  if (!DURATION_UNITS.has(w) && !MONTHS.has(w) && !/^(launch|then)$/.test(w)) return false;
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
    const t = tokens[k];
    if (t.sent !== tokens[p].sent) return false;
    if (/^(in|within|by|over|after|during|since)$/.test(t.norm)) {
      const prev = tokens[k - 1];
      return (
        !prev ||
        prev.sent !== t.sent ||
        /[,;:]/.test(prev.post) ||
        /^(and|so|then)$/.test(prev.norm)
      );
    }
    if (t.tags.has('Verb') || t.tags.has('Pronoun')) return false;
  }
  return false;
}
