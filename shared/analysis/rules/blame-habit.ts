import { HABIT_WORDS } from '../lists/blame';
import { COPULAS, MODALS } from '../lists/grammar';
import {
  NEGATIONS_ALL as NEGATIONS,
  CARE_NOUNS,
  CHURN,
  FAILED_VERBS,
  FREQUENCY,
  MOTIVES,
  NEUTRAL_HABITS,
  KIND_ACTS,
  SERVED,
  SPEAKER_OBJECTS,
  SPEAKER_SUBJECTS,
  SWEEPING,
  WANTS,
} from '../lists/blame-context';
import {
  ALWAYS,
  AVAILABLE,
  CHURNING,
  CONTRARY,
  DEGREE,
  IRONIC_LEADS,
  OPTIONAL,
  OUT_FOR,
  PROCESS,
  PESTER_UNITS,
  SAYS,
  TOOK_AS,
  UNAVAILABLE,
  USERS,
  AWAY,
  WARNINGS,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import type { Subject } from './blame-clause';
import { conductBlames } from './blame-conduct';
import { judged } from './blame-judgement';
import { acts } from './blame-omission';
import { hasPhrase, mainVerb, negated, stepAfter, type Pred } from './blame-verb';

// Habit: a party's conduct over time, or told as typical of it: "kept changing", "as usual",
// "every meeting they wanted something different", "they treat everything as urgent", going on
// after being warned. A habit is blame when it costs the work; "kept asking" alone is not.

/** The three words before the subject, where "as usual" or "predictably" announce a jab. */
const leadOf = ({ tokens, s }: Pred) =>
  tokens.slice(Math.max(0, s.first - 3), s.first).map((t) => t.norm);

/** "predictably", "naturally", "of course", "as expected", "as usual" before the subject: the
 * speaker saying the party's failure was to be expected of it. */
const jabbing = (lead: readonly string[]) =>
  lead.some((w) => IRONIC_LEADS.has(w)) ||
  (lead.includes('of') && lead.includes('course')) ||
  (lead.includes('as') && (lead.includes('expected') || lead.includes('usual')));

/** A jab at what a party made: "as expected, the vendor's fix didn't work", "their build, as
 * usual, ...". */
export function usualJab(p: Pred): boolean {
  const usual = hasPhrase(p.pred, 'as usual') || hasPhrase(p.pred, 'as always');
  return usual || (jabbing(leadOf(p)) && negated(p.pred.slice(0, 4)));
}

/** "as per usual the data team was late": a habit named before the party. */
export function usualLead(p: Pred): boolean {
  const { pred } = p;
  return (
    leadOf(p).includes('usual') &&
    (judged(pred, pred.slice(0, 5)) ||
      negated(pred.slice(0, 3)) ||
      pred.slice(0, 4).some((t) => t.norm === 'late'))
  );
}

/** Conduct told as a party's way, of any party or "nobody": conduct idioms, contradicting itself,
 * persisting after a warning, sitting on work, sweeping present habits, selfish motives, churn. */
export function habitual(p: Pred): boolean {
  const { tokens, s, pred, v, verb } = p;
  const because = tokens[s.first - 1]?.norm === 'because';
  // "the customer never upgraded their SDK, so I added a shim": what the people served skip, met
  // by the speaker's own step, is their choice, not conduct owed to the speaker.
  const head = tokens[s.last - 1]?.norm ?? '';
  const served = USERS.has(head) || SERVED.has(head);
  const answered = () => stepAfter(tokens, s.last);
  if (!(served && answered()) && conductBlames(pred, because, answered)) return true;
  if (contradicts(tokens, s.last)) return true;
  // "i told them three times and they still shipped it": persisting after being warned.
  // "... and they went ahead anyway".
  const still =
    pred.slice(0, 2).some((t) => t.norm === 'still') || pred.some((t) => t.norm === 'anyway');
  const warned = tokens.slice(Math.max(0, s.first - 10), s.first).some(
    (t, k, ts) =>
      WARNINGS.has(t.norm) &&
      // "i told them", and "I flagged it twice" said by the speaker.
      (ts[k + 1]?.norm === 'them' || SPEAKER_SUBJECTS.has(ts[k - 1]?.norm ?? '')),
  );
  if (still && warned && acts(tokens[v])) return true;
  // "as expected, the vendor's fix didn't work", "predictably, they missed it": a jab.
  if (jabbing(leadOf(p)) && (negated(pred.slice(0, 4)) || FAILED_VERBS.has(verb))) return true;
  // "sat on the contract for six weeks": holding up what was waiting on them.
  const sat = pred.findIndex((t) => SITS.has(t.norm));
  if (
    sat >= 0 &&
    pred[sat + 1]?.norm === 'on' &&
    // "until" may open a clause of its own: read the sentence on past the clause.
    tokens
      .slice(pred[sat].i + 2, pred[sat].i + 6)
      .some((t) => t.sent === pred[sat].sent && (t.norm === 'for' || t.norm === 'until'))
  )
    return true;
  // "they treat everything as urgent", "he questions everything": a sweeping present habit.
  const present = tokens[v]?.tags.has('PresentTense') && !tokens[v].tags.has('Copula');
  if (present && !MODALS.has(verb) && SWEEPING.has(tokens[v + 1]?.norm ?? '')) return true;
  // "wanted a microservices project for his promo packet": a selfish motive imputed.
  if (
    pred.some(
      (t, k) => t.norm === 'for' && pred.slice(k + 1, k + 4).some((x) => MOTIVES.has(x.norm)),
    )
  )
    return true;
  // "somebody who apparently thought a change ticket was optional", "they treat review as a
  // suggestion": a duty the party took to be optional.
  // Of a duty ("review", "a change ticket"), not of a feature ("dark mode was optional for launch").
  const believed = pred.slice(0, 3).findIndex((t) => TOOK_AS.has(t.norm));
  const taken = believed < 0 ? [] : pred.slice(believed + 1, believed + 9);
  const optional = taken.findIndex((t) => OPTIONAL.has(t.norm));
  const duty = taken.slice(0, optional).some((t) => CARE_NOUNS.has(t.norm) || PROCESS.has(t.norm));
  if (optional > 0 && duty) return true;
  // "they do that all the time", "he always does this": what the party just did, as its habit.
  if (doesThatAlways(pred) && !USERS.has(tokens[s.last - 1]?.norm ?? '')) return true;
  // "every meeting the ops leads wanted something different": churn across meetings.
  const every = tokens
    .slice(Math.max(0, s.first - 2), s.last)
    .some((t) => FREQUENCY.has(t.norm) && t.sent === tokens[s.first].sent);
  return (
    (every || pred.some((t) => FREQUENCY.has(t.norm))) &&
    WANTS.has(verb) &&
    pred.slice(1, 5).some((t) => CHURN.has(t.norm))
  );
}

/** A named party's habit that costs the work: "kept changing", "kept ignoring the tickets", "kept
 * asking for new things", "kept pinging us every hour", "constantly", "had no business ...". */
export function habitOther({ tokens, s, pred, head, v, verb }: Pred): boolean {
  // "kept changing", "kept ignoring the tickets"; not "kept the old tier" or "kept asking".
  const habit = SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '') ? tokens[v + 2] : tokens[v + 1];
  const kept = HABIT_WORDS.has(verb) && !!habit?.tags.has('Gerund');
  if (kept && !NEUTRAL_HABITS.has(habit.norm)) return true;
  // "they kept asking for new things": a neutral habit that brings churn.
  const churned = pred.slice(v - s.last + 2, v - s.last + 6).some((t) => CHURN.has(t.norm));
  if (kept && churned) return true;
  // "kept asking for ETAs every five minutes", "kept pinging us every hour": a habit pressed on.
  const pressed = pred
    .slice(v - s.last + 2, v - s.last + 9)
    .some((t, k, ts) => t.norm === 'every' && PESTER_UNITS.has(ts[k + 2]?.norm ?? ''));
  if (kept && pressed) return true;
  // "management is always going to chase the shiny thing": the party's way, foretold.
  const always = head.findIndex((t) => ALWAYS.has(t.norm));
  const foretold =
    always > 0 &&
    COPULAS.has(head[always - 1].norm) &&
    pred[always + 1]?.norm === 'going' &&
    pred[always + 2]?.norm === 'to' &&
    !USERS.has(tokens[s.last - 1]?.norm ?? '');
  // A party away or its way foretold, answered by the speaker's own step ("..., so I ran the
  // standup"), is told fairly.
  const answered = () => stepAfter(tokens, s.last);
  // "the infra team is always blocking us", "he was forever rewriting our tickets": the progressive
  // of habit, a complaint in English whatever the verb (not a neutral one, "always asking").
  const ever =
    always > 0 &&
    COPULAS.has(head[always - 1].norm) &&
    !!pred[always + 1]?.tags.has('Gerund') &&
    !NEUTRAL_HABITS.has(pred[always + 1].norm) &&
    !KIND_ACTS.has(pred[always + 1].norm) &&
    !USERS.has(tokens[s.last - 1]?.norm ?? '');
  return (
    (ever && !answered()) ||
    (foretold && !answered()) ||
    pinnedOnUs(tokens, s.last) ||
    outOfReach(pred, head, answered) ||
    head.some((t) => t.norm === 'constantly') ||
    hasPhrase(pred, 'as usual') ||
    hasPhrase(pred, 'no business')
  );
}

/** "they kept saying it was our side", "insisted the bug was on our end", "claimed it was our fault":
 * the party putting the fault on the speaker's side, told as a complaint. Only people claim, so
 * "their support desk kept saying ..." is a party too. */
export function pinnedOnUs(tokens: readonly Token[], from: number): boolean {
  // What was claimed may run past the clause's end in a transcript without stops.
  const sent = tokens[from]?.sent;
  const pred = tokens.slice(from, from + 13).filter((t) => t.sent === sent);
  const said = pred.slice(0, 4).findIndex((t) => CLAIMS.has(t.norm));
  if (said < 0) return false;
  const rest = pred.slice(said + 1, said + 9);
  return rest.some((t, k) => ['our', 'my'].includes(t.norm) && PINNED.has(rest[k + 1]?.norm ?? ''));
}

/** Where a party says the fault lies: "our side", "our bug" (not "my call", a decision's owner). */
const PINNED: ReadonlySet<string> = new Set(
  'side end fault problem bug issue mistake doing'.split(' '),
);

/** Verbs of claiming: "kept saying", "insisted", "claimed". */
const CLAIMS: ReadonlySet<string> = new Set(
  'saying said says insisted insisting insists claimed claiming claims swore acted acting'.split(
    ' ',
  ),
);

/** "they do that all the time", "he does this constantly", "did it every time": a deed the speaker
 * just told of, said to be the party's habit ("always does this" closing a clause is conduct's). */
function doesThatAlways(pred: readonly Token[]): boolean {
  const at = pred.slice(0, 3).findIndex((t) => DOES.has(t.norm));
  if (at < 0 || !DEEDS.has(pred[at + 1]?.norm ?? '')) return false;
  const [a, b, c] = pred.slice(at + 2, at + 5).map((t) => t.norm);
  return (
    ALWAYS.has(a ?? '') ||
    (a === 'all' && b === 'the' && c === 'time') ||
    (a === 'every' && b === 'time')
  );
}

/** Forms of "do" that stand for a deed told before: "they do that all the time". */
const DOES: ReadonlySet<string> = new Set('do does did'.split(' '));
/** What "do" stands for: "do that", "does this", "did it". */
const DEEDS: ReadonlySet<string> = new Set('that this it'.split(' '));

/** Forms of "sit on": "they'd sit on pull requests for weeks", "sat on the contract". */
const SITS: ReadonlySet<string> = new Set('sit sits sat sitting'.split(' '));

/** "he was always busy with something else", "they're never really around", "was not reachable
 * all day": a party out of reach as a habit, or for as long as the work needed it. Not "was busy
 * that week" (a fact) nor "was always happy to help" (praise). */
function outOfReach(
  pred: readonly Token[],
  head: readonly Token[],
  answered: () => boolean,
): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  if (copula < 0) return false;
  let k = copula + 1;
  const w = pred[k]?.norm ?? '';
  const habit = ALWAYS.has(w) || w === 'never';
  if (!habit && !NEGATIONS.has(w)) return false;
  k++;
  while (k < copula + 5 && DEGREE.has(pred[k]?.norm ?? '')) k++;
  const state = pred[k]?.norm ?? '';
  // "was always in meetings", "is forever on leave": somewhere else than the work.
  const away = ['in', 'on', 'off', 'out'].includes(state) && AWAY.has(pred[k + 1]?.norm ?? '');
  if (ALWAYS.has(w)) return UNAVAILABLE.has(state) || (away && !answered());
  if (!AVAILABLE.has(state)) return false;
  // "wasn't reachable all day", "was not around for hours": out of reach when it counted.
  return habit || pred.slice(k + 1, k + 4).some((t) => OUT_FOR.has(t.norm));
}

/** A party that contradicts itself: "they'd say one thing in standup and another in Slack", "says
 * one thing and does the opposite", "told us one thing and the client something else". The second
 * half may be a clause of its own, so it is looked for further on in the sentence. */
function contradicts(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from]?.sent;
  for (let k = from; k < Math.min(tokens.length, from + 5) && tokens[k].sent === sent; k++) {
    if (!SAYS.has(tokens[k].norm)) continue;
    const one = tokens[k + 1]?.norm === 'one' ? k + 1 : tokens[k + 2]?.norm === 'one' ? k + 2 : -1;
    if (one < 0 || tokens[one + 1]?.norm !== 'thing') return false;
    const later = tokens.slice(one + 2, one + 12).filter((t) => t.sent === sent);
    return later.some(
      (t, j) =>
        t.norm === 'another' ||
        (t.norm === 'opposite' && later[j - 1]?.norm === 'the') ||
        (t.norm === 'something' && CONTRARY.has(later[j + 1]?.norm ?? '')),
    );
  }
  return false;
}

/** "the designs kept changing on us", "the scope kept shifting on me": a habit of churn done to the
 * speaker, by whoever made the thing. */
export function doneToUs(tokens: readonly Token[], s: Subject, last: number): boolean {
  const v = mainVerb(tokens, s.last, last);
  if (!HABIT_WORDS.has(tokens[v]?.norm ?? '') || !CHURNING.has(tokens[v + 1]?.norm ?? ''))
    return false;
  return tokens[v + 2]?.norm === 'on' && ['us', 'me'].includes(tokens[v + 3]?.norm ?? '');
}
