import { CLAUSE_BREAKS, COPULAS } from '../lists/grammar';
import {
  NEGATIONS_ALL as NEGATIONS,
  INFORMED,
  RUN_ON_SUBJECTS,
  SPEAKER_OBJECTS,
  SPEAKER_SUBJECTS,
  THAT_VERBS,
  WH_OR_THAT,
  WHO_IDIOMS,
} from '../lists/blame-context';
import {
  COORDINATORS,
  HELPS,
  DUMMIES_AT,
  HEARERS,
  LOOKED,
  MILD_FAULTS,
  MAIN_AUX,
  RESTARTS,
  WHEN_NOUNS,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import { isParty, type Clause, type Subject } from './blame-clause';
import { cynicalMotive, deliveredLate, promiseBroken, refusedAll, thinBasis } from './blame-basis';
import { causedBy, passedOver, waitedOn } from './blame-cause';
import { betterDemanded, demanded, hindsight } from './blame-demand';
import { dummyBlames, problemIsParty } from './blame-dummy';
import { doneToUs, habitOther, habitual, pinnedOnUs, usualJab, usualLead } from './blame-habit';
import { handedBadly, harmed, leftBehind, receivedBare } from './blame-handover';
import { conductJudged, euphemised, workJudged } from './blame-judgement';
import { leftUndone, nobodyBlames, omitted } from './blame-omission';
import { negated, readPred, stepAfter, type Pred } from './blame-verb';
import {
  excused,
  lackedGrasp,
  ours,
  overloaded,
  ownBoss,
  supposedOnly,
  unforeseen,
  untended,
  wavered,
  wentAlong,
} from './blame-mind';

// The predicate of a clause whose agent is known (blame-clause.ts): where the clause ends, and
// whether what it says of the agent is blame. Each class of predicate has its own file: omission
// (blame-omission.ts), harm and handover (blame-handover.ts), judgement of work or conduct
// (blame-judgement.ts), habit (blame-habit.ts), demand and hindsight (blame-demand.ts), fault named
// or denied by a dummy (blame-dummy.ts), a failure put on a party after the verb or a decision
// passed over people (blame-cause.ts).

/** How a clause with another party (or "nobody") as its agent blames it. What a party made ("their
 * SDK") is judged as work; a party itself by what it left undone, did, handed over, kept doing or
 * owes. Checks past the first line hold for a named party only: "nobody" has its own. */
function otherBlames(tokens: readonly Token[], s: Subject, last: number): boolean {
  const p = readPred(tokens, s, last);
  if (credited(p) || supposedOnly(p) || excused(p) || unforeseen(p)) return false;
  // A party's mind or follow-through is told fairly when the speaker's own step follows in the
  // sentence ("the PM could not decide, so I built a prototype of each").
  const fair = () => tokens[last]?.sent === tokens[s.first].sent && stepAfter(tokens, last);
  // "the other team's service was slow, so I added a cache": how a dependency ran, owned.
  const mild = p.head.some((t) => MILD_FAULTS.has(t.norm)) && fair();
  if (s.made) {
    return (
      usualJab(p) ||
      (workJudged(p) && !mild) ||
      harmed(p) ||
      betterDemanded(p) ||
      pinnedOnUs(tokens, s.last)
    );
  }
  // The speaker's own manager checking in or asking is a manager's job, not a habit to blame.
  const boss = ownBoss(tokens, s);
  if (usualLead(p) || omitted(p) || harmed(p) || handedBadly(p) || hindsight(p)) return true;
  if (!boss && habitual(p)) return true;
  if (s.agent === 'nobody')
    return !describes(p) && (nobodyBlames(p) || ((lackedGrasp(p) || untended(p)) && !fair()));
  return (
    (leftUndone(p) && !(boss && !negated(p.head))) ||
    (!boss && habitOther(p)) ||
    (conductJudged(p) && !mild) ||
    leftBehind(p) ||
    demanded(p) ||
    cynicalMotive(p) ||
    refusedAll(p) ||
    promiseBroken(p) ||
    deliveredLate(p) ||
    ((wavered(p) || lackedGrasp(p) || wentAlong(p) || overloaded(p) || thinBasis(p)) && !fair())
  );
}

/** "special handling that nobody had documented", "an endpoint that nobody used": a relative
 * clause that says which thing, told as the setting; not "a change that nobody had bothered to
 * mention", where the emphasis makes it a complaint. */
function describes({ tokens, s, pred }: Pred): boolean {
  const k = tokens.slice(s.first, s.last).findIndex((t) => t.norm === 'nobody') + s.first;
  const rel = tokens[k - 1];
  const noun = tokens[k - 2];
  if (k < s.first || !rel || !noun || !['that', 'which'].includes(rel.norm)) return false;
  if (/[,;:]/.test(noun.post) || noun.tags.has('Pronoun')) return false;
  if (!noun.tags.has('Noun') && !noun.tags.has('Gerund')) return false;
  return !pred.slice(0, 4).some((t) => /^bother/.test(t.norm) || EMPHASIS.has(t.norm));
}

/** Words that make a relative clause about nobody a complaint: "that nobody ever read". */
const EMPHASIS: ReadonlySet<string> = new Set(['ever', 'even', 'once', 'actually']);

/** "if the platform team had not helped": help a party gave, credited by supposing it away. */
function credited({ tokens, s, pred }: Pred): boolean {
  if (tokens[s.first - 1]?.norm !== 'if') return false;
  const neg = pred.slice(0, 4).findIndex((t) => NEGATIONS.has(t.norm));
  return neg >= 0 && pred.slice(neg + 1, neg + 3).some((t) => HELPS.has(t.norm));
}

/** A failure put on a party by a clause whose subject is not the party: a dummy naming the fault,
 * a thing caused, handed over bare or churned by a party, a decision passed over people. */
function thingBlames(tokens: readonly Token[], s: Subject, last: number): boolean {
  return (
    dummyBlames(tokens, s, last) ||
    causeBlames(tokens, s, last) ||
    (s.agent === 'thing' &&
      (problemIsParty(tokens, s, last) ||
        doneToUs(tokens, s, last) ||
        (!ours(tokens, s) && euphemised(readPred(tokens, s, last)))))
  );
}

/** A failure put on a party after the verb, whoever the subject. */
const causeBlames = (tokens: readonly Token[], s: Subject, last: number) =>
  causedBy(tokens, s, last) ||
  receivedBare(tokens, s, last) ||
  passedOver(tokens, s, last) ||
  (s.agent === 'thing' && waitedOn(tokens, s, last));

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
    // "... the week we kicked off": a time named inside the clause, not a new one.
    const embedded =
      WH_OR_THAT.has(before.norm) ||
      THAT_VERBS.has(before.norm) ||
      before.tags.has('Preposition') ||
      WHEN_NOUNS.has(before.norm);
    if (verb && !embedded && !aside(tokens, k)) return k;
  }
  // "it wasn't really my fault the d b a team never told us", "... my call platform set it up":
  // a named party and its verb start the next clause, from its determiner.
  if (s.agent !== 'dummy') return last;
  for (let k = s.last + 2; k < last - 1; k++) {
    const t = tokens[k];
    if (!isParty(t) || t.tags.has('Pronoun') || RUN_ON_SUBJECTS.has(t.norm)) continue;
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

/** Verbs of hearing people out, told actively: "before anyone asked us", "checked with". */
const ASKED_ACTIVE: ReadonlySet<string> = new Set(
  'asked consulted checked talked spoke'.split(' '),
);

/** "before a single engineer was asked", "before anyone was consulted", "before we were told": a
 * decision made before the people it bound were heard. */
function unheard(tokens: readonly Token[], s: Subject): boolean {
  if (tokens[s.first - 1]?.norm !== 'before') return false;
  const person = s.agent !== 'thing' || HEARERS.has(tokens[s.first].norm);
  if (!person) return false;
  if (COPULAS.has(tokens[s.last]?.norm ?? '') && INFORMED.has(tokens[s.last + 1]?.norm ?? ''))
    return true;
  // "leadership announced the date before a single engineer had seen the designs": the people it
  // bound had not yet looked, and a party (not the speaker) decided first in the sentence.
  const seen = tokens[s.last]?.norm === 'had' && LOOKED.has(tokens[s.last + 1]?.norm ?? '');
  // "the client had booked the launch before anyone asked us": nobody heard the people it bound.
  const asked =
    HEARERS.has(tokens[s.first].norm) &&
    ASKED_ACTIVE.has(tokens[s.last]?.norm ?? '') &&
    tokens
      .slice(s.last + 1, s.last + 4)
      .some((t) => SPEAKER_OBJECTS.has(t.norm) || HEARERS.has(t.norm));
  const sent = tokens[s.first].sent;
  const before = tokens
    .slice(Math.max(0, s.first - 16), s.first - 1)
    .filter((t) => t.sent === sent);
  return (
    (seen || asked) && before.some(isParty) && !before.some((t) => SPEAKER_SUBJECTS.has(t.norm))
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
    // "I mean, who designs ...": a question after the speaker's frame is asked, not reported.
    !(before.norm === 'mean' && tokens[s.first - 2]?.norm === 'i') &&
    (before.tags.has('Verb') || before.tags.has('Noun') || before.tags.has('Preposition'));
  const verb = tokens[s.last];
  // "who owns the job was not clear": the question is the subject of a clause, not asked.
  const asSubject = tokens
    .slice(s.last + 1, s.last + 7)
    .some((t) => t.sent === who.sent && t.tags.has('Copula'));
  return !reported && !asSubject && !!verb && verb.sent === who.sent && !WHO_IDIOMS.has(verb.norm);
}

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
    // Not "the week we kicked off": a time the speaker names inside the party's clause.
    const mine = tokens
      .slice(s.last, last)
      .findIndex(
        (t, k) =>
          SPEAKER_SUBJECTS.has(t.norm) &&
          !aside(tokens, s.last + k) &&
          !WHEN_NOUNS.has(tokens[s.last + k - 1]?.norm ?? ''),
      );
    if (mine >= 0) last = s.last + mine;
  }
  const full = last;
  last = runOnEnd(tokens, s, last);
  const blames =
    s.agent === 'other' || s.agent === 'nobody'
      ? otherBlames(tokens, s, last)
      : s.agent === 'dummy' || (s.agent === 'thing' && tokens[s.first].norm !== 'there')
        ? thingBlames(tokens, s, last)
        : causeBlames(tokens, s, last);
  if (blames || unheard(tokens, s) || asksWho(tokens, s)) return last;
  // "the contractors who wrote the monolith left us absolute spaghetti": the party's own verb comes
  // after a relative clause that only says which party it is.
  // A pronoun inside the relative clause ("who wrote it had left") starts no run-on clause.
  const main = s.agent === 'other' ? afterRelative(tokens, s, full) : -1;
  if (main < 0) return -1;
  const end = runOnEnd(tokens, { ...s, last: main }, full);
  return otherBlames(tokens, { ...s, last: main, made: false }, end) ? end : -1;
}

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
