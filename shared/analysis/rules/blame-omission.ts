import { DILIGENCE_VERBS } from '../lists/blame';
import { MODALS } from '../lists/grammar';
import {
  NEGATIONS_ALL as NEGATIONS,
  ARRIVALS,
  ARTICULATE,
  CARE_NOUNS,
  COGNITION,
  FAILED_VERBS,
  GAP,
  INFORMED,
  LATE_WHEN,
  NOBODY_ALWAYS,
  NOBODY_EMPHASIS,
  NONE,
  NOTHING,
  OBVIOUSLY,
  ONLY_NEUTRAL,
  OWNERSHIP_NOUNS,
  PERCEPTION,
  PRESENT_PERFECT,
  SPEAKER_OBJECTS,
  STATES,
  UNIVERSALS,
  WH_WORDS,
} from '../lists/blame-context';
import {
  WOULD,
  LEAVES,
  NO_SHOWS,
  NO_SHOWS_ALONE,
  PRONOUNS,
  USERS,
  VANISHED,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import { negated, stepAfter, type Pred } from './blame-verb';

// Omission: a party that did not do what its part needed (failed to, never showed up, did it
// without the care it needed, or left none of what the work needed). What a system failed to do
// is no one's omission, so these read a party's clause only.

/** A duty a party (or "nobody") failed, told of any party: "they forgot to renew the certificate",
 * "the pm disappeared", "the business side couldn't describe it", "without telling anyone". */
export function omitted(p: Pred): boolean {
  const { tokens, s, pred, v, verb } = p;
  // "they failed" may be reports failing; "they failed to renew it" is a party's failure; "forgot
  // nothing" is praise.
  const after = tokens[v + 1]?.norm ?? '';
  const failure =
    FAILED_VERBS.has(verb) &&
    // "forget to renew" told of a party's habit, as "failed to".
    (!['failed', 'forget'].includes(verb) || after === 'to') &&
    // "rushed it out", not "rushed to help" or "rushed over".
    (verb !== 'rushed' || !['to', 'over', 'in', 'back'].includes(after)) &&
    !NOTHING.has(after);
  if (failure) return true;
  // "changed the resolver config and told nobody", "warned no one": those who needed to know left
  // out by the party.
  const toNobody = (t: Token, k: number) =>
    INFORMED.has(t.norm) &&
    (pred[k + 1]?.norm === 'nobody' || (pred[k + 1]?.norm === 'no' && pred[k + 2]?.norm === 'one'));
  if (pred.slice(0, 4).some(toNobody)) return true;
  // "the pm basically disappeared for two weeks": a named party gone when needed (not "they",
  // which may be the errors).
  if (VANISHED.has(verb) && !PRONOUNS.has(tokens[s.first].norm)) return true;
  // "the business side couldn't describe it", "product couldn't articulate what done meant": a
  // party unable to say what it wanted.
  const unable = pred.slice(0, 3).some((t) => t.norm === 'could' || t.norm === 'couldnt');
  if (unable && negated(pred.slice(0, 3)) && ARTICULATE.has(verb)) return true;
  // "because they obviously didn't", "which they clearly hadn't": a failure the speaker calls plain,
  // its verb left out.
  // "the platform team sure doesn't": the adverb may have been read into the subject.
  const adv = OBVIOUSLY.has(pred[0]?.norm ?? '')
    ? 1
    : OBVIOUSLY.has(tokens[s.last - 1]?.norm)
      ? 0
      : -1;
  const rest = adv < 0 ? [] : pred.slice(adv);
  const elided = adv >= 0 && rest.length >= 1 && rest.length <= 2;
  if (
    elided &&
    negated(rest) &&
    !rest.some((t) => t.tags.has('Verb') && !GAP.has(t.norm) && !NEGATIONS.has(t.norm))
  )
    return true;
  // "half the time the product manager didn't show up", "they never turned up": absent when due.
  const absent = pred.slice(0, 4).findIndex((t) => NO_SHOWS.has(t.norm));
  const up = NO_SHOWS_ALONE.has(pred[absent]?.norm ?? '') || pred[absent + 1]?.norm === 'up';
  const users = USERS.has(tokens[s.last - 1]?.norm ?? '');
  if (absent > 0 && negated(pred.slice(0, absent)) && up && !users) return true;
  // "without telling anyone", "without any review", "without even opening the app".
  const without = (t: Token, k: number) => t.norm === 'without' && careless(pred, k);
  if (pred.some(without)) return true;
  // "wrote everything in one file with no tests": work done with none of the care it needs.
  // Said of what the party did ("wrote ... with no tests"), not of what it is ("a client with no
  // retries": a client may be software).
  const bare = (t: Token, k: number) =>
    (t.norm === 'with' || t.norm === 'left') &&
    pred.slice(0, k).some((x) => x.tags.has('Verb')) &&
    NONE.has(pred[k + 1]?.norm ?? '') &&
    pred.slice(k + 2, k + 5).some((x) => CARE_NOUNS.has(x.norm));
  if (pred.some(bare)) return true;
  return inactionCaused(p);
}

/** "the outage happened because infra didn't scale the cluster": a party's inaction as the cause.
 * A named party: "they" after "because" may be the reports or the pods. */
function inactionCaused({ tokens, s, pred, v }: Pred): boolean {
  const cause =
    tokens[s.first - 1]?.norm === 'because' &&
    s.agent === 'other' &&
    !['they', 'it'].includes(tokens[s.first].norm);
  const inaction = pred.slice(0, 3).some((t) => NEGATIONS.has(t.norm));
  return cause && inaction && acts(tokens[v]);
}

/** True when `t` is a verb of doing, not of being, knowing, seeing or a modal: the kind of verb
 * whose absence or persistence is a party's conduct. */
export const acts = (t: Token | undefined) =>
  !!t?.tags.has('Verb') &&
  !STATES.has(t.norm) &&
  !COGNITION.has(t.norm) &&
  !PERCEPTION.has(t.norm) &&
  !MODALS.has(t.norm);

/** "I offered to write the change myself, and they only review it", "whoever is newest drives, and
 * the seniors only answer questions": a share of the work arranged, joined by "and" to the share
 * the speaker (or whoever else) takes in the same sentence. */
function divided(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.norm !== 'and' || !/,/.test(tokens[first - 2]?.post ?? '')) return false;
  const sent = tokens[first].sent;
  return tokens
    .slice(Math.max(0, first - 25), first - 1)
    .some((t) => t.sent === sent && SHARERS.has(t.norm));
}

/** Words before a noun that a diligence verb may also be: "force the update". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that']);

/** Forms of "do" before a practice: "don't do code review". */
const DOES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing']);

/** Practices of care a party may not do: "don't really do change review", "never did any testing". */
const PRACTICES: ReadonlySet<string> = new Set(
  'review reviews testing tests documentation docs postmortem postmortems postmortems qa handover handoffs planning retros'.split(
    ' ',
  ),
);

/** Who takes the other share of a divided piece of work: "I", "whoever is on call". */
const SHARERS: ReadonlySet<string> = new Set(['i', 'whoever', 'myself']);

/** The speaker's own step ("..., so I paired with them") right after, in the sentence of the subject
 * at `first`; a rework of the team's ("so we redid it") is what the party's failure cost. */
function answered(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last]?.sent !== tokens[first].sent || !stepAfter(tokens, last)) return false;
  const so = tokens.findIndex((t, k) => k >= last && t.norm === 'so');
  return tokens[so + 1]?.norm === 'i';
}

/** Duties a named party (not "nobody") left undone: "never documented any of it", "didn't leave
 * any notes", "they only ever test the happy path", "whoever chose it never had to use it". */
export function leftUndone({ tokens, s, pred }: Pred): boolean {
  // "never documented any of it", "before us never documented", "don't care about issues at all".
  // "whoever set up the cron jobs didn't think ...": the subject's own clause comes first.
  const reach = tokens[s.first].norm === 'whoever' ? 9 : 6;
  const neg = pred.slice(0, reach).findIndex((t) => NEGATIONS.has(t.norm));
  // Not the noun: "they cannot force the update".
  const diligent = (t: Token, k: number, ts: readonly Token[]) =>
    (DILIGENCE_VERBS.has(t.norm) && !ARTICLES.has(ts[k - 1]?.norm ?? '')) || /^bother/.test(t.norm);
  const failed = neg >= 0 && pred.slice(neg + 1, neg + 4).some(diligent);
  if (failed) return true;
  // "they don't really do change review over there", "never did a postmortem": a practice of care
  // the party does not do.
  const does = neg >= 0 ? pred.slice(neg + 1, neg + 3).findIndex((t) => DOES.has(t.norm)) : -1;
  const practice = pred.slice(neg + 2 + does, neg + 6 + does).some((t) => PRACTICES.has(t.norm));
  if (does >= 0 && practice) return true;
  // "whoever chose it never had to use it", "the architects never have to support what they draw":
  // a party spared the cost of its own choice (a named party, not "they", which may be users).
  const spared =
    pred[neg]?.norm === 'never' &&
    ['had', 'have', 'has'].includes(pred[neg + 1]?.norm ?? '') &&
    pred[neg + 2]?.norm === 'to' &&
    !PRONOUNS.has(tokens[s.first].norm);
  if (spared) return true;
  // "didn't leave any notes", "never wrote a single test": none of the care the work needed.
  const none =
    neg >= 0 &&
    LEAVES.has(pred[neg + 1]?.norm ?? '') &&
    pred.slice(neg + 2, neg + 5).some((t) => CARE_NOUNS.has(t.norm));
  if (none) return true;
  // "they only ever test the happy path", "he only reads the summary": a duty done by halves.
  const only = pred.findIndex((t) => t.norm === 'only');
  // "could only read their own prefix" is a permission, not a duty done by halves.
  if (
    only >= 0 &&
    only < 3 &&
    !pred.slice(0, only).some((t) => MODALS.has(t.norm)) &&
    // "only ever" keeps the complaint, whatever share the speaker took.
    !(divided(tokens, s.first) && pred[only + 1]?.norm !== 'ever')
  ) {
    const done = pred.slice(only + 1, only + 3).find((t) => t.norm !== 'ever');
    // "my lead only asked for status on Fridays": asking, saying or sending is no duty halved.
    if (done && DILIGENCE_VERBS.has(done.norm) && !ONLY_NEUTRAL.has(done.norm)) return true;
    // "support only showed up on Monday", "the vendor only got back to us after the weekend": an
    // arrival that came late.
    const arrived = ARRIVALS.has(done?.norm ?? '') && pred[only + 2]?.norm !== 'to';
    if (arrived && pred.slice(only + 2, only + 8).some((t) => LATE_WHEN.has(t.norm))) return true;
  }
  return false;
}

/** "nobody bothered to tell me", "no one took ownership", "nobody else knew how anything worked":
 * a complaint about nobody; "nobody could tell me" is not knowing, "nobody's mentioned it since" a
 * quiet outcome. */
export function nobodyBlames({ tokens, s, last, pred, v, verb }: Pred): boolean {
  const could = tokens.slice(s.last, v).some((t) => MODALS.has(t.norm));
  // "Nobody's mentioned it since": the present perfect tells a quiet outcome, not a complaint.
  if (PRESENT_PERFECT.has(tokens[s.last]?.norm ?? '')) return false;
  // "nobody else knew how anything worked", "nobody could say what it even was": sweeping. Not
  // what nobody could find or noticed: "nobody could find anything" says how bad a system was.
  // "no one took ownership", "nobody wanted to take responsibility".
  if (pred.slice(0, 5).some((t) => OWNERSHIP_NOUNS.has(t.norm))) return true;
  const emphatic = pred.slice(0, 8).some(
    (t, k, ts) =>
      NOBODY_EMPHASIS.has(t.norm) &&
      // "nobody had a map of where the data actually lived": emphasis inside what was not known.
      // Not "nobody knew how anything worked": there the emphasis is the complaint.
      !ts
        .slice(0, k)
        .some((x, j) => WH_WORDS.has(x.norm) && !!ts[j - 1]?.tags.has('Preposition')) &&
      // "nobody asked for anything fancier than that", "anything else": a bound, not a complaint.
      !(
        t.norm === 'anything' &&
        (could || ts[k + 1]?.norm === 'else' || ts[k + 2]?.norm === 'than')
      ),
  );
  if (emphatic && !PERCEPTION.has(verb)) return true;
  // "nobody ever maintained it", "nobody ever updated the runbook": a duty nobody took on; not
  // "nobody ever asked for it" (asking is no duty).
  const ever = pred[0]?.norm === 'ever' && DILIGENCE_VERBS.has(pred[1]?.norm ?? '');
  if (ever && !ONLY_NEUTRAL.has(pred[1].norm)) return true;
  // "because clearly nobody else was going to", "nobody else would": the speaker stepped in where
  // nobody would, the verb left unsaid.
  const rest = pred.slice(0, 4).map((t) => t.norm);
  const willing = rest.findIndex((w) => WOULD.has(w));
  const unsaid =
    willing >= 0 &&
    (rest[willing] === 'going'
      ? rest[willing + 1] === 'to' && willing + 2 === pred.length
      : willing + 1 === pred.length);
  if (unsaid && tokens[s.last - 1]?.norm === 'else') return true;
  // "nobody thought to check the disk", "nobody ever bothers to update it".
  if (verb === 'thought' && tokens[v + 1]?.norm === 'to') return true;
  // "nobody said to us", "nobody said anything"; not "nobody said no" or "said to what".
  const said =
    verb !== 'said' ||
    ['us', 'me', 'anything'].includes(
      tokens[v + (tokens[v + 1]?.norm === 'to' ? 2 : 1)]?.norm ?? '',
    );
  return (
    // "nobody there had used Terraform, so I paired with them": answered by the speaker's step.
    (s.qualified && v < last && tokens[v].tags.has('Verb') && !answered(tokens, s.first, last)) ||
    (NOBODY_ALWAYS.has(verb) && !could && said)
  );
}

/** "without telling anyone", "without any review", "without even opening the app", "without anyone
 * reading it": done with none of the care the work needed. Not "without me asking" or "without
 * being asked": done before anyone had to ask is initiative. */
export function careless(pred: readonly Token[], k: number): boolean {
  const next = pred[k + 1]?.norm ?? '';
  if (SPEAKER_OBJECTS.has(next) || next === 'being' || next === 'having') return false;
  if (next === 'even') return true;
  // "without anyone opening our repo": a duty nobody did.
  const doing = pred[k + 2];
  if (UNIVERSALS.has(next) && !!doing && (doing.tags.has('Gerund') || /ing$/.test(doing.norm)))
    return true;
  // "without anyone on the dba side even looking at it".
  if (UNIVERSALS.has(next) && pred.slice(k + 2, k + 8).some((t) => t.norm === 'even')) return true;
  return pred
    .slice(k + 1, k + 4)
    .some((x) => DILIGENCE_VERBS.has(x.norm) || CARE_NOUNS.has(x.norm));
}
