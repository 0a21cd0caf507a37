import type { Doc } from './doc';
import { refineImpact } from './impact-model/refine';
import {
  around,
  bounded,
  changedSetting,
  clauseBack,
  culprit,
  describesNoun,
  elapsedInto,
  designedFor,
  estimateOf,
  has,
  inChange,
  isBaseline,
  leadIn,
  ordinalSecond,
  periodOf,
  qualifies,
  rescheduled,
  setting,
  supposed,
  targeted,
  testLoad,
  versionChange,
} from './impact-cues';
import {
  AFFECTED_NOUNS,
  APPROXIMATORS,
  CHANGE_WORDS,
  COMPARED,
  CERTAINTY_AFTER,
  CHOOSE_WORDS,
  DEVIANT_WORDS,
  FINDING_WORDS,
  HARM_WORDS,
  INCIDENT_NOUNS,
  LIMIT_WORDS,
  MACHINE_WORDS,
  METRIC_WORDS,
  OUTCOME_OF_TEST,
  PRICE_NOUNS,
  PRODUCED_WORDS,
  QUOTA_HOLDERS,
  REPAIRED_WORDS,
  RESOURCE_WORDS,
  RETIRE_WORDS,
  ROLLOUT_WORDS,
  SAMPLE_WORDS,
  SEEN_WORDS,
  SHOWING_WORDS,
  STALLED_WORDS,
  TEST_RIGS,
  TEST_WORDS,
  TOTAL_WORDS,
  WEAK_HARM,
} from './lists/impact';
import { CLOCK_MINUTES, NUMBER_WORDS } from './lists/units';
import type { QuantityHit } from './quantities';
import { measureKey } from './quantity-value';
import {
  countIsImpact,
  durationIsImpact,
  metricReading,
  multiplierIsImpact,
  type Reading,
} from './impact-kinds';
import type { Token } from './tokens';
import type { StarPart } from './types';

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

/** What a quantity's words say: a measure, an end of a change ('change') or not ('yes'); never one (a target, a setting, a supposition:
 * 'no'); or not by its own words, though the same measure said elsewhere as a result makes it one
 * ('soft'). */
type Verdict = 'change' | 'yes' | 'no' | 'soft';

/** "ran the rollout at 5, 25 and then 100 percent", "enabled the flag again for ten percent of
 * traffic", "a canary step that holds traffic at 5%": a word of letting the change out a few words
 * before the share, with no metric or harm between them ("after the rollout errors were at 0.5%"
 * is a result). */
function rolledTo(before: readonly Token[], far: boolean): boolean {
  const at = before.slice(0, far ? before.length : 6).findIndex((t) => ROLLOUT_WORDS.has(t.norm));
  if (at < 0) return false;
  const between = before.slice(0, at);
  return !between.some(
    (t) => METRIC_WORDS.has(t.norm) || HARM_WORDS.has(t.norm) || AFFECTED_NOUNS.has(t.norm),
  );
}

/** Whether a stated quantity measures a result or a before/after (latency, error rate, throughput,
 * cost, time saved, users affected), not the story's length, a count of people, a setting of the
 * fix, a target or a supposition. Reads the quantity's words and neighbours, its kind and its
 * STAR-L part (taxonomy: "What counts as an impact quantity"). */
function isImpact(doc: Doc, q: QuantityHit, part: StarPart | undefined): Verdict {
  const { tokens } = doc;
  const { before, after } = around(tokens, q);
  // "a p95 of 11 seconds down from four minutes": the after-value of a change, not a target.
  const changedTo = /^(down|up)$/.test(after[0]?.norm ?? '') && after[1]?.norm === 'from';
  const baseline = isBaseline(tokens, q) || changedTo;
  if (targeted(tokens, q, after) && !baseline) return 'no';
  if (supposed(tokens, q, after)) return 'no';
  // "backoff up to 24 hours" is a bound of the mechanism; "the data was up to 24 hours old" in the
  // setup is the before of "from up to 24 hours old to under 45 seconds": a measure only when the
  // same one is an end of a change.
  // ("in two seconds instead of up to 24 hours" is the other end of a change.)
  const [lead, leadAt] = leadIn(tokens, q);
  const insteadOfUpTo = tokens[leadAt - 2]?.norm === 'of' && tokens[leadAt - 3]?.norm === 'instead';
  if (bounded(tokens, q) && !insteadOfUpTo) return 'soft';
  // "a third of what it was", "half of what we paid": a share of the state before.
  const change =
    inChange(tokens, q, before, after) ||
    (after[0]?.norm === 'of' &&
      after[1]?.norm === 'what' &&
      /^(it|we|they)$/.test(after[2]?.norm ?? ''));
  // "we retired twelve of the old worker hosts", "gave them back six pods": machines given back.
  if (retired(tokens, q, before)) return 'yes';
  if (setting(tokens, q, before, after)) return 'no';
  // "over the next two quarters", "moved the launch by a week", "orders under $200".
  if (
    periodOf(tokens, q) ||
    rescheduled(tokens, q) ||
    elapsedInto(tokens, q) ||
    (!change && qualifies(tokens, q))
  )
    return 'no';
  if (!change && describesNoun(tokens, q, after)) return 'no';
  if (estimateOf(tokens, q)) return 'no';
  // "the cost was running two code paths longer", "the cost was a few hundred failed writes that
  // merchants had to retry": the price of a choice counted in things, a plan's price (taxonomy);
  // a metric it cost ("the cost was an extra hop, which added 40 ms") is still measured.
  if ((q.kind === 'count' || q.kind === 'number') && !change && pricedChoice(tokens, q))
    return 'no';
  // "conversion falling off sharply past two seconds", "people abandoned the page past one
  // second": a threshold past which something happens; "lag climbed past 40 minutes" is a level
  // reached (a verb right before "past").
  const beforePast = tokens[leadAt - 1];
  if (
    lead === 'past' &&
    !change &&
    beforePast?.sent === tokens[q.first].sent &&
    !beforePast.tags.has('Verb') &&
    !CHANGE_WORDS.has(beforePast.norm)
  )
    return 'no';
  // The load a test was run at is traffic: a rate, a multiple or a share of it.
  const load = q.kind === 'rate' || q.kind === 'multiplier' || q.kind === 'percent';
  if (!change && load && testLoad(tokens, q)) return 'no';
  // "a storm script that opened and dropped five thousand sockets against staging", "a property
  // test comparing the rounding over ten thousand random invoices": what a test was fed.
  if (q.kind === 'count' && !change && testInput(tokens, q, after, part)) return 'no';
  if (changedSetting(tokens, q, after)) return 'no';
  // "My task was to take p95 under one second": in the task a bound is the target.
  const bound = tokens
    .slice(Math.max(0, leadAt), q.first)
    .some((t) => ['under', 'below', 'above', 'over'].includes(t.norm));
  if (part === 'task' && !baseline && bound) return 'no';
  if (intensifier(tokens, q)) return 'no';
  // "rolled it out to 5 percent of traffic", "a canary at 10%": how far the fix was let out.
  const near5 = before.slice(0, 5);
  const rollout =
    (lead === 'to' &&
      near5.some((t) => t.norm === 'out') &&
      near5.some((t) => /^(rolled|ramped|rolling|ramping|went)$/.test(t.norm))) ||
    has(before.slice(0, 4), ROLLOUT_WORDS) ||
    // "flipping a feature flag for the new engine to a hundred percent": the flag set to a share.
    rolledTo(before, lead === 'to' || lead === 'at');
  if (q.kind === 'percent' && rollout) return 'no';
  // "I sampled twenty percent", "we picked 10% of the accounts": a sample the speaker took.
  if (q.kind === 'percent' && !change && has(before.slice(0, 2), SAMPLE_WORDS)) return 'no';
  // "from one week to the next": an idiom of change over time, not a measure.
  if (after[0]?.norm === 'to' && after[1]?.norm === 'the' && after[2]?.norm === 'next') return 'no';
  // "70% sure", "90% done": certainty or progress of the work.
  if (q.kind === 'percent' && CERTAINTY_AFTER.has(after[0]?.norm ?? '')) return 'no';
  // "the job had hung at ninety-eight percent": how far a stopped job had got.
  if (q.kind === 'percent' && lead === 'at' && STALLED_WORDS.has(tokens[leadAt - 1]?.norm ?? ''))
    return 'no';
  // "we upgraded from Postgres 11 to 14": versions, not a measure.
  if (versionChange(tokens, q)) return 'no';
  // "went with one queue instead of two": a choice and its alternative, not a change measured.
  if (chosenOver(tokens, q, doc.quantities)) return 'no';
  // "moved the standup from nine thirty to ten": times on the clock, not a measure.
  const clock =
    q.kind === 'number' &&
    q.last - q.first === 2 &&
    NUMBER_WORDS.has(tokens[q.first].norm) &&
    CLOCK_MINUTES.has(tokens[q.first + 1].norm);
  if (clock && change) return 'no';
  // "100 requests a second per key": a quota set on each holder, unless it changed.
  const perHolder = after.findIndex((t) => t.norm === 'per');
  if (q.kind === 'rate' && !change && perHolder >= 0 && perHolder < 2) {
    if (QUOTA_HOLDERS.has(after[perHolder + 1]?.norm ?? '')) return 'no';
  }
  // "cut the scrubbing to a second phase": an ordinal, whatever change it sits in.
  if (ordinalSecond(tokens, q)) return 'no';
  // "built for about fifty sends a second": the load a design was sized for, a setting, unless the
  // same measure is an end of a change elsewhere ("from 500 a second to 9,000").
  if (!baseline && !change && designedFor(tokens, q)) return 'soft';
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
  // "zero crashes", "zero blocking findings": none of the things that go wrong.
  const zero =
    /^(zero|0)$/.test(tokens[q.first].norm) &&
    !baseline &&
    (q.kind === 'count'
      ? has(inside, AFFECTED_NOUNS) || has(inside, HARM_WORDS) || has(inside, INCIDENT_NOUNS)
      : lead === 'at' ||
        has(after.slice(0, 4), AFFECTED_NOUNS) ||
        has(after.slice(0, 3), INCIDENT_NOUNS));
  // "the service died at around 5,000 requests per second", "peaked at 212,000 players": a limit.
  // "topping out around 5,000 events a second", "maxed out at 40 connections".
  const out = lead === 'out' && has(before.slice(1, 3), LIMIT_WORDS);
  const limit = (lead === 'at' && has(before.slice(0, 4), LIMIT_WORDS)) || out;
  if (limit && q.kind !== 'duration') return 'yes';
  const diagnosing = part === 'situation' || part === 'task' || part === 'action';
  // "I pulled the chrony logs and saw the clock stepping back by 300 milliseconds", "watched the
  // count creep from two thousand to ninety thousand": among the steps, a reading the speaker saw
  // or found is a finding of the work (taxonomy), whatever it changed by; not things hit or a
  // failure said of them ("found 212 patients who had not received a reminder").
  if (part === 'action' && !r.harm && q.kind !== 'money' && foundOnTheWay(tokens, q, inside, after))
    return 'no';

  if (diagnosing && !change && !r.harm && culprit(tokens, q, doc.quantities)) return 'no';
  const judged = ((): boolean => {
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
        // "roughly $11k a month": a recurring cost or saving.
        const recurring =
          q.kind === 'money' &&
          /^(a|per|every|each)$/.test(after[0]?.norm ?? '') &&
          /^(day|week|month|quarter|year)$/.test(after[1]?.norm ?? '');
        const cue =
          change ||
          // "the error rate on the auth endpoint was around 60%": a metric read by a copula.
          ((q.kind === 'latency' || q.kind === 'percent') && metricReading(r)) ||
          recurring ||
          r.metric ||
          r.harm ||
          r.moved ||
          r.total ||
          incidents ||
          // "now we deploy twice a day": the state after.
          before.slice(0, 5).some((t) => t.norm === 'now') ||
          // "30% faster", "$2,000 a month cheaper".
          COMPARED.has(after[0]?.norm ?? '') ||
          (/^(a|per)$/.test(after[0]?.norm ?? '') && COMPARED.has(after[2]?.norm ?? ''));
        // "80% of the noise", "70 percent of the time was in rendering": a share found while
        // diagnosing; "4% of requests", "a third of users" measure what was hit.
        // "about 80% of our traffic is mobile": the setup's make-up, unless what the share is
        // said to be is a failure ("were coming back as 502s", "never arrived").
        // "about a fifth of the drivers had phones that ...", "70% came from eleven tests": the
        // make-up of what was found, read by a copula, "had" or "came from".
        const copula = after
          .slice(1, 5)
          .findIndex((t) => /^(is|are|was|were|had|has|have|came)$/.test(t.norm));
        const failing = tokens
          .slice(q.last, q.last + 9)
          .some(
            (t) =>
              t.sent === tokens[q.first].sent &&
              (/^(not|never)$/.test(t.norm) ||
                HARM_WORDS.has(t.norm) ||
                DEVIANT_WORDS.has(t.norm) ||
                /^5\d\ds?$/.test(t.norm)),
          );
        // In the setup or the steps (a share found while diagnosing), not in the result.
        const setup = part === 'situation' || part === 'task' || part === 'action';
        if (after[0]?.norm === 'of' && setup && copula >= 0 && !change && !r.harm && !failing)
          return false;
        // "Two-thirds were timeouts", "About 70% came from eleven tests": a share opening its
        // clause, read straight into what the things were or came from, is the make-up of what
        // was found, wherever it is told; not when the predicate is a harm or a result ("half
        // were lost", "99% were delivered on time").
        const opens =
          q.kind === 'percent' &&
          (!before[0] ||
            /[,;:]/.test(before[0].post) ||
            /^(and|but|so)$/.test(before[0].norm) ||
            (APPROXIMATORS.has(before[0].norm) &&
              (!before[1] ||
                /[,;:]/.test(before[1].post) ||
                /^(and|but|so)$/.test(before[1].norm))));
        const makeUp =
          opens &&
          ((/^(were|was|are|is)$/.test(after[0]?.norm ?? '') &&
            !!after[1] &&
            (after[1].tags.has('Noun') || after[1].tags.has('Plural')) &&
            !after[1].tags.has('Pronoun')) ||
            (after[0]?.norm === 'came' && after[1]?.norm === 'from'));
        const outcome = tokens
          .slice(q.last, q.last + 6)
          .some(
            (t) =>
              t.sent === tokens[q.first].sent &&
              (HARM_WORDS.has(t.norm) ||
                DEVIANT_WORDS.has(t.norm) ||
                PRODUCED_WORDS.has(t.norm) ||
                REPAIRED_WORDS.has(t.norm)),
          );
        if (makeUp && !change && !outcome) return false;
        // "0.8% of fares were different from the old calculation": a share that went wrong.
        const wrong = tokens
          .slice(q.last, q.last + 9)
          .some((t) => t.sent === tokens[q.first].sent && DEVIANT_WORDS.has(t.norm));
        // "2.8 percent of them just never arrived": a share that failed.
        const lost = tokens
          .slice(q.last, q.last + 9)
          .some(
            (t) =>
              t.sent === tokens[q.first].sent && (t.norm === 'never' || HARM_WORDS.has(t.norm)),
          );
        // "showed that around 60% of the traffic at the peak was retries", "found that 94% of
        // searches hit the last seven days", "including four that made up a third of claim
        // volume", "because the two customers paid about a third of our revenue": a share shown,
        // found or given as a reason while deciding is the make-up of what was looked at, unless
        // what it says of them is a failure ("showed that 4% of payments failed").
        const shown = clauseBack(tokens, q).some(
          (t) => FINDING_WORDS.has(t.norm) || SHOWING_WORDS.has(t.norm),
        );
        const failed = tokens
          .slice(q.last, q.last + 9)
          .some(
            (t) =>
              t.sent === tokens[q.first].sent &&
              (/^(not|never)$/.test(t.norm) ||
                (HARM_WORDS.has(t.norm) &&
                  !WEAK_HARM.has(t.norm) &&
                  !/^(the|of|a|an)$/.test(tokens[t.i - 1]?.norm ?? '')) ||
                DEVIANT_WORDS.has(t.norm) ||
                /^5\d\ds?$/.test(t.norm)),
          );
        if (after[0]?.norm === 'of' && setup && shown && !change && !failed) return false;
        if (after[0]?.norm === 'of' && q.kind === 'percent' && (wrong || (lost && !change)))
          return true;
        // "we found that two formats covered about ninety percent of the customers": the make-up
        // of what was found while deciding.
        const found = clauseBack(tokens, q).some((t) => FINDING_WORDS.has(t.norm));
        if (after[0]?.norm === 'of' && setup && found && !change && !r.harm) return false;
        // "because we were doing around twelve hundred messages a minute", "because they run
        // about twice a year": a rate given as a reason describes the system.
        const reason = clauseBack(tokens, q).some((t) => /^(because|since)$/.test(t.norm));
        if (q.kind === 'rate' && reason && !change && !r.harm && !incidents && !r.moved)
          return false;
        // "replaced about 40 hours a month of manual pulls": time a change saved.
        const saved = q.kind === 'rate' && r.moved;
        // "in the end it matched 98.6% of the historical overrides": in the result, a share of
        // what the thing the speaker built did.
        // ("the nightly reconciliation now corrects fewer than 0.01% of rows": the state after.)
        const now = before.some((t) => t.norm === 'now');
        const did =
          part === 'result' &&
          q.kind === 'percent' &&
          (!!tokens[leadAt]?.tags.has('PastTense') ||
            (now && !!tokens[leadAt]?.tags.has('PresentTense'))) &&
          !tokens[leadAt].tags.has('Copula') &&
          !/^(i|we)$/.test(tokens[leadAt - 1]?.norm ?? '') &&
          // ("because the feed only covered 60 percent of carriers" is a reason.)
          !before.some((t) => /^(because|since|as)$/.test(t.norm));
        if (after[0]?.norm === 'of' && !change && !r.harm && !saved && !did)
          return after
            .slice(1, 4)
            .some(
              (t) => AFFECTED_NOUNS.has(t.norm) || (METRIC_WORDS.has(t.norm) && t.norm !== 'time'),
            );
        // "times out after 30 seconds": a setting of the mechanism unless something changed.
        if (q.kind === 'latency' && lead === 'after') return change;
        // "held connections idle for five seconds": a length of time the steps used.
        if (q.kind === 'latency' && lead === 'for') return cue;
        // A rate or a size in the setup describes the system ("300,000 reminders a day", "forty
        // terabytes of documents") unless it is traffic, a harm or a change; in the middle of the
        // steps a bare "150 ms" or "10 percent" is often a setting or a threshold.
        const bare =
          part === 'action' || ((q.kind === 'rate' || q.kind === 'size') && part !== 'result');
        // "the primary sat at 35% CPU", "it was sitting around 40% CPU": headroom read while
        // deciding, before anything changed; the same reading in the result is the state after.
        const headroom =
          q.kind === 'percent' &&
          part !== 'result' &&
          part !== 'learning' &&
          [...before.slice(0, 3), ...inside, ...after.slice(0, 2)].some((t) =>
            RESOURCE_WORDS.has(t.norm),
          );
        // ("CPU at 100 percent" in the load test is the before of "database CPU was around 35
        // percent" in the result: the same resource read again later.)
        const readAgain = doc.quantities.some(
          (o) =>
            o.first > q.last &&
            tokens[o.first].sent !== tokens[q.first].sent &&
            o.kind === 'percent' &&
            around(tokens, o)
              .before.slice(0, 3)
              .some((t) => RESOURCE_WORDS.has(t.norm)),
        );
        if (headroom && !change && !r.harm && !r.moved && !readAgain) return false;
        // "The queue ran about two hundred jobs a second", "we had forty terabytes of documents":
        // in the setup, a rate or a size with no harm and no change describes the system; it is a
        // baseline only when the same measure is an end of a change later ('soft').
        // ("now it is one every three weeks" is the state after; in a one- or two-clause answer
        // there is no scene to set.)
        const system =
          part === 'situation' &&
          doc.units.length >= 3 &&
          (q.kind === 'rate' || q.kind === 'size') &&
          !r.moved &&
          !before.some((t) => t.norm === 'now');
        if (system && !change && !r.harm && !incidents) return false;
        return !bare || cue || has(before, PRODUCED_WORDS);
      }
      case 'multiplier':
        return multiplierIsImpact(r);
      case 'duration':
        return durationIsImpact(r);
      case 'count':
        return countIsImpact(r, zero);
      case 'number': {
        // "By around nine the error rate was down": a spelled-out hour, not a measure.
        // "down to zero by eight thirty": an hour and its minutes.
        const minutes = q.last - q.first === 2 && CLOCK_MINUTES.has(tokens[q.first + 1].norm);
        if (
          !zero &&
          ['by', 'at', 'until'].includes(lead) &&
          NUMBER_WORDS.has(tokens[q.first].norm) &&
          (q.last - q.first === 1 || minutes)
        )
          return false;
        return change || zero || (part === 'result' && (r.harm || r.metric || r.total));
      }
    }
  })();
  return judged ? (change || baseline ? 'change' : 'yes') : 'soft';
}

/** A reading the speaker saw, watched, noticed or found earlier in the sentence ("I ... and saw
 * the clock stepping back by 300 ms"): not things counted that were hit, nor a failure said of it. */
function foundOnTheWay(
  tokens: readonly Token[],
  q: QuantityHit,
  inside: readonly Token[],
  after: readonly Token[],
): boolean {
  if (q.kind === 'count' && has(inside, AFFECTED_NOUNS)) return false;
  if (after.slice(0, 6).some((t) => /^(not|never)$/.test(t.norm))) return false;
  const sent = tokens[q.first].sent;
  for (let k = q.first - 1; k >= Math.max(0, q.first - 25) && tokens[k].sent === sent; k--)
    if (SEEN_WORDS.has(tokens[k].norm) && /^(i|and)$/.test(tokens[k - 1]?.norm ?? '')) return true;
  return false;
}

/** Whether the quantity sits in a clause that names the price of a choice: "the cost was ...",
 * "the downside was ...", "the tradeoff is ...". */
function pricedChoice(tokens: readonly Token[], q: QuantityHit): boolean {
  const back = clauseBack(tokens, q);
  return back.some(
    (t, i) =>
      PRICE_NOUNS.has(t.norm) &&
      i > 0 &&
      /^(was|is|were)$/.test(back[i - 1].norm) &&
      back.slice(0, i - 1).every((b) => !b.tags.has('Verb') || /^(running|having)$/.test(b.norm)),
  );
}

/** Whether a count is what a test, a script or a staging run was fed: a test word in its clause
 * (before it, or "against staging" right after), and nothing said to have gone wrong after it. */
function testInput(
  tokens: readonly Token[],
  q: QuantityHit,
  after: readonly Token[],
  part: StarPart | undefined,
): boolean {
  // (In the result, "the final load test held 600,000 connections" is what the test gave back and
  // "the script removed 400 flags" what the work did.)
  if (part === 'result' || part === 'learning') return false;
  const back = clauseBack(tokens, q);
  const near = [...back, ...after.slice(0, 3)];
  if (!near.some((t) => TEST_WORDS.has(t.norm) || TEST_RIGS.has(t.norm))) return false;
  if (back.some((t) => OUTCOME_OF_TEST.has(t.norm))) return false;
  return !after.some((t) => HARM_WORDS.has(t.norm) || DEVIANT_WORDS.has(t.norm));
}

/** "went with one queue instead of two", "chose a single region rather than three": the number
 * is the alternative to a choice, with no other quantity in its clause. */
function chosenOver(
  tokens: readonly Token[],
  q: QuantityHit,
  quantities: readonly QuantityHit[],
): boolean {
  const [lead, at0] = leadIn(tokens, q);
  let at = at0;
  let instead = lead === 'of' && tokens[at - 1]?.norm === 'instead';
  const rather = lead === 'than' && tokens[at - 1]?.norm === 'rather';
  // "I proposed two pieces instead of one live map": the choice itself, before its alternative.
  const alt = tokens.slice(q.last, q.last + 4).findIndex((t) => t.norm === 'instead');
  const choiceFirst =
    !instead &&
    !rather &&
    alt >= 0 &&
    tokens[q.last + alt + 1]?.norm === 'of' &&
    tokens.slice(q.last, q.last + alt).every((t) => !t.tags.has('Value') && !/[,;:]/.test(t.post));
  if (choiceFirst) {
    instead = true;
    at = q.first + 1;
  }
  if (!instead && !rather) return false;
  const sent = tokens[q.first].sent;
  for (let k = at - 2; k >= Math.max(0, at - 9) && tokens[k].sent === sent; k--) {
    const t = tokens[k];
    // ("cut p99 to 40 ms instead of 200" names the measure by another quantity.)
    if (quantities.some((o) => o.first <= k && k < o.last)) return false;
    if (/[,;:]/.test(t.post)) return false;
    // ("changes that used to need a release now take two minutes instead of a day": a habit.)
    if (t.norm === 'now' || (t.norm === 'used' && tokens[k + 1]?.norm === 'to')) return false;
    if (CHOOSE_WORDS.has(t.norm)) return !(t.norm === 'went' && tokens[k + 1]?.norm !== 'with');
  }
  return false;
}

/** "A to B", "A instead of B", "A rather than B": two quantities said as the ends of one change, in
 * one sentence with only a linking word (and approximators) between them. */
function bothEnds(tokens: readonly Token[], a: QuantityHit, b: QuantityHit): boolean {
  if (tokens[a.first].sent !== tokens[b.first].sent || b.first - a.last > 4) return false;
  const between = tokens
    .slice(a.last, b.first)
    .map((t) => t.norm)
    .filter((w) => !/^(about|around|roughly|just|only|a|an|the)$/.test(w))
    .join(' ');
  return /^(to|instead of|rather than|down to|up to)$/.test(between);
}

/** The parts as the impact reading takes them: a stretch read as the result that the speaker's
 * steps resume after, before the result proper, is still the middle of the work ("the vendor's
 * support took forty minutes to reply", "one in twelve transactions came through with a bad
 * code, so I wrote a mapping table"): what was found, waited for or set on the way, not what the
 * work achieved. Only result units after the last steps, or before the first (a headline), stay.
 * Labelled answers almost never go back from the result to the steps (18 of 1,239). */
export function impactParts(parts: readonly StarPart[]): readonly StarPart[] {
  let lastResult = parts.length - 1;
  while (lastResult >= 0 && parts[lastResult] !== 'result') lastResult--;
  let k = lastResult;
  while (k >= 0 && parts[k] === 'result') k--;
  let lastAction = k;
  while (lastAction >= 0 && parts[lastAction] !== 'action') lastAction--;
  const firstAction = parts.indexOf('action');
  // Steps read after the last result, before the lesson ("We launched on the date, the retailer
  // onboarded 3,400 sellers ..."), are how the story ended: the result goes on.
  const tail = (u: number) => lastResult > firstAction && u > lastResult && parts[u] === 'action';
  if (lastAction < 0) return parts.map((p, u) => (tail(u) ? 'result' : p));
  // (A result told first, before the scene, is the answer's headline: "RSTAR" answers.)
  return parts.map((p, u) =>
    tail(u) ? 'result' : u > firstAction && u < lastAction && p === 'result' ? 'action' : p,
  );
}

/** Each stated quantity's verdict by its own words. */
function quantityVerdicts(doc: Doc, unitParts: readonly StarPart[]): Verdict[] {
  const parts = impactParts(unitParts);
  return doc.quantities.map((q) => isImpact(doc, q, parts[doc.unitOf[q.first]]));
}

/** Impact quantities already read, per parsed answer and part split: the rules (vague-measure.ts)
 * and the impact signal read the same ones. */
const impactCache = new WeakMap<
  Doc,
  { parts: readonly StarPart[]; hits: readonly QuantityHit[] }
>();

/** The impact quantities of the answer, in order; the same words are never counted twice: the
 * rules' reading (rulesCountImpact) with the impact model's second opinion (impact-model/refine.ts).
 * Read once per parsed answer and part split. */
export function impactQuantities(doc: Doc, unitParts: readonly StarPart[]): readonly QuantityHit[] {
  const cached = impactCache.get(doc);
  if (cached && cached.parts === unitParts) return cached.hits;
  const hits = readImpactQuantities(doc, unitParts);
  impactCache.set(doc, { parts: unitParts, hits });
  return hits;
}

function readImpactQuantities(doc: Doc, unitParts: readonly StarPart[]): QuantityHit[] {
  const impact = refineImpact(doc, impactParts(unitParts), rulesCountImpact(doc, unitParts));
  return doc.quantities.filter((_, i) => impact[i]);
}

/** Per each of `doc.quantities`, whether the rules alone count it as impact: its verdict by its
 * own words, then read again with the whole answer (both ends of a change, a setting named again, a
 * second amount joined by "and"). */
export function rulesCountImpact(doc: Doc, unitParts: readonly StarPart[]): boolean[] {
  const verdicts = quantityVerdicts(doc, unitParts);
  // The two ends of one change play one role: "set the flag to a hundred percent instead of ten",
  // "the pool from 20 to 50": when one end is a setting or a target, so is the other.
  for (let i = 1; i < doc.quantities.length; i++) {
    const [a, b] = [doc.quantities[i - 1], doc.quantities[i]];
    if ((verdicts[i - 1] === 'no') === (verdicts[i] === 'no')) continue;
    // "the goal was to go from around 20,000 events a second to 200,000": a goal's from-end is
    // still the baseline.
    const { after } = around(doc.tokens, b);
    if (isBaseline(doc.tokens, a) && targeted(doc.tokens, b, after)) continue;
    if (bothEnds(doc.tokens, a, b)) {
      verdicts[i - 1] = 'no';
      verdicts[i] = 'no';
    }
  }
  // A measure said twice is one measure (taxonomy): "deploys took forty minutes" in the setup is the
  // before of "from 40 minutes to six" in the result, though the setup's words alone do not say so.
  // The other mention must be an end of a change: a story's "two weeks" said twice is no measure.
  // Only a quantity whose kind alone fell short is read again, never a target, setting or
  // supposition; a bare number or a multiplier has no unit to be the same measure by.
  // "releasing to five percent of traffic ... over the weekend the five percent showed a bug": the
  // same setting named again.
  const settings = new Set(
    doc.quantities.filter((_, i) => verdicts[i] === 'no').map((q) => measureKey(doc.tokens, q)),
  );
  doc.quantities.forEach((q, i) => {
    if (doc.tokens[q.first - 1]?.norm === 'the' && settings.has(measureKey(doc.tokens, q)))
      verdicts[i] = 'no';
  });
  // "finishes in 38 minutes on a normal night and about 55 minutes at month end": a second amount
  // of the same kind joined by "and" with no verb between shares the first one's role.
  for (let i = 1; i < doc.quantities.length; i++) {
    const [a, b] = [doc.quantities[i - 1], doc.quantities[i]];
    if (verdicts[i] !== 'soft' || (verdicts[i - 1] !== 'yes' && verdicts[i - 1] !== 'change'))
      continue;
    // (A bare number or count has no unit to be the same kind of measure by: "went from 61 to 2,
    // and those two were ...".)
    if (a.kind !== b.kind || a.kind === 'number' || a.kind === 'count') continue;
    if (doc.tokens[a.first].sent !== doc.tokens[b.first].sent) continue;
    const between = doc.tokens.slice(a.last, b.first);
    if (between.length > 7 || !between.some((t) => t.norm === 'and')) continue;
    if (between.some((t) => t.tags.has('Verb') || /[;:]/.test(t.post))) continue;
    verdicts[i] = verdicts[i - 1];
  }
  const measured = new Set(
    doc.quantities.filter((_, i) => verdicts[i] === 'change').map((q) => measureKey(doc.tokens, q)),
  );
  return doc.quantities.map(
    (q, i) =>
      verdicts[i] === 'yes' ||
      verdicts[i] === 'change' ||
      (verdicts[i] === 'soft' &&
        q.kind !== 'number' &&
        q.kind !== 'multiplier' &&
        measured.has(measureKey(doc.tokens, q))),
  );
}

/** The number of distinct impact quantities: "800 ms" said in the setup and again in the result
 * ("eight hundred milliseconds") is one measure, counted once. */
export function distinctImpact(doc: Doc, hits: readonly QuantityHit[]): number {
  return new Set(hits.map((q) => measureKey(doc.tokens, q))).size;
}

/** "we retired twelve of the old worker hosts", "which gave them back six pods", "decommissioned 40
 * servers": machines given back, a saving. */
function retired(tokens: readonly Token[], q: QuantityHit, before: readonly Token[]): boolean {
  if (q.kind !== 'count' && q.kind !== 'number') return false;
  if (!before.slice(0, 3).some((t) => RETIRE_WORDS.has(t.norm))) return false;
  // What the number counts: inside it ("six pods") or after "of the" ("twelve of the old hosts").
  const counted = tokens.slice(q.first, q.last + 5).filter((t) => t.sent === tokens[q.first].sent);
  const stop = counted.findIndex((t, i) => i >= q.last - q.first && /[,;:.]/.test(t.post));
  return counted
    .slice(0, stop < 0 ? counted.length : stop + 1)
    .some((t) => MACHINE_WORDS.has(t.norm));
}
