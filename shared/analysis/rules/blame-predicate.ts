import {
  BAD_OBJECT_WORDS,
  DILIGENCE_VERBS,
  FAULT_NOUNS,
  HABIT_WORDS,
  JUDGEMENT_WORDS,
} from '../lists/blame';
import { CLAUSE_BREAKS, COPULAS, MODALS } from '../lists/grammar';
import { NEGATIONS_ALL as NEGATIONS } from '../lists/blame-context';
import type { Token } from '../tokens';
import { FILLER_SOUNDS } from '../lists/fillers';
import { isParty, type Clause, type Subject } from './blame-clause';
import { conductBlames } from './blame-conduct';
import {
  CARE_NOUNS,
  GAP,
  NEUTRAL_HABITS,
  NOBODY_ALWAYS,
  NOBODY_EMPHASIS,
  NONE,
  REMARKS,
  RUN_ON_SUBJECTS,
  THAT_VERBS,
  WH_OR_THAT,
  OWNERSHIP_NOUNS,
  OWN_GROUP,
  PERCEPTION,
  PRESENT_PERFECT,
  DEMANDS,
  NEEDS,
  LACKS,
  CONDUCT_CHANGES,
  MADE_HARMS,
  NOTHING,
  FAILED_VERBS,
  THAT_HARMS,
  PASSIVE_HARMS,
  PROBLEM_NOUNS,
  SPEAKER_OBJECTS,
  SPEAKER_SUBJECTS,
  TRAITS,
  DUTIES,
  STATES,
  COGNITION,
  WHO_IDIOMS,
  EUPHEMISMS,
  MANNER_FAULTS,
  INFORMED,
  MOTIVES,
  FREQUENCY,
  CHURN,
  WANTS,
  SWEEPING,
  APPORTION,
  ARRIVALS,
  ASKING,
  DECIDED,
  LATE_WHEN,
  LEFT_STATES,
  ONLY_NEUTRAL,
  UNIVERSALS,
  ARTICULATE,
  GRANTS,
  NEEDED,
  OBVIOUSLY,
  FAULT_SUBJECTS,
  WH_WORDS,
  SYSTEM_VERBS,
  FRAMES,
} from '../lists/blame-context';

/** What makes "that's how they work" a jab: "just", "always", "typical". */
const HABIT_JABS: ReadonlySet<string> = new Set('just always typically exactly classic'.split(' '));

/** What a deliverable could not do: "couldn't be built", "didn't work", "didn't match". */
const WORKS: ReadonlySet<string> = new Set(
  'work works worked build built compile run match fit load pass exist'.split(' '),
);

/** Handing a deliverable to the speaker: "handed us screens that couldn't be built". */
const HANDS: ReadonlySet<string> = new Set('handed sent delivered passed shipped'.split(' '));

/** Help a party withheld: "zero support from the vendor". */
const HELP_NOUNS: ReadonlySet<string> = new Set(
  'support help response responses answer answers feedback guidance access reply'.split(' '),
);

/** Work left waiting with a party: "sat in their queue", "languished in the DBA team's backlog". */
const WAITED: ReadonlySet<string> = new Set('sat sitting languished rotted rotting'.split(' '));

/** Judgements of how a decision was made, whoever the subject: "a political decision". */
const THING_JUDGEMENTS: ReadonlySet<string> = new Set('political politics bureaucratic'.split(' '));

/** A named party gone when needed: "the pm basically disappeared". */
const VANISHED: ReadonlySet<string> = new Set('disappeared vanished'.split(' '));

/** Not showing up when due: "didn't show up", "never turned up", "didn't attend". */
const NO_SHOWS: ReadonlySet<string> = new Set('show showed turn turned attend attended'.split(' '));
/** Of those, the ones that need no "up". */
const NO_SHOWS_ALONE: ReadonlySet<string> = new Set('attend attended'.split(' '));

/** Pronouns that stand for a party named elsewhere. */
const PRONOUNS: ReadonlySet<string> = new Set('they he she them him her'.split(' '));

const negated = (ts: readonly Token[]) => ts.some((t) => NEGATIONS.has(t.norm));
/** True when the words of `phrase` follow each other somewhere in `ts`. */
const hasPhrase = (ts: readonly Token[], phrase: string) => {
  const words = phrase.split(' ');
  return ts.some((_, k) => words.every((w, j) => ts[k + j]?.norm === w));
};
const isOther = isParty;

/** First content word of the predicate, past auxiliaries, negations and adverbs. */
function mainVerb(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  // "Our CDN vendor, Edgewise, had a bad night": a name in apposition is not the verb.
  const named = (j: number) =>
    /^[A-Z]/.test(tokens[j]?.text ?? '') && /,/.test(tokens[j - 1]?.post ?? '');
  if (named(k) && /,/.test(tokens[k].post)) k++;
  else if (named(k) && /,/.test(tokens[k + 1]?.post ?? '')) k += 2;
  while (
    k < to &&
    (GAP.has(tokens[k].norm) ||
      NEGATIONS.has(tokens[k].norm) ||
      tokens[k].text === '' ||
      // "just flat out refused", "completely neglected": manner before the verb.
      (tokens[k].tags.has('Adverb') && !tokens[k].tags.has('Verb')) ||
      (tokens[k].norm === 'flat' && tokens[k + 1]?.norm === 'out') ||
      // "kind of just left it broken": a hedge before the verb.
      (['kind', 'sort'].includes(tokens[k].norm) && tokens[k + 1]?.norm === 'of') ||
      (tokens[k].norm === 'of' && ['kind', 'sort'].includes(tokens[k - 1]?.norm ?? '')) ||
      (tokens[k].norm === 'fat' && tokens[k + 1]?.norm === 'fingered') ||
      (tokens[k].norm === 'out' && tokens[k - 1]?.norm === 'flat'))
  )
    k++;
  return k;
}

/** How a clause with another party (or "nobody") as its agent blames it: a failure of diligence
 * ("they never test anything", "nobody bothered to write it down", "without telling anybody"), a
 * judgement of conduct ("the PM was being pushy", "he kept changing what he wanted"), a bad
 * deliverable ("gave us very bad data") or a demand on them ("other teams need to communicate"). */
function otherBlames(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, last);
  const head = pred.slice(0, 5);
  const v = mainVerb(tokens, s.last, last);
  const verb = v < last ? tokens[v].norm : '';
  // "their deploy took down checkout", "the infra team wiped our DNS records", "they forgot to
  // renew the certificate": a failure verb said of a party or of what it made.
  // A harm done to something: "broke the build", not "the vendor's SDK broke on node 20".
  const particle = verb === 'took' || verb === 'brought' || verb === 'knocked';
  const object = tokens[v + (particle ? 2 : 1)];
  const harm =
    MADE_HARMS.has(verb) &&
    (!particle || ['down', 'out', 'over'].includes(tokens[v + 1]?.norm ?? '')) &&
    !!object &&
    v + 1 < last &&
    !object.tags.has('Preposition');
  // "code review on that team needs to be a lot better": a demand on what they make.
  const better =
    DEMANDS.has(pred[0]?.norm ?? '') && pred.slice(1, 7).some((t) => t.norm === 'better');
  const usual = hasPhrase(pred, 'as usual') || hasPhrase(pred, 'as always');
  // A jab at what a party made: "as expected, the vendor's fix didn't work".
  const lead = tokens.slice(Math.max(0, s.first - 3), s.first).map((t) => t.norm);
  const jabLead =
    lead.includes('predictably') ||
    (lead.includes('as') && (lead.includes('expected') || lead.includes('usual')));
  if (s.made && (usual || (jabLead && negated(pred.slice(0, 4))))) return true;
  // "as per usual the data team was late": a habit named before the party.
  if (
    lead.includes('usual') &&
    !s.made &&
    (judged(pred, pred.slice(0, 5)) ||
      negated(pred.slice(0, 3)) ||
      pred.slice(0, 4).some((t) => t.norm === 'late'))
  )
    return true;
  if (s.made)
    return (
      judged(pred, head) ||
      stale(pred.slice(0, 7)) ||
      worst(pred) ||
      badDeliverable(tokens, v, last) ||
      harm ||
      better ||
      usual
    );
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
  // "the pm basically disappeared for two weeks": a named party gone when needed (not "they",
  // which may be the errors).
  if (VANISHED.has(verb) && !PRONOUNS.has(tokens[s.first].norm)) return true;
  if (harm || failure) return true;
  // "the business side couldn't describe it", "product couldn't articulate what done meant": a
  // party unable to say what it wanted.
  const unable = pred.slice(0, 3).some((t) => t.norm === 'could' || t.norm === 'couldnt');
  if (unable && negated(pred.slice(0, 3)) && ARTICULATE.has(verb)) return true;
  // "management gave us six weeks for something that needed six months": less than the work took.
  if (GRANTS.has(verb) && SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '')) {
    const span = tokens.slice(v + 2, Math.min(last, v + 12));
    const forAt = span.findIndex((t) => t.norm === 'for');
    const needed = span.findIndex(
      (t, k) => t.norm === 'that' && NEEDED.has(span[k + 1]?.norm ?? ''),
    );
    if (forAt >= 0 && needed > forAt) return true;
  }
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
  // "... has to decide what comes first and stop calling everything urgent": a demand carried on.
  const stop = pred.slice(0, 3).findIndex((t) => CONDUCT_CHANGES.has(t.norm));
  const demanded = tokens
    .slice(Math.max(0, s.first - 14), s.first)
    .some(
      (t, k, ts) =>
        (t.sent === tokens[s.first].sent && DEMANDS.has(t.norm)) ||
        (t.norm === 'to' && ['has', 'have'].includes(ts[k - 1]?.norm ?? '')),
    );
  if (stop >= 0 && pred[stop + 1]?.tags.has('Gerund') && demanded) return true;
  // "handed us screens that couldn't be built", "gave us a schema that didn't match": a
  // deliverable that could not work.
  if ((GRANTS.has(verb) || HANDS.has(verb)) && SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '')) {
    const span = tokens.slice(v + 2, Math.min(last, v + 9));
    const rel = span.findIndex((t) => t.norm === 'that' || t.norm === 'which');
    const failed = span.slice(rel + 2, rel + 5).some((t) => WORKS.has(t.norm));
    if (rel > 0 && negated(span.slice(rel + 1, rel + 3)) && failed) return true;
  }
  // "my colleague made a mistake in the query": a fault as the party's own deed.
  const deed =
    ['made', 'make', 'makes'].includes(verb) &&
    pred.slice(1, 4).some((t) => FAULT_DEEDS.has(t.norm));
  if (deed) return true;
  // "pushed a migration that locked the orders table", "shipped a build that hammered our API".
  if (harmThatFollows(tokens, s)) return true;
  if (conductBlames(pred, tokens[s.first - 1]?.norm === 'because')) return true;
  if (contradicts(tokens, s.last)) return true;
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
  // "the PM promised the client a feature we had never scoped", "sales sold a feature that did
  // not exist": a commitment made for others that could not be kept.
  const promised = tokens.slice(v + 2, v + 10).filter((t) => t.sent === tokens[v].sent);
  if (COMMITS.has(verb) && negated(promised)) return true;
  // "the outage happened because infra didn't scale the cluster": a party's inaction as the cause.
  // A named party: "they" after "because" may be the reports or the pods.
  const cause =
    tokens[s.first - 1]?.norm === 'because' &&
    s.agent === 'other' &&
    !['they', 'it'].includes(tokens[s.first].norm);
  const inaction = pred.slice(0, 3).some((t) => NEGATIONS.has(t.norm));
  const acted = tokens[v];
  const action =
    !!acted?.tags.has('Verb') &&
    !STATES.has(acted.norm) &&
    !COGNITION.has(acted.norm) &&
    !PERCEPTION.has(acted.norm) &&
    !MODALS.has(acted.norm);
  if (cause && inaction && action) return true;
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
  if (still && warned && action) return true;
  // "if the security review hadn't taken a month": a counterfactual on a party's delay.
  const had = ['had', 'would'].includes(pred[0]?.norm ?? '') && NEGATIONS.has(pred[1]?.norm ?? '');
  if (tokens[s.first - 1]?.norm === 'if' && had) return true;
  // "as expected, the vendor's fix didn't work", "predictably, they missed it": a jab.
  if (jabLead && (negated(pred.slice(0, 4)) || FAILED_VERBS.has(verb))) return true;
  // "if product did its job we wouldn't be here": a counterfactual on the party's duty.
  const owner = pred.findIndex((t) => ['its', 'their', 'his', 'her'].includes(t.norm));
  if (tokens[s.first - 1]?.norm === 'if' && owner >= 0 && DUTIES.has(pred[owner + 1]?.norm ?? ''))
    return true;
  // "sat on the contract for six weeks": holding up what was waiting on them.
  const sat = pred.findIndex((t) => t.norm === 'sat' || t.norm === 'sitting');
  if (
    sat >= 0 &&
    pred[sat + 1]?.norm === 'on' &&
    pred.slice(sat + 2, sat + 6).some((t) => t.norm === 'for')
  )
    return true;
  // "they should have caught it", "he could have warned us": hindsight on another's conduct.
  const hindsight = head.findIndex((t) => t.norm === 'should' || t.norm === 'could');
  // "shouldn't have been putting" blames too; "couldn't have known" excuses.
  const shouldNot = head[hindsight]?.norm === 'should' && NEGATIONS.has(head[hindsight + 1]?.norm);
  const have = hindsight + (shouldNot ? 2 : 1);
  if (hindsight >= 0 && pred[have]?.norm === 'have' && s.agent !== 'nobody') return true;
  // "if they had done their job": a counterfactual on another party's duty.
  if (tokens[s.first - 1]?.norm === 'if' && pred[0]?.norm === 'had' && s.agent === 'other')
    return true;
  // "if they'd only written down what they wanted", "if the people making the calls had only
  // listened": a wish that the party had done its part.
  const wish = pred
    .slice(0, 6)
    .findIndex(
      (t, k, ts) => WISHED.has(t.norm) && ['had', 'would'].includes(ts[k - 1]?.norm ?? ''),
    );
  if (tokens[s.first - 1]?.norm === 'if' && wish >= 0 && s.agent === 'other') return true;
  // "they treat everything as urgent", "he questions everything": a sweeping present habit.
  const present = tokens[v]?.tags.has('PresentTense') && !tokens[v].tags.has('Copula');
  if (present && !MODALS.has(verb) && SWEEPING.has(tokens[v + 1]?.norm ?? '')) return true;
  // "wanted a microservices project for his promo packet": a selfish motive imputed.
  const motive = (t: Token, k: number) =>
    t.norm === 'for' && pred.slice(k + 1, k + 4).some((x) => MOTIVES.has(x.norm));
  if (pred.some(motive)) return true;
  // "every meeting the ops leads wanted something different": churn across meetings.
  const every = tokens
    .slice(Math.max(0, s.first - 2), s.last)
    .some((t) => FREQUENCY.has(t.norm) && t.sent === tokens[s.first].sent);
  if ((every || pred.some((t) => FREQUENCY.has(t.norm))) && WANTS.has(verb)) {
    if (pred.slice(1, 5).some((t) => CHURN.has(t.norm))) return true;
  }
  // "nobody could tell me" is not knowing; "nobody bothered to tell me" is a complaint.
  const could = tokens.slice(s.last, v).some((t) => MODALS.has(t.norm));
  if (s.agent === 'nobody') {
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
    // "nobody thought to check the disk", "nobody ever bothers to update it".
    if (verb === 'thought' && tokens[v + 1]?.norm === 'to') return true;
    // "nobody said to us", "nobody said anything"; not "nobody said no" or "said to what".
    const said =
      verb !== 'said' ||
      ['us', 'me', 'anything'].includes(
        tokens[v + (tokens[v + 1]?.norm === 'to' ? 2 : 1)]?.norm ?? '',
      );
    return (
      (s.qualified && v < last && tokens[v].tags.has('Verb')) ||
      (NOBODY_ALWAYS.has(verb) && !could && said)
    );
  }
  // "never documented any of it", "before us never documented", "don't care about issues at all".
  // "whoever set up the cron jobs didn't think ...": the subject's own clause comes first.
  const reach = tokens[s.first].norm === 'whoever' ? 9 : 6;
  const neg = pred.slice(0, reach).findIndex((t) => NEGATIONS.has(t.norm));
  const failed =
    neg >= 0 &&
    pred.slice(neg + 1, neg + 4).some((t) => DILIGENCE_VERBS.has(t.norm) || /^bother/.test(t.norm));
  if (failed) return true;
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
  // "kept changing", "kept ignoring the tickets"; not "kept the old tier" or "kept asking".
  const habit = SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '') ? tokens[v + 2] : tokens[v + 1];
  if (HABIT_WORDS.has(verb) && habit?.tags.has('Gerund') && !NEUTRAL_HABITS.has(habit.norm))
    return true;
  // "they kept asking for new things": a neutral habit that brings churn.
  const churned = pred.slice(v - s.last + 2, v - s.last + 6).some((t) => CHURN.has(t.norm));
  if (HABIT_WORDS.has(verb) && habit?.tags.has('Gerund') && churned) return true;
  // "kept asking for ETAs every five minutes", "kept pinging us every hour": a habit pressed on.
  const pressed = pred
    .slice(v - s.last + 2, v - s.last + 9)
    .some((t, k, ts) => t.norm === 'every' && PESTER_UNITS.has(ts[k + 2]?.norm ?? ''));
  if (HABIT_WORDS.has(verb) && habit?.tags.has('Gerund') && pressed) return true;
  if (
    head.some((t) => t.norm === 'constantly') ||
    hasPhrase(pred, 'as usual') ||
    hasPhrase(pred, 'no business')
  )
    return true;
  if (judged(pred, head) || badDeliverable(tokens, v, last)) return true;
  // "the vendor's schema was three versions behind": a possessive party's work, judged stale.
  const owned = tokens
    .slice(s.first, s.last)
    .some((t) => /['’]s$/.test(t.norm) || t.norm === 'their');
  if (owned && (stale(pred.slice(0, 7)) || worst(pred))) return true;
  // "was hitting our api all wrong", "configured it wrongly": the party's way of doing it judged.
  // An adverb of manner: "all wrong", not "the wrong day" (a noun after it) nor "proved me wrong".
  const manner = (t: Token, k: number) =>
    MANNER_FAULTS.has(t.norm) &&
    !SPEAKER_OBJECTS.has(pred[k - 1]?.norm ?? '') &&
    !pred[k - 1]?.tags.has('Determiner') &&
    !(pred[k + 1]?.tags.has('Noun') && !pred[k + 1]?.tags.has('Pronoun')) &&
    !negated(pred) &&
    // "they'd already failed over badly twice": what systems do, done badly, is no one's conduct.
    !pred.slice(0, k).some((x) => SYSTEM_VERBS.has(x.norm));
  if (pred.slice(0, 8).some(manner)) return true;
  // "left us basically nothing", "left us next to nothing to work with": nothing handed over.
  if (
    verb === 'left' &&
    SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '') &&
    tokens.slice(v + 2, Math.min(last, v + 6)).some((t) => t.norm === 'nothing')
  )
    return true;
  // "had left it a total mess", "left us a pile of garbage": a judgement of what they left behind.
  if (
    verb === 'left' &&
    pred.slice(v - s.last + 1, v - s.last + 8).some(
      (t, k, ts) =>
        JUDGEMENT_WORDS.has(t.norm) ||
        // "left it broken over the weekend".
        (BAD_OBJECT_WORDS.has(t.norm) && k <= 2) ||
        // "had left it in a bit of a state": the state it was left in.
        (LEFT_STATES.has(t.norm) && ts[k - 1]?.norm === 'a' && k >= 2),
    )
  )
    return true;
  // "they only ever test the happy path", "he only reads the summary": a duty done by halves.
  const only = pred.findIndex((t) => t.norm === 'only');
  // "could only read their own prefix" is a permission, not a duty done by halves.
  if (only >= 0 && only < 3 && !pred.slice(0, only).some((t) => MODALS.has(t.norm))) {
    const done = pred.slice(only + 1, only + 3).find((t) => t.norm !== 'ever');
    // "my lead only asked for status on Fridays": asking, saying or sending is no duty halved.
    if (done && DILIGENCE_VERBS.has(done.norm) && !ONLY_NEUTRAL.has(done.norm)) return true;
    // "support only showed up on Monday", "the vendor only got back to us after the weekend": an
    // arrival that came late.
    const arrived = ARRIVALS.has(done?.norm ?? '') && pred[only + 2]?.norm !== 'to';
    if (arrived && pred.slice(only + 2, only + 8).some((t) => LATE_WHEN.has(t.norm))) return true;
  }
  // A demand on another group, in the present: "other teams need to step up", "infra really
  // needs to own their certs", "vendors like that need to be held to their SLA".
  // Not a pronoun or "people": "they just need a process", "people need to see it working" say
  // what others need, not what they owe.
  // "people need to actually follow the process": "actually" makes it a complaint all the same.
  const actually = pred.slice(0, 5).some((t) => t.norm === 'actually');
  // "people should document their code better", "people should test their changes": a duty all
  // the same, owed by whoever "people" are.
  const owed = pred.slice(0, 7).some((t) => OWED.has(t.norm));
  const people = tokens[s.first].norm === 'people';
  const diligent = people && DILIGENCE_VERBS.has(pred[1]?.norm ?? '');
  // "if leadership wants results they need to give realistic timelines": "they" is the group named
  // just before it in the sentence.
  const named = tokens
    .slice(Math.max(0, s.first - 8), s.first)
    .some((t) => t.sent === tokens[s.first].sent && isOther(t) && !PRONOUNS.has(t.norm));
  const group =
    actually ||
    owed ||
    diligent ||
    (named && tokens[s.first].norm === 'they') ||
    !['he', 'she', 'they', 'people'].includes(tokens[s.first].norm);
  // The demand is the clause's own verb ("infra really needs to"), not one reported further on
  // ("decided every service should move"), and not a shared one ("marketing and engineering need to").
  let demand = 0;
  // "vendors like that need to be held to their SLA": a "like that" is part of the subject.
  if (pred[0]?.norm === 'like' && pred.length > 2) demand = 2;
  while (
    demand < 3 &&
    pred[demand] &&
    (GAP.has(pred[demand].norm) || pred[demand].tags.has('Adverb'))
  )
    demand++;
  // "product has to stop promising dates": "has to" with a change of conduct.
  const to = pred.findIndex((t, k) => k < 5 && t.norm === 'to');
  const hasTo = to > 0 && ['has', 'have'].includes(pred[to - 1].norm);
  if (hasTo && CONDUCT_CHANGES.has(pred[to + 1]?.norm ?? '') && s.agent === 'other') return true;
  // "other teams have to communicate their changes": a duty of diligence owed by a named group.
  const owes = hasTo && DILIGENCE_VERBS.has(pred[to + 1]?.norm ?? '') && s.agent === 'other';
  if (owes && !PRONOUNS.has(tokens[s.first].norm) && tokens[s.first].norm !== 'people') return true;
  if (!DEMANDS.has(pred[demand]?.norm ?? '')) return false;
  const must = pred[demand]?.norm === 'must' || pred[demand]?.norm === 'should';
  const duty = must || pred[demand + 1]?.norm === 'to';
  const what = pred[demand + (must ? 1 : 2)]?.norm ?? '';
  // "the DBA team needs way better testing", "some teams need a lot of pushing".
  const lacks = pred.slice(demand + 1, demand + 4).some((t) => LACKS.has(t.norm));
  return (duty || lacks) && s.agent === 'other' && group && (!NEEDS.has(what) || owed);
}

/** A deliverable of the party that then did harm, further on in the sentence: "pushed some change
 * the night before that broke it". */
function harmThatFollows(tokens: readonly Token[], s: Subject): boolean {
  const sent = tokens[s.first].sent;
  for (let k = s.last; k < s.last + 12 && tokens[k]?.sent === sent; k++) {
    if (SPEAKER_SUBJECTS.has(tokens[k].norm)) return false;
    if (tokens[k].norm !== 'that' && tokens[k].norm !== 'which') continue;
    const next = tokens[k + 1]?.norm ?? '';
    // "which brought the bill down" lowers a measure; "which brought the site down" is harm.
    const lowered = ['brought', 'took'].includes(next) && MEASURES.has(tokens[k + 3]?.norm ?? '');
    if (lowered) continue;
    if (THAT_HARMS.has(next) && !(next === 'took' && tokens[k + 2]?.norm !== 'down')) return true;
  }
  return false;
}

/** A judgement after a copula: "was sloppy", "are basically gatekeepers", "was, let's say, not the
 * most responsive person". */
function judged(pred: readonly Token[], head: readonly Token[]): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm) || t.norm === 'being');
  if (copula < 0) return false;
  // The complement ends at a clause word: "were skeptical because they thought it would be slow".
  let end = copula + 1;
  const stops = (k: number) =>
    CLAUSE_BREAKS.has(pred[k].norm) &&
    !(pred[k].norm === 'and' && pred[k + 1]?.tags.has('Adjective'));
  while (end < Math.min(pred.length, copula + 8) && !stops(end)) end++;
  const complement = pred.slice(copula + 1, end);
  if (complement.some((t) => JUDGEMENT_WORDS.has(t.norm))) return true;
  // "were zero help", "was no use at all", "of no help whatsoever": help withheld, as a judgement.
  const useless = (t: Token, k: number) =>
    NONE.has(t.norm) && USELESS_NOUNS.has(complement[k + 1]?.norm ?? '');
  if (complement.some(useless)) return true;
  // "was, let's say, glacial", "was, I'll be polite, held together with tape": a euphemism
  // announced is a judgement withheld.
  if (EUPHEMISMS.some((p) => hasPhrase(complement, p))) return true;
  // "was, um, creative": praise after a pause, as a sneer.
  const paused = /,/.test(pred[copula].post) || FILLER_SOUNDS.has(complement[0]?.norm ?? '');
  if (paused && complement.slice(0, 3).some((t) => SARCASTIC_PRAISE.has(t.norm))) return true;
  // "were too busy to review it", "way too slow".
  if (complement.some((t, k) => t.norm === 'too' && complement[k + 1]?.tags.has('Adjective')))
    return true;
  // "weren't very receptive", "not exactly helpful": a good trait denied.
  if (negated(pred.slice(copula, copula + 3)) && complement.some((t) => TRAITS.has(t.norm)))
    return true;
  return hasPhrase(complement, 'not the most') || hasPhrase(complement, 'not exactly');
}

/** What a party made, judged stale or wrong after a copula: "their docs were two versions behind",
 * "the spec from product was out of date", "was wrong in two places". Said of the party's work only
 * ("our docs were behind" is the speaker's, "the client was out of date" may be anyone's). */
function stale(head: readonly Token[]): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  if (copula < 0) return false;
  const c = head.slice(copula + 1);
  return c.some(
    (t, k) =>
      STALE_WORDS.has(t.norm) ||
      (t.norm === 'behind' && k > 0 && STALE_UNITS.has(c[k - 1].norm)) ||
      (t.norm === 'out' && c[k + 1]?.norm === 'of' && c[k + 2]?.norm === 'date'),
  );
}

/** "is the worst thing I have ever used", "has the worst UI ever built", "was the slowest thing
 * ever": a superlative of badness for what a party made. */
function worst(pred: readonly Token[]): boolean {
  const k = pred.findIndex((t) => COPULAS.has(t.norm) || HAS.has(t.norm));
  if (k < 0 || k > 2 || pred[k + 1]?.norm !== 'the') return false;
  const sup = pred[k + 2]?.norm ?? '';
  return WORST.has(sup) || (sup === 'most' && JUDGEMENT_WORDS.has(pred[k + 3]?.norm ?? ''));
}

/** A bad deliverable is the verb's object: "gave us bad data", not "showed up at the wrong time". */
function badDeliverable(tokens: readonly Token[], v: number, last: number): boolean {
  // "did a pretty poor job": "did" is the verb here, not an auxiliary.
  if (!tokens[v]?.tags.has('Verb') && ['did', 'does', 'do'].includes(tokens[v - 1]?.norm ?? ''))
    v--;
  if (!tokens[v]?.tags.has('Verb')) return false;
  // "had a bad night": a state, not a deliverable.
  if (STATES.has(tokens[v].norm)) return false;
  for (let k = v + 1; k < Math.min(last, v + 5); k++) {
    // "flipped the wrong flag": a slip in choosing, told neutrally, not a bad deliverable.
    if (tokens[k].norm === 'wrong' && tokens[k - 1]?.norm === 'the') continue;
    // "shipped that client with zero retry logic": "with" leads on to what it lacked.
    const lacking = tokens[k].norm === 'with' && NONE.has(tokens[k + 1]?.norm ?? '');
    if (tokens[k].tags.has('Preposition') && !lacking) break;
    // "thought that was a bad idea" gives an opinion; "gave us bad data" a bad deliverable.
    if (BAD_OBJECT_WORDS.has(tokens[k].norm) && !OPINIONS.has(tokens[v].norm)) return true;
    // "left no documentation", "shipped it with zero retries".
    const none = NONE.has(tokens[k].norm);
    if (none && [1, 2, 3].some((j) => CARE_NOUNS.has(tokens[k + j]?.norm ?? ''))) return true;
  }
  return false;
}

/** How a dummy subject blames: "it was the ops team's fault", "that one's on him", or denies the
 * speaker's part: "it wasn't really my call", "it wasn't on us". */
function dummyBlames(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, Math.min(last, s.last + 8));
  if (unkept(tokens, s, pred)) return true;
  if (!pred.length || !(COPULAS.has(pred[0].norm) || REMARKS.has(pred[0].norm))) return false;
  // "it is to make the other team's problem visible": a purpose, not a complement.
  if (pred[1]?.norm === 'to') return false;
  // "it was their migration that took down prod": a cleft that pins the harm on a party's work.
  const owner = pred.findIndex(
    (t, k) => k < 3 && (t.norm === 'their' || (/['’]s$/.test(t.norm) && isOther(t))),
  );
  if (owner >= 0) {
    const rel = pred.findIndex(
      (t, k) => k > owner + 1 && k < owner + 5 && (t.norm === 'that' || t.norm === 'which'),
    );
    if (rel > 0 && THAT_HARMS.has(pred[rel + 1]?.norm ?? '')) return true;
  }
  // "it was a political decision", "the whole process was kind of political".
  if (pred.slice(1, 6).some((t) => THING_JUDGEMENTS.has(t.norm))) return true;
  // "I don't think that one was really on me": the negation sits in the speaker's frame.
  const frame = tokens.slice(Math.max(0, s.first - 4), s.first);
  const framed = negated(frame) && frame.some((t) => FRAMES.has(t.norm));
  const neg = negated(pred.slice(0, 3)) || framed;
  // "the blame's really with the vendor", "the fault lies with them".
  if (FAULT_SUBJECTS.has(tokens[s.last - 1]?.norm ?? '') && !neg) {
    const w = pred.findIndex((t, k) => k < 4 && t.norm === 'with');
    if (w > 0 && pred.slice(w + 1, w + 5).some((t) => isOther(t) || t.norm === 'them')) return true;
  }
  // "that was mostly the mobile side", "that was all the vendor": a failure apportioned to a party
  // that closes the clause.
  if (!neg && APPORTION.has(pred[1]?.norm ?? '') && pred[2]?.norm === 'the') {
    const head = pred
      .slice(3)
      .findIndex((t) => !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Gerund'));
    const np = pred.slice(3, head < 0 ? pred.length : 3 + head);
    if (np.length && isOther(np[np.length - 1]) && !/['’]s$/.test(np[np.length - 1].norm))
      return true;
  }
  for (let k = 1; k < pred.length; k++) {
    const t = pred[k];
    const next = pred[k + 1];
    // "that's just how they operate", "which is how that team works": a habit of a party's.
    // Not "that's how the data team works, they batch requests": a plain account of a process.
    const jab = pred.slice(0, k).some((x) => HABIT_JABS.has(x.norm));
    if (t.norm === 'how' && !neg && jab) {
      const who = pred.slice(k + 1, k + 4).findIndex((x) => isOther(x) || x.norm === 'whoever');
      if (who >= 0 && k + 2 + who < pred.length) return true;
    }
    // "is on them", "wasn't really on me": "on" right after the copula, not "to move the needle on
    // sales" or "a guy on my team".
    const direct = pred.slice(1, k).every((x) => NEGATIONS.has(x.norm) || x.tags.has('Adverb'));
    // "it was not on my hands", "wasn't on my watch": a place of duty the speaker denies.
    if (t.norm === 'on' && neg && direct && OWN_GROUP.has(next?.norm ?? '')) {
      if (DUTY_PLACES.has(pred[k + 2]?.norm ?? '')) return true;
    }
    if (t.norm === 'on' && next && direct && !OWN_GROUP.has(next.norm)) {
      // "on the platform team", "on whoever set it up"; not "on the platform team's cluster".
      const at = pred.slice(k + 1, k + 5).findIndex((x) => isOther(x) || x.norm === 'whoever');
      const head = pred[k + 1 + at];
      const party = at >= 0 && !(/['’]s$/.test(head.norm) || pred[k + 2 + at]?.tags.has('Noun'));
      if (!neg && (party || ['them', 'him', 'her', 'their'].includes(next.norm))) return true;
      if (neg && SPEAKER_OBJECTS.has(next.norm)) return true;
    }
    // "the requirements were their job, not ours": a duty that was the party's.
    // "which is supposed to be their entire job": a word or two may sit between.
    const theirs = pred
      .slice(Math.max(0, k - 3), k)
      .some((x) => ['their', 'his', 'her'].includes(x.norm));
    // Not "which, fine, that's their job": a dummy conceding what the party did was its duty; a
    // thing handed to them ("the requirements were their job") or a duty they should have done is.
    const owed = s.agent === 'thing' || pred.slice(0, k).some((x) => x.norm === 'supposed');
    if (!neg && theirs && owed && DUTIES.has(t.norm) && k <= 6) return true;
    // "it was mistake of the QA people", "the fault of the vendor": a fault owned by a party.
    const ofParty = pred[k + 1]?.norm === 'of' && pred.slice(k + 2, k + 6).some(isOther);
    if (!neg && FAULT_NOUNS.has(t.norm) && ofParty) return true;
    if ((FAULT_NOUNS.has(t.norm) || PROBLEM_NOUNS.has(t.norm)) && k > 0) {
      const owner = pred[k - 1];
      const mine = SPEAKER_OBJECTS.has(owner.norm);
      if (neg && mine) return true;
      // "their outage", "the vendor's bug", "a vendor problem" (not "a client issue": software).
      const compound = PROBLEM_OWNERS.has(owner.norm) && PROBLEM_NOUNS.has(t.norm);
      if (
        !neg &&
        !mine &&
        (/['’]s$/.test(owner.norm) || ['their', 'his', 'her'].includes(owner.norm) || compound)
      )
        return true;
    }
  }
  return false;
}

/** "without telling anyone", "without any review", "without even opening the app", "without anyone
 * reading it": done with none of the care the work needed. Not "without me asking" or "without
 * being asked": done before anyone had to ask is initiative. */
function careless(pred: readonly Token[], k: number): boolean {
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

/** What a party could be of no use as: "were zero help", "was no use". */
const USELESS_NOUNS: ReadonlySet<string> = new Set('help use good'.split(' '));

/** Judgements of work that misled its users: "their docs were stale", "the spec was wrong". */
const STALE_WORDS: ReadonlySet<string> = new Set(
  'stale inaccurate incorrect misleading obsolete wrong'.split(' '),
);

/** What work can lag behind by: "two versions behind", "months behind". */
const STALE_UNITS: ReadonlySet<string> = new Set(
  'version versions release releases month months year years'.split(' '),
);

/** Verbs of receiving work from someone else: "got handed to us", "came over from". */
const HANDED_OVER: ReadonlySet<string> = new Set(
  'handed given passed transferred inherited dumped thrown came'.split(' '),
);

/** Where handed-over work goes: "handed to us", "came over", "passed on". */
const HANDED_TO: ReadonlySet<string> = new Set('to over on down'.split(' '));

/** Words of a wish that the party had done its part: "if they'd only", "if they had just". */
const WISHED: ReadonlySet<string> = new Set('only just simply'.split(' '));

/** Verbs of saying that a party contradicts itself with: "say one thing and another". */
const SAYS: ReadonlySet<string> = new Set(
  'say says said tell tells told promise promised'.split(' '),
);

/** What a party says instead: "something else", "something different". */
const CONTRARY: ReadonlySet<string> = new Set('else different'.split(' '));

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

/** How often a party pressed the speaker: "every five minutes", "every single hour". */
const PESTER_UNITS: ReadonlySet<string> = new Set(
  'minutes minute hour hours day single other'.split(' '),
);

/** Verbs of a duty or promise a party took on: "was supposed to", "promised". */
const UNDERTAKEN: ReadonlySet<string> = new Set(
  'supposed meant promised agreed committed'.split(' '),
);

/** "The offshore team was supposed to handle Android and that never really happened", "legal
 * promised a sign-off by Friday, which didn't happen either": a party's duty, then a dummy that
 * says it was not done. */
function unkept(tokens: readonly Token[], s: Subject, pred: readonly Token[]): boolean {
  if (!DUMMIES_AT.has(tokens[s.first].norm) && tokens[s.first].norm !== 'which') return false;
  const happened = pred.slice(0, 4).findIndex((t) => /^happen/.test(t.norm));
  if (happened < 0 || !negated(pred.slice(0, happened))) return false;
  const sent = tokens[s.first].sent;
  for (let k = s.first - 1; k >= Math.max(0, s.first - 16) && tokens[k].sent === sent; k--) {
    if (SPEAKER_SUBJECTS.has(tokens[k].norm)) return false;
    if (!UNDERTAKEN.has(tokens[k].norm)) continue;
    return tokens.slice(Math.max(0, k - 6), k).some((t) => t.sent === sent && isOther(t));
  }
  return false;
}

/** Verbs of having before a superlative: "has the worst UI". */
const HAS: ReadonlySet<string> = new Set('has have had'.split(' '));

/** Superlatives of badness. */
const WORST: ReadonlySet<string> = new Set(
  'worst slowest buggiest flakiest clunkiest ugliest shoddiest'.split(' '),
);

/** Particles after a decision verb: "got locked in", "was signed off". */
const DECIDED_PARTICLES: ReadonlySet<string> = new Set('in off through'.split(' '));

/** "Thanks to the SRE team, we ...": a clause that opens with "thanks to" gives credit. */
const opening = (tokens: readonly Token[], k: number) =>
  k === 0 || tokens[k - 1].sent !== tokens[k].sent || /[,;:]/.test(tokens[k - 1].post);

/** A failure put on a party from any subject: "we got burned by the vendor", "the launch was
 * delayed because of legal", "it broke thanks to the platform team's change". */
function causedBy(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, last);
  for (let k = 0; k < pred.length; k++) {
    const w = pred[k].norm;
    // "got handed to us with no docs", "was passed over without any runbook", "we were given the
    // platform with no handover": work received with none of the care it needed.
    // The handing is passive or goes over to someone ("got handed to us", "came over from"), not
    // "it passed the audit with no findings".
    const received = pred
      .slice(Math.max(0, k - 6), k)
      .some(
        (t, j, ts) =>
          HANDED_OVER.has(t.norm) &&
          (HANDED_TO.has(ts[j + 1]?.norm ?? '') || COPULAS.has(ts[j - 1]?.norm ?? '')),
      );
    if (received && (w === 'with' || w === 'without')) {
      const lack = pred.slice(k + 1, k + 5);
      const none = w === 'without' || NONE.has(lack[0]?.norm ?? '');
      if (none && lack.some((t) => CARE_NOUNS.has(t.norm) || t.norm === 'run')) return true;
    }
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
        !opening(tokens, s.last + k - 1));
    // "incidents caused by one customer's burst": load from customers is not their fault.
    const by = pred.slice(k + 1, k + 5);
    if (cause && by.some(isOther) && !by.some((t) => USERS.has(t.norm.replace(/['’]s$/, ''))))
      return true;
    // "because of a change on their end": a party named by its side.
    const theirSide = (t: Token, j: number, ts: readonly Token[]) =>
      t.norm === 'their' && SIDES.has(ts[j + 1]?.norm ?? '');
    if (cause && pred.slice(k + 1, k + 7).some(theirSide)) return true;
    // "we got zero support from the vendor", "no answer from their side": help that never came.
    const none = pred.slice(Math.max(0, k - 3), k);
    const withheld =
      w === 'from' &&
      none.some((t) => NONE.has(t.norm)) &&
      none.some((t) => HELP_NOUNS.has(t.norm)) &&
      pred.slice(k + 1, k + 5).some((t) => isOther(t) || t.norm === 'their');
    if (withheld) return true;
    // "the ticket sat in their queue for a month": work left waiting with a party.
    const waited =
      WAITED.has(w) &&
      ['in', 'on'].includes(pred[k + 1]?.norm ?? '') &&
      pred
        .slice(k + 2, k + 5)
        .some((t) => t.norm === 'their' || (/['’]s$/.test(t.norm) && isOther(t)));
    if (waited) return true;
    // "the root cause was sloppy work by the integrations team".
    // "the mocks were delivered two weeks late by the design agency".
    const judgedBy =
      w === 'by' &&
      pred
        .slice(Math.max(0, k - 3), k)
        .some((t) => JUDGEMENT_WORDS.has(t.norm) || LATE_BY.has(t.norm));
    if (judgedBy && pred.slice(k + 1, k + 5).some(isOther)) return true;
    // "the config was changed by the platform team without any notice".
    const byParty = w === 'by' && pred.slice(k + 1, k + 5).some(isOther);
    const hasty = pred.slice(k + 1).some((t, j, rest) => t.norm === 'without' && careless(rest, j));
    if (byParty && hasty) return true;
    // "the decision was made without even asking us": a decision passed over the people it bound.
    // "the decision got pushed through without any real review", "it got merged without anyone on
    // the dba side even looking at it": passed with none of the care, the agent left out.
    const bypassed = w === 'without' && passive(pred, k) && strongly(pred, k);
    if (bypassed) return true;
    // "got locked in without ...": a particle may close the decision verb.
    const dv = DECIDED_PARTICLES.has(pred[k - 1]?.norm ?? '') ? k - 2 : k - 1;
    const passed =
      w === 'without' &&
      dv > 0 &&
      COPULAS.has(pred[dv - 1]?.norm ?? '') &&
      DECIDED.has(pred[dv].norm);
    // "was decided without asking the people who run it", "got chosen without consulting
    // engineering": the asking comes first, whoever was left out.
    if (passed && ASKING.has(pred[k + 1]?.norm ?? '') && pred[k + 2]?.norm !== 'for') return true;
    const unasked = pred
      .slice(k + 1, k + 4)
      .some((t) => INFORMED.has(t.norm) || ASKING.has(t.norm));
    if (
      passed &&
      unasked &&
      pred.slice(k + 1, k + 5).some((t) => SPEAKER_OBJECTS.has(t.norm) || UNIVERSALS.has(t.norm))
    )
      return true;
  }
  return false;
}

/** Verbs of opinion, whose object is a view, not a deliverable. */
const OPINIONS: ReadonlySet<string> = new Set(
  'thought think thinks felt feel said says argued believed figured'.split(' '),
);

/** Measures a change can bring down: "which brought the bill down". */
const MEASURES: ReadonlySet<string> = new Set(
  'bill bills cost costs latency spend time errors'.split(' '),
);

/** People whose load causes failures without fault: "caused by one customer's burst". */
const USERS: ReadonlySet<string> = new Set('customer customers user users'.split(' '));

/** Parties that name a problem as theirs in a compound: "a vendor problem", "an infra issue". */
const PROBLEM_OWNERS: ReadonlySet<string> = new Set(
  'vendor vendors infra ops devops sre qa contractor contractors partner partners management'.split(
    ' ',
  ),
);

/** What a party left behind or wrote, when none of it was there: "didn't leave any notes". */
const LEAVES: ReadonlySet<string> = new Set(
  'leave left write wrote add added provide provided'.split(' '),
);

/** Praise that, after a pause, is a sneer: "their API was, um, creative". */
const SARCASTIC_PRAISE: ReadonlySet<string> = new Set(
  'creative interesting optimistic ambitious special adventurous'.split(' '),
);

/** Where a party sits: "a change on their end", "their side". */
const SIDES: ReadonlySet<string> = new Set('end side part'.split(' '));

/** Faults a party is said to have made: "made a mistake", "made a mess of it". */
const FAULT_DEEDS: ReadonlySet<string> = new Set(
  'mistake mistakes error errors mess blunder'.split(' '),
);

/** Commitments made for others: "promised the client a feature we had never scoped". */
const COMMITS: ReadonlySet<string> = new Set('promised sold committed guaranteed'.split(' '));

/** The speaker's warnings before a party persisted: "i told them three times". */
const WARNINGS: ReadonlySet<string> = new Set('told warned asked reminded flagged'.split(' '));

/** Places of duty a speaker says a failure was not on: "not on my hands", "not on my watch". */
const DUTY_PLACES: ReadonlySet<string> = new Set('hands plate watch shoulders'.split(' '));

/** Words that make a demand a duty owed: "document their code better", "own their renewals properly". */
const OWED: ReadonlySet<string> = new Set('their better properly'.split(' '));

/** What a party's delivery was, told in the passive: "delivered two weeks late by the agency". */
const LATE_BY: ReadonlySet<string> = new Set('late incomplete broken wrong'.split(' '));

/** "the problem was one hundred percent the vendor", "the root cause was them": a problem whose
 * complement is a party, with nothing of the system between. */
function problemIsParty(tokens: readonly Token[], s: Subject, last: number): boolean {
  if (!PROBLEM_NOUNS.has(tokens[s.last - 1]?.norm ?? '') && tokens[s.last - 1]?.norm !== 'cause')
    return false;
  if (!COPULAS.has(tokens[s.last]?.norm ?? '')) return false;
  for (let k = s.last + 1; k < Math.min(last, s.last + 7); k++) {
    const t = tokens[k];
    if (isOther(t) || t.norm === 'them') {
      const after = tokens[k + 1];
      return !(k + 1 < last && after?.tags.has('Noun') && !after.tags.has('Pronoun'));
    }
    // "the networking team": a modifier before the party's head.
    const amount = t.tags.has('Value') || t.norm === 'percent';
    if (t.tags.has('Noun') && !amount && !isOther(tokens[k + 1])) return false;
  }
  return false;
}

/** An aside of the speaker's between commas: "Their SDK was, I'll be polite, held together". */
function aside(tokens: readonly Token[], k: number): boolean {
  if (!/,/.test(tokens[k - 1]?.post ?? '')) return false;
  return tokens.slice(k, k + 5).some((t) => /,/.test(t.post) && t.sent === tokens[k].sent);
}

/** Where a transcript without punctuation starts its next clause: a subject pronoun and its verb
 * ("nobody told us it was expiring", "they never test anything he never does"), unless the pronoun
 * is inside a clause of the predicate ("did not know what he wants", "told us they were deploying"). */
function runOnEnd(tokens: readonly Token[], s: Subject, last: number): number {
  // A clause with no subject found reads its own first subject as part of the predicate ("Once
  // again we got burned by the vendor").
  if (s.last === s.first) {
    // "... and never told anybody like that's completely on them": a dummy and its copula after a
    // filler start the next clause.
    for (let k = s.last + 2; k < last - 1; k++) {
      const after = tokens[k - 1].norm;
      if (DUMMIES_AT.has(tokens[k].norm) && COPULAS.has(tokens[k + 1].norm) && RESTARTS.has(after))
        return k;
    }
    return last;
  }
  for (let k = s.last + 2; k < last - 1; k++) {
    if (!RUN_ON_SUBJECTS.has(tokens[k].norm)) continue;
    const next = tokens[k + 1];
    const verb = next.tags.has('Verb') || NEGATIONS.has(next.norm) || next.text === '';
    const before = tokens[k - 1];
    // "said they were", "knew he was": a reported clause, not a new one.
    const embedded =
      WH_OR_THAT.has(before.norm) || THAT_VERBS.has(before.norm) || before.tags.has('Preposition');
    if (verb && !embedded && !aside(tokens, k)) return k;
  }
  // "it wasn't really my fault the d b a team never told us", "... my call platform set it up":
  // a named party and its verb start the next clause, from its determiner.
  if (s.agent !== 'dummy') return last;
  for (let k = s.last + 2; k < last - 1; k++) {
    const t = tokens[k];
    if (!isOther(t) || t.tags.has('Pronoun') || RUN_ON_SUBJECTS.has(t.norm)) continue;
    const next = tokens[k + 1];
    if (!(next.tags.has('Verb') || NEGATIONS.has(next.norm)) || next.tags.has('Gerund')) continue;
    let first = k;
    for (let j = k - 1; j > Math.max(s.last, k - 5); j--) {
      if (tokens[j].norm === 'the') first = j;
      if (!tokens[j].tags.has('Noun') && tokens[j].norm !== 'the') break;
    }
    const before = tokens[first - 1];
    const embedded = WH_OR_THAT.has(before.norm) || before.tags.has('Preposition');
    if (!embedded && first > s.last + 1) return first;
  }
  return last;
}

/** Dummies that start a run-on clause after a filler: "like that's on them". */
const DUMMIES_AT: ReadonlySet<string> = new Set(['that', 'it']);
/** Fillers and openers after which a run-on starts its next clause. */
const RESTARTS: ReadonlySet<string> = new Set('like honestly so and basically'.split(' '));

/** Words that join a clause of its own after a parenthetical: "the mobile team, and their APIs". */
const COORDINATORS: ReadonlySet<string> = new Set('and but so which or'.split(' '));

/** Churn a thing can suffer from whoever owns it: "kept changing", "kept shifting". */
const CHURNING: ReadonlySet<string> = new Set(
  'changing shifting moving switching flipping'.split(' '),
);

/** "the designs kept changing on us", "the scope kept shifting on me": a habit of churn done to the
 * speaker, by whoever made the thing. */
function doneToUs(tokens: readonly Token[], s: Subject, last: number): boolean {
  const v = mainVerb(tokens, s.last, last);
  if (!HABIT_WORDS.has(tokens[v]?.norm ?? '') || !CHURNING.has(tokens[v + 1]?.norm ?? ''))
    return false;
  return tokens[v + 2]?.norm === 'on' && ['us', 'me'].includes(tokens[v + 3]?.norm ?? '');
}

/** "before a single engineer was asked", "before anyone was consulted", "before we were told": a
 * decision made before the people it bound were heard. */
function unheard(tokens: readonly Token[], s: Subject): boolean {
  if (tokens[s.first - 1]?.norm !== 'before') return false;
  const person = s.agent !== 'thing' || HEARERS.has(tokens[s.first].norm);
  return (
    person &&
    COPULAS.has(tokens[s.last]?.norm ?? '') &&
    INFORMED.has(tokens[s.last + 1]?.norm ?? '')
  );
}

/** "who plans a migration like that without a rollback", "who does changes on Friday": a rhetorical
 * question about whoever did it, in the present; not a reported one ("I asked who owns it") nor
 * "who knows". */
function asksWho(tokens: readonly Token[], s: Subject): boolean {
  const who = tokens[s.first];
  if (who.norm !== 'who' || s.agent !== 'other') return false;
  const before = tokens[s.first - 1];
  const reported =
    !!before &&
    before.sent === who.sent &&
    (before.tags.has('Verb') || before.tags.has('Noun') || before.tags.has('Preposition'));
  const verb = tokens[s.last];
  // "who owns the job was not clear": the question is the subject of a clause, not asked.
  const asSubject = tokens
    .slice(s.last + 1, s.last + 7)
    .some((t) => t.sent === who.sent && t.tags.has('Copula'));
  return !reported && !asSubject && !!verb && verb.sent === who.sent && !WHO_IDIOMS.has(verb.norm);
}

/** Who can be left unheard: "before anyone was asked". */
const HEARERS: ReadonlySet<string> = new Set(
  'anyone anybody everyone everybody engineering'.split(' '),
);

/** The end token of a blaming clause (its subject to its end, at most 14 words), or -1. */
export function blameClauseEnd(tokens: readonly Token[], c: Clause, s: Subject): number {
  let last = Math.min(c.last, s.last + 14);
  // A parenthetical cuts the clause after its verb ("Management was, as usual, only looking at the
  // date"): the predicate runs on in the sentence.
  if (last - s.last <= 2) {
    let k = last;
    // ... up to the next clause word past the parenthetical: "Product, bless them, changed what they
    // wanted every other week, and the usual suspects ..." ends before "and".
    // A clause word right after the cut ("the mobile team, and their APIs ...") starts a clause
    // of its own: the parenthetical is over before it began.
    const next = (j: number) =>
      j >= last && COORDINATORS.has(tokens[j].norm) && !tokens[j + 1]?.tags.has('Adjective');
    while (
      k < tokens.length &&
      k < s.last + 12 &&
      tokens[k].sent === tokens[s.first].sent &&
      !next(k)
    )
      k++;
    last = k;
  }
  // Another party's predicate ends where the speaker takes over: "..., and found we weren't checking".
  if (s.agent === 'other' || s.agent === 'nobody') {
    const mine = tokens
      .slice(s.last, last)
      .findIndex((t, k) => SPEAKER_SUBJECTS.has(t.norm) && !aside(tokens, s.last + k));
    if (mine >= 0) last = s.last + mine;
  }
  const full = last;
  last = runOnEnd(tokens, s, last);
  const blames =
    s.agent === 'other' || s.agent === 'nobody'
      ? otherBlames(tokens, s, last)
      : s.agent === 'dummy' || (s.agent === 'thing' && tokens[s.first].norm !== 'there')
        ? dummyBlames(tokens, s, last) ||
          causedBy(tokens, s, last) ||
          (s.agent === 'thing' && (problemIsParty(tokens, s, last) || doneToUs(tokens, s, last)))
        : causedBy(tokens, s, last);
  if (blames || unheard(tokens, s) || asksWho(tokens, s)) return last;
  // "the contractors who wrote the monolith left us absolute spaghetti": the party's own verb comes
  // after a relative clause that only says which party it is.
  // A pronoun inside the relative clause ("who wrote it had left") starts no run-on clause.
  const main = s.agent === 'other' ? afterRelative(tokens, s, full) : -1;
  if (main < 0) return -1;
  const end = runOnEnd(tokens, { ...s, last: main }, full);
  return otherBlames(tokens, { ...s, last: main, made: false }, end) ? end : -1;
}

/** Finite verbs and auxiliaries that start a main predicate after a relative clause. */
const MAIN_AUX: ReadonlySet<string> = new Set('had has have was were did never'.split(' '));

/** Where the main predicate starts after "<party> who <verb> <object>": the first past verb or
 * auxiliary after the relative clause's object, or -1. */
function afterRelative(tokens: readonly Token[], s: Subject, last: number): number {
  if (tokens[s.last]?.norm !== 'who' || !tokens[s.last + 1]?.tags.has('Verb')) return -1;
  for (let k = s.last + 3; k < Math.min(last, s.last + 9); k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const ended = prev.tags.has('Noun') || prev.tags.has('Pronoun');
    if (ended && (t.tags.has('PastTense') || MAIN_AUX.has(t.norm))) return k;
    if (t.tags.has('Preposition') || CLAUSE_BREAKS.has(t.norm)) return -1;
  }
  return -1;
}
