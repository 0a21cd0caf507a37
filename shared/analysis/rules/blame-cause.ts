import { DILIGENCE_VERBS, JUDGEMENT_WORDS } from '../lists/blame';
import { COPULAS } from '../lists/grammar';
import {
  ASKING,
  CARE_NOUNS,
  DECIDED,
  INFORMED,
  NONE,
  PASSIVE_HARMS,
  SPEAKER_OBJECTS,
  UNIVERSALS,
} from '../lists/blame-context';
import {
  DECIDED_PARTICLES,
  GAINS,
  HELP_NOUNS,
  LATE_BY,
  SIDES,
  USERS,
  WAITED,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import { isParty, type Subject } from './blame-clause';
import { LOSSES } from '../lists/blame-predicate';
import { careless } from './blame-omission';

// Cause: a failure put on a party from any subject, the party named after the verb: "we got burned
// by the vendor", "delayed because of legal", "zero support from the vendor", "sat in their queue";
// and decisions passed over the people they bound ("was decided without asking us"). Load from
// customers is not their fault, and "thanks to" opening a clause gives credit.

/** "Thanks to the SRE team, we ...": a clause that opens with "thanks to" gives credit. */
const opening = (tokens: readonly Token[], k: number) =>
  k === 0 || tokens[k - 1].sent !== tokens[k].sent || /[,;:]/.test(tokens[k - 1].post);

/** Words after which a cause, a giver or a place of waiting is named: "by", "because of", "thanks
 * to", "from". */
const CAUSE_WORDS: ReadonlySet<string> = new Set('by of to from'.split(' '));

/** "their end", "their side": a party named by where it sits. */
const theirSide = (t: Token, j: number, ts: readonly Token[]) =>
  t.norm === 'their' && SIDES.has(ts[j + 1]?.norm ?? '');

/** "compliance deadline", "security review": a party's name modifying the noun after it. */
const modifies = (t: Token, next: Token | undefined) =>
  !!next &&
  !/['’]s$/.test(t.norm) &&
  next.tags.has('Noun') &&
  !next.tags.has('Pronoun') &&
  !isParty(next) &&
  next.sent === t.sent &&
  !/[,;:.]/.test(t.post);

/** A failure put on a party from any subject: "we got burned by the vendor", "the launch was
 * delayed because of legal", "it broke thanks to the platform team's change". */
export function causedBy(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, last);
  for (let k = 0; k < pred.length; k++) {
    const w = pred[k].norm;
    // Only these words can put a failure on a party; the rest need no reading (and the clause's
    // rest is read once per such word, not once per word).
    if (!CAUSE_WORDS.has(w) && !WAITED.has(w)) continue;
    const cause =
      // "rushed through by the other team": a particle may sit before "by".
      (w === 'by' &&
        k > 0 &&
        (PASSIVE_HARMS.has(pred[k - 1].norm) ||
          // "deprioritized again by the platform team": an adverb may sit there too.
          (PASSIVE_HARMS.has(pred[k - 2]?.norm ?? '') &&
            (!!pred[k - 1].tags.has('Preposition') || !!pred[k - 1].tags.has('Adverb'))) ||
          // "vetoed yet again by the council".
          (PASSIVE_HARMS.has(pred[k - 3]?.norm ?? '') &&
            pred.slice(k - 2, k).every((t) => t.tags.has('Adverb') || t.norm === 'yet')))) ||
      (w === 'of' && pred[k - 1]?.norm === 'because') ||
      (w === 'to' &&
        (pred[k - 1]?.norm === 'thanks' || pred[k - 1]?.norm === 'due') &&
        !opening(tokens, s.last + k - 1) &&
        // "got a lot better thanks to Dmitri": a gain credited, not a failure pinned.
        !pred.slice(0, k).some((t) => GAINS.has(t.norm)));
    // "incidents caused by one customer's burst": load from customers is not their fault.
    const by = pred.slice(k + 1, k + 5);
    // "because of an RBI compliance deadline": a party's name before a thing's noun names the thing.
    const named = (t: Token, j: number) => isParty(t) && !modifies(t, by[j + 1]);
    if (cause && by.some(named) && !by.some((t) => USERS.has(t.norm.replace(/['’]s$/, ''))))
      return true;
    // "because of a change on their end": a party named by its side.
    if (cause && pred.slice(k + 1, k + 7).some(theirSide)) return true;
    // "we got zero support from the vendor", "no answer from their side": help that never came.
    const none = pred.slice(Math.max(0, k - 3), k);
    const withheld =
      w === 'from' &&
      none.some((t) => NONE.has(t.norm)) &&
      none.some((t) => HELP_NOUNS.has(t.norm)) &&
      pred.slice(k + 1, k + 5).some((t) => isParty(t) || t.norm === 'their');
    if (withheld) return true;
    // "the ticket sat in their queue for a month": work left waiting with a party.
    const waited =
      WAITED.has(w) &&
      ['in', 'on'].includes(pred[k + 1]?.norm ?? '') &&
      // "sat in on their handoffs": attending, not work left waiting.
      !(pred[k + 1].norm === 'in' && pred[k + 2]?.norm === 'on') &&
      pred
        .slice(k + 2, k + 5)
        .some((t) => t.norm === 'their' || (/['’]s$/.test(t.norm) && isParty(t)));
    if (waited) return true;
    // "the root cause was sloppy work by the integrations team".
    // "the mocks were delivered two weeks late by the design agency".
    const judgedBy =
      w === 'by' &&
      pred
        .slice(Math.max(0, k - 3), k)
        .some((t) => JUDGEMENT_WORDS.has(t.norm) || LATE_BY.has(t.norm));
    if (judgedBy && pred.slice(k + 1, k + 5).some(isParty)) return true;
    // "the config was changed by the platform team without any notice".
    const byParty = w === 'by' && pred.slice(k + 1, k + 5).some(isParty);
    const hasty = pred.slice(k + 1).some((t, j, rest) => t.norm === 'without' && careless(rest, j));
    if (byParty && hasty) return true;
  }
  return false;
}

/** "every request to them took a week", "each ticket to infra takes a month": what was asked of a
 * party, told by how long the party took over it. */
export function waitedOn(tokens: readonly Token[], s: Subject, last: number): boolean {
  if (!ASKS.has(tokens[s.last - 1]?.norm ?? '')) return false;
  const pred = tokens.slice(s.last, last);
  if (!['to', 'for'].includes(pred[0]?.norm ?? '')) return false;
  const who = pred.slice(1, 4).findIndex((t) => isParty(t) || t.norm === 'them');
  if (who < 0) return false;
  const took = pred.findIndex((t, k) => k > who && TOOK.has(t.norm));
  // Each time, not once: "every request", or "takes" in the present ("the request to the vendor
  // took a day" tells one wait).
  const each = tokens.slice(s.first, s.last).some((t) => EACH.has(t.norm));
  const habit = each || pred[took]?.norm !== 'took';
  return took > 0 && habit && pred.slice(took + 1, took + 4).some((t) => WAITS.has(t.norm));
}

/** What is asked of a party: "every request to them". */
const ASKS: ReadonlySet<string> = new Set(
  'request requests ticket tickets question questions change changes email emails ask asks'.split(
    ' ',
  ),
);
/** Words that make it every time: "every request", "any ticket". */
const EACH: ReadonlySet<string> = new Set('every each any all'.split(' '));
/** Verbs of a wait: "took a week". */
const TOOK: ReadonlySet<string> = new Set('took takes take'.split(' '));
/** Waits long enough to complain of. */
const WAITS: ReadonlySet<string> = new Set(
  'day days week weeks month months forever ages sprint sprints quarter quarters'.split(' '),
);

/** A decision passed over the people it bound, the agent left out: "the decision was made without
 * even asking us", "got pushed through without any real review", "was decided without asking the
 * people who run it". */
export function passedOver(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, last);
  for (let k = 0; k < pred.length; k++) {
    if (pred[k].norm !== 'without') continue;
    // "it got merged without anyone on the dba side even looking at it": passed with none of the
    // care.
    if (passive(pred, k) && strongly(pred, k)) return true;
    // "had been sitting in a queue for a month without anyone triaging it": work left waiting.
    // Someone was owed the work: "without anyone", "without even"; not "without any comments".
    const owedBy = UNIVERSALS.has(pred[k + 1]?.norm ?? '') || pred[k + 1]?.norm === 'even';
    if (owedBy && pred.slice(0, k).some((t) => WAITED.has(t.norm)) && strongly(pred, k))
      return true;
    // "got locked in without ...": a particle may close the decision verb.
    const dv = DECIDED_PARTICLES.has(pred[k - 1]?.norm ?? '') ? k - 2 : k - 1;
    const passed = dv > 0 && COPULAS.has(pred[dv - 1]?.norm ?? '') && DECIDED.has(pred[dv].norm);
    if (!passed) continue;
    // "was decided without asking the people who run it", "got chosen without consulting
    // engineering": the asking comes first, whoever was left out.
    if (ASKING.has(pred[k + 1]?.norm ?? '') && pred[k + 2]?.norm !== 'for') return true;
    const unasked = pred
      .slice(k + 1, k + 4)
      .some((t) => INFORMED.has(t.norm) || ASKING.has(t.norm));
    const who = pred
      .slice(k + 1, k + 5)
      .some((t) => SPEAKER_OBJECTS.has(t.norm) || UNIVERSALS.has(t.norm));
    if (unasked && who) return true;
  }
  return false;
}

/** A passive right before token k: "got merged", "was pushed through". */
function passive(pred: readonly Token[], k: number): boolean {
  const p = pred[k - 1]?.tags.has('Particle') || pred[k - 1]?.norm === 'through' ? k - 2 : k - 1;
  return p >= 1 && !!pred[p]?.tags.has('PastTense') && COPULAS.has(pred[p - 1]?.norm ?? '');
}

/** "without any real review", "without anyone even looking", "without even asking": care denied
 * outright, not "without a review" said in passing. */
function strongly(pred: readonly Token[], k: number): boolean {
  const next = pred[k + 1]?.norm ?? '';
  if (next === 'even') return true;
  const rest = pred.slice(k + 2, k + 8);
  if (UNIVERSALS.has(next))
    return rest.some(
      (t) => t.norm === 'even' || DILIGENCE_VERBS.has(t.norm) || /ing$/.test(t.norm),
    );
  return next === 'any' && pred.slice(k + 2, k + 4).some((t) => CARE_NOUNS.has(t.norm));
}

/** "Thanks to the vendor, we lost a whole weekend", "because of the QA team the release slipped": a
 * cause fronted before the clause it put a loss on. The span is the cause and its party. */
export function frontedCause(tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const lead = tokens[i].norm;
    const two = tokens[i + 1].norm;
    const fronted =
      (lead === 'thanks' && two === 'to') ||
      (lead === 'because' && two === 'of') ||
      (lead === 'due' && two === 'to');
    // At a sentence's or clause's start only: after the verb, causedBy reads it.
    const prev = tokens[i - 1];
    if (!fronted || (prev && prev.sent === tokens[i].sent && !/[,;:]/.test(prev.post))) continue;
    const sent = tokens[i].sent;
    let end = i + 2;
    while (end < i + 7 && tokens[end]?.sent === sent && !/[,;:]/.test(tokens[end - 1].post)) end++;
    const party = tokens.slice(i + 2, end).findIndex(isParty);
    if (party < 0) continue;
    const rest = tokens.slice(end, end + 12).filter((t) => t.sent === sent);
    if (rest.some((t) => LOSSES.has(t.norm))) out.push({ first: i, last: end });
  }
  return out;
}
