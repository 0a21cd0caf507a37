import type { Token } from '../tokens';
import { phraseAt, phraseSet, type PhraseSet } from '../phrase-match';
import { NEGATIONS_ALL as NEGATIONS } from '../lists/blame-context';
import {
  CHANGE_VERBS,
  COERCION,
  DUTIES,
  LATE,
  COGNITION,
  CONDUCT_IDIOMS,
  FREQUENCY,
  DISMISSALS,
  CHURN,
  SYSTEM_VERBS,
  PERCEPTION,
  SLOW_WAITS,
  PERFECT_AUX,
  SPEAKER_SUBJECTS,
  STATES,
  UNIVERSALS,
  WH_WORDS,
  WHOLLY_UNAWARE,
  SET_UP,
} from '../lists/blame-context';

/** What a duty left undone runs out into: "let the domain lapse". */
/** Verbs of answering a page or a message: "took an hour to respond". */
const RESPONSES: ReadonlySet<string> = new Set(
  'acknowledge ack respond reply answer react'.split(' '),
);

/** Waits long enough to complain of for an answer: "took two days to reply". */
const LONG_WAITS: ReadonlySet<string> = new Set(
  'hour hours day days week weeks month months forever ages sprint sprints quarter quarters'.split(
    ' ',
  ),
);

/** Messages a party may leave unanswered: "not a single email". */
const MESSAGES: ReadonlySet<string> = new Set(
  'message messages email emails call calls ticket tickets question questions ping pings page pages'.split(
    ' ',
  ),
);

/** Verbs of answering or taking up a message. */
const REPLIES: ReadonlySet<string> = new Set(
  'answer answered reply replied respond responded return returned acknowledge acknowledged read opened open get got look looked pick picked'.split(
    ' ',
  ),
);

/** Words that make it every one of them: "a single", "any of our". */
const EACH: ReadonlySet<string> = new Set('single any our my'.split(' '));

/** A whole working life, where experience never gained is held against a party: "in his life". */
const LIFETIMES: ReadonlySet<string> = new Set('life lives career careers'.split(' '));

const LAPSES: ReadonlySet<string> = new Set('lapse lapsed expire expired rot slip'.split(' '));

/** Handing work down onto the speaker: "dumped the migration on us". */
const DUMPS: ReadonlySet<string> = new Set('dumped dump dumps threw throw offloaded'.split(' '));

/** What a party did not want to do that it owed: "didn't want to hear it". */
const UNWILLING: ReadonlySet<string> = new Set(
  'hear listen know admit engage own acknowledge'.split(' '),
);

/** Who a party's pressure or blame lands on: the speaker, or engineering as a whole. */
const BLAMED: ReadonlySet<string> = new Set('us me engineering devs developers'.split(' '));

/** Phrases matched in every clause about a party, indexed once by first word. */
const HABITS = phraseSet(['as usual', 'as always']);
const IDIOMS = phraseSet(CONDUCT_IDIOMS);

/** True when a phrase of `set` is said somewhere in `ts`. */
const saysAny = (ts: readonly Token[], set: PhraseSet) => ts.some((_, k) => phraseAt(ts, k, set));

/** Index of the first negation in the first `n` words of a predicate, or -1. */
const negationIn = (pred: readonly Token[], n = 6) =>
  pred.slice(0, n).findIndex((t, k) => NEGATIONS.has(t.norm) && !ofThing(pred, k));

/** "found a handler that never flushed": a negation in a relative clause about a thing the party
 * found, not one it made ("ships a client that never closes its sockets"). */
const ofThing = (pred: readonly Token[], k: number) =>
  ['that', 'which'].includes(pred[k - 1]?.norm ?? '') &&
  !!pred[k - 2]?.tags.has('Noun') &&
  !pred[k - 2].tags.has('Pronoun') &&
  pred.slice(0, k - 2).some((t) => FOUND.has(t.norm));

/** Verbs of grasping, judged only with "it" or a question word after them. */
const GRASPING: ReadonlySet<string> = new Set('get got grasp grasped'.split(' '));

/** Verbs of finding: what a party found is a finding, not its conduct. */
const FOUND: ReadonlySet<string> = new Set(
  'found find finds spotted noticed traced tracked located discovered caught'.split(' '),
);

/** "they never really understood what we wanted", "he had no idea how it worked", "did not know
 * what he wants": a party that does not know what its job needs. */
function noClue(pred: readonly Token[], neg: number, because: boolean): boolean {
  if (neg < 0) return false;
  for (let k = neg + 1; k < Math.min(pred.length, neg + 5); k++) {
    // "my manager just didn't get it", "she didn't really get how the backend worked": "get" as
    // grasping, with "it" or a question word after it (not "didn't get the ticket").
    if (GRASPING.has(pred[k].norm)) {
      const next = pred[k + 1]?.norm ?? '';
      if (next === 'it' || WH_WORDS.has(next)) return true;
      continue;
    }
    if (!COGNITION.has(pred[k].norm)) continue;
    // "had no clue", "didn't understand the system": not knowing at all; "didn't know what he
    // wants" needs the question word ("didn't know about the change" is not being told).
    if (WHOLLY_UNAWARE.has(pred[k].norm)) return true;
    // "didn't know their own system": not knowing what was theirs to know.
    if (pred[k + 1]?.norm === 'their' && pred[k + 2]?.norm === 'own') return true;
    if (because) return false;
    const rest = pred.slice(k + 1, k + 3);
    if (rest.some((t) => WH_WORDS.has(t.norm))) return true;
  }
  return false;
}

/** How a clause blames another party through its conduct, beyond a failed duty: "never" said of it
 * ("ops never set up alerts", "he never does"), an emphatic failure ("didn't even have specs",
 * "didn't want to change anything"), not knowing what its job needs, a change made again and again
 * ("changed the priorities two times", "changed it every sprint"), or a sweeping habit ("they
 * treat everything as urgent"). `pred` is the clause after the subject. */
export function conductBlames(
  whole: readonly Token[],
  because: boolean,
  answered: () => boolean = () => false,
): boolean {
  // The predicate ends where the speaker takes over: "..., so I didn't have to stand anything up".
  const mine = whole.findIndex((t) => SPEAKER_SUBJECTS.has(t.norm));
  const pred = mine >= 0 ? whole.slice(0, mine) : whole;
  const neg = negationIn(pred);
  // "because they didn't know what they wanted" gives a reason; "he had no idea how it worked" judges.
  if (noClue(pred, neg, because)) return true;
  if (neg >= 0) {
    const after = pred.slice(neg + 1, neg + 7);
    // "had never seen", "has never been down": experience, not conduct.
    const verb = after.find((t) => t.tags.has('Verb') && !t.tags.has('Adverb'));
    // "had never set up a failover", "had never documented it": a duty never done, perfect or not.
    const duty = !!verb && SET_UP.has(verb.norm);
    const perfect = neg > 0 && PERFECT_AUX.has(pred[neg - 1].norm) && !duty;
    const stative = !verb || STATES.has(verb.norm);
    // "support never saw those errors", "customers never noticed": not seeing is not conduct.
    const saw = !!verb && PERCEPTION.has(verb.norm);
    if (pred[neg].norm === 'never' && !perfect && !stative && !saw) return true;
    // "had never run a Kafka cluster in his life": inexperience held against the party.
    const life = (t: Token, k: number, ts: readonly Token[]) =>
      LIFETIMES.has(t.norm) && ['his', 'her', 'their'].includes(ts[k - 1]?.norm ?? '');
    const lifelong = pred.slice(neg + 1, neg + 10).some(life);
    if (pred[neg].norm === 'never' && !!verb && !saw && lifelong) return true;
    // "didn't even notice" is the quiet rollout a migration hopes for, not a failure.
    if (after.some((t) => PERCEPTION.has(t.norm))) return false;
    if (after[0]?.norm === 'even' || after.some((t) => UNIVERSALS.has(t.norm))) return true;
    // "they still didn't fix the alert": a failure that outlasted being asked.
    if (pred[neg - 1]?.norm === 'still' && verb && !stative) return true;
    // "didn't do their job", "never did their part".
    const their = after.findIndex((t) => ['their', 'its', 'his', 'her'].includes(t.norm));
    if (their >= 0 && DUTIES.has(after[their + 1]?.norm ?? '')) return true;
  }
  // "sales forced us to ship", "the PM pressured me into it"; "dumped it on us at the last minute".
  const forced = pred.slice(0, 4).findIndex((t) => COERCION.has(t.norm));
  if (forced >= 0 && BLAMED.has(pred[forced + 1]?.norm ?? '')) return true;
  // "dumped the migration on us", "threw the API over to us": work handed down on the speaker.
  const dumped = pred.slice(0, 3).findIndex((t) => DUMPS.has(t.norm));
  const onUs = pred
    .slice(dumped + 1, dumped + 7)
    .some((t, k, ts) => ['on', 'to'].includes(t.norm) && BLAMED.has(ts[k + 1]?.norm ?? ''));
  if (dumped >= 0 && onUs) return true;
  // "didn't want to hear it", "never wanted to listen": unwilling to take in what they were told.
  const want = pred.findIndex((t) => t.norm === 'want' || t.norm === 'wanted');
  if (neg >= 0 && neg < want && want < 4 && pred[want + 1]?.norm === 'to') {
    if (UNWILLING.has(pred[want + 2]?.norm ?? '')) return true;
  }
  if (pred.some((t, k) => LATE.has(t.norm) && pred[k - 1]?.norm === 'last')) return true;
  // "as always, waited until the last day", "as usual": the habit named by the speaker.
  if (saysAny(pred, HABITS)) return true;
  // "let the domain lapse", "let the certificate expire": a duty left to run out.
  const let_ = pred.slice(0, 3).findIndex((t) => t.norm === 'let');
  if (let_ >= 0 && pred.slice(let_ + 2, let_ + 5).some((t) => LAPSES.has(t.norm))) return true;
  // "they always do this", "he always did that": a habit the speaker is tired of, closing the clause.
  const always = pred.findIndex((t) => t.norm === 'always');
  const does = ['do', 'does', 'did'].includes(pred[always + 1]?.norm ?? '');
  if (always >= 0 && always < 2 && does && ['this', 'that'].includes(pred[always + 2]?.norm ?? ''))
    if (always + 3 === pred.length) return true;
  // Idioms of careless conduct: "cut corners", "went silent".
  // Not "did nothing wrong", "did nothing but help": the idiom turned into praise.
  const praised = pred.some(
    (t, k) => t.norm === 'nothing' && ['wrong', 'but'].includes(pred[k + 1]?.norm ?? ''),
  );
  if (saysAny(pred, IDIOMS) && !praised) return true;
  // "would not return a single email", "never got back on any of our tickets": messages left
  // unanswered, each one.
  const notOne = negationIn(pred, 4);
  const replied = pred.slice(notOne + 1, notOne + 3).some((t) => REPLIES.has(t.norm));
  if (notOne >= 0 && replied) {
    const rest = pred.slice(notOne + 1, notOne + 9);
    const each = (t: Token, k: number) =>
      MESSAGES.has(t.norm) && rest.slice(0, k).some((x) => EACH.has(x.norm));
    if (rest.some(each)) return true;
  }
  // "comms wasn't going to do it", "they were never going to fix it": a refusal ahead of time
  // (not "wasn't going to be ready": a state, not a refusal).
  const going = pred.findIndex((t, k) => t.norm === 'going' && pred[k + 1]?.norm === 'to');
  const refusal =
    going > 0 &&
    going < 4 &&
    pred.slice(0, going).some((t) => NEGATIONS.has(t.norm)) &&
    !['be', 'have', 'need'].includes(pred[going + 2]?.norm ?? '');
  if (refusal) return true;
  // "took forever to approve", "took three weeks to approve a simple index".
  // "took forever", and in the present "infra takes forever to do anything".
  const took = pred.findIndex((t) => ['took', 'takes', 'take'].includes(t.norm));
  if (took >= 0 && took < 3) {
    const span = pred.slice(took + 1, took + 8);
    const to = span.findIndex((t) => t.norm === 'to');
    const slow = span.some((t) => SLOW_WAITS.has(t.norm));
    if (to > 0 && slow) return true;
    // "took forty minutes to even acknowledge", "took three days to reply": slow to answer at all.
    const even = span[to + 1]?.norm === 'even';
    // Without "even", the wait must be long: not "took a minute to answer".
    const long = span.slice(0, to).some((t) => LONG_WAITS.has(t.norm));
    const answer = RESPONSES.has(span[to + (even ? 2 : 1)]?.norm ?? '') && long;
    if (to > 0 && (even || answer)) return true;
    // "they'd take three sprints to change a config value": a long wait as the party's habit.
    const would = pred[took - 1]?.norm === 'would';
    const waits = span.slice(0, to).some((t) => LONG_WAITS.has(t.norm));
    if (to > 0 && would && waits && !answered()) return true;
  }
  // "changed it every sprint", "would come back every single week with a different idea".
  const v = pred.findIndex((t) => CHANGE_VERBS.has(t.norm) || t.norm === 'would');
  // "changed it every sprint", "is always changing the requirement".
  const again =
    v >= 0 &&
    v < 4 &&
    (pred.slice(v + 1, v + 8).some((t) => FREQUENCY.has(t.norm)) ||
      FREQUENCY.has(pred[v - 1]?.norm ?? ''));
  // Not "they'd (had) already failed over twice": "would" needs a base verb, and what a system
  // does ("crashed again") is not conduct.
  // "would come back every week with a different idea" is churn; "would deploy every friday" a habit.
  const base = pred.slice(v + 1, v + 3).find((t) => t.tags.has('Verb'));
  const habitual =
    pred[v]?.norm !== 'would' ||
    (!!base?.tags.has('Infinitive') && pred.some((t) => CHURN.has(t.norm)));
  if (again && habitual && !pred.some((t) => SYSTEM_VERBS.has(t.norm))) return true;
  // "they just wanted the new tooling", "others just ignored it", "he just assumed": dismissive.
  const just = pred.findIndex((t) => t.norm === 'just');
  const next = pred[just + 1];
  // "just" before most past verbs means "recently" or "only" ("the vendor just released a fix",
  // "they just wanted a csv"): only verbs of brushing off or leaving it to others are dismissive.
  return (
    just >= 0 &&
    just < 2 &&
    !!next &&
    (DISMISSALS.has(next.norm) ||
      NEGATIONS.has(pred[just + 2]?.norm ?? '') ||
      NEGATIONS.has(next.norm)) &&
    !pred.slice(0, just).some((t) => NEGATIONS.has(t.norm))
  );
}
