/** Structure the we-ownership rule reads: whether an "I" statement says what the speaker did (a step
 * of their own, not talk, convening, a duty or background), how far that step's verbs run, whether
 * another party acts between it and a team "we", and whether the team verb is a step at all. */
import type { Statement } from '../actions';
import { ACTION_PAST, STATIVE_VERBS } from '../lists/action-verbs';
import { OPENERS, SUBJECT_VERB_FILLERS } from '../lists/grammar';
import { OUTCOME_WORDS } from '../lists/vague';
import {
  APPROVALS,
  ATTEMPTS,
  BACKGROUND_BEFORE,
  BLURRED_OBJECTS,
  BLURRING,
  CROWD_QUANTIFIERS,
  CROWD_WORDS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  GENERIC_DO_OBJECTS,
  GENERIC_TEAM_VERBS,
  GOT_AMOUNTS,
  CONVENE_VERBS,
  HANDED_ON,
  EXPLAINING,
  HEDGING_BELIEF,
  INDEFINITE_HEADS,
  LINKING,
  MANNER_VERDICTS,
  MEETING_NOUNS,
  NOT_DONE,
  OBSERVING,
  PAIR_WORDS,
  PAIRING,
  HAPPENING,
  HOSTS,
  INPUT_NOUNS,
  INVERTED,
  LEFT_AS_IS,
  NO_WORK_OBJECTS,
  ON_SPEAKERS_WORK,
  PERSISTING,
  PLACES,
  PROPOSING,
  ROLE_VERBS,
  SPENT,
  THINKING,
  TIME_TAKEN,
  UNCLEAR_STEPS,
  VERDICT_DEGREE,
  WE_NOT_STEPS,
  WENT_CHOOSES,
} from '../lists/we-ownership';
import { OUTCOME_VERBS } from '../lists/star-cues';
import { phraseAt, phraseSet } from '../phrase-match';
import { isClauseStart } from '../token-context';
import type { Token } from '../tokens';

/** Words the verb's object may span when looking for what it acts on. */
const OBJECT_WINDOW = 5;

/** The next few tokens after the verb phrase, in the same sentence and before a comma or stop. */
function objectTokens(tokens: readonly Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < from + OBJECT_WINDOW && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sent !== tokens[from - 1]?.sent) break;
    out.push(t);
    if (/[,;:.!?]/.test(t.post)) break;
  }
  return out;
}

/** "a while", "ages": time taken with no work named (first-word index, built once). */
const TAKEN = phraseSet(TIME_TAKEN);

/** "the sign-off", "budget": what a team receives (first-word index, built once). */
const APPROVAL = phraseSet(APPROVALS);

/** "did my best", "did what I could": a generic do, not a step (first-word index, built once). */
const GENERIC_DO = phraseSet(GENERIC_DO_OBJECTS);
/** "a lot of work", "a bunch of stuff": an object that names no work. */
const NO_WORK = phraseSet(NO_WORK_OBJECTS);

/** The step is put in doubt or is no step of the speaker's: "I think I added indexes" (a belief
 * before it), "more than anything I shipped" (a free relative). */
function doubtedStep(tokens: readonly Token[], s: Statement): boolean {
  const sent = tokens[s.subject].sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
  const b1 = at(s.subject - 1);
  if (!b1 || /[,;:]/.test(b1.post)) return false;
  if (INDEFINITE_HEADS.has(b1.norm)) return true;
  // "I think I", "I guess that I".
  const b = b1.norm === 'that' ? s.subject - 2 : s.subject - 1;
  return HEDGING_BELIEF.has(at(b)?.norm ?? '') && at(b - 1)?.norm === 'i';
}

/** "my manager and I agreed", "the team and I sorted it": a noun phrase that opens the clause,
 * joined to the speaker, is a group acting ("I was the reviewer and I approved it" joins two
 * clauses). */
export function jointSubject(tokens: readonly Token[], s: Statement): boolean {
  return jointStart(tokens, s) >= 0;
}

/** Where the partner joined to the speaker's "I" starts ("Pavel and I", "my tech lead and I"), or -1. */
function jointStart(tokens: readonly Token[], s: Statement): number {
  const sent = tokens[s.subject].sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
  const b1 = at(s.subject - 1);
  const b2 = at(s.subject - 2);
  if (s.actor !== 'i' || b1?.norm !== 'and' || !b2 || /[,;:]/.test(b2.post)) return -1;
  if (!b2.tags.has('Noun') || b2.tags.has('Pronoun')) return -1;
  // Walk back to the phrase's first word: nouns and adjectives, then one determiner or possessive.
  let k = s.subject - 3;
  while (k > s.subject - 6 && at(k) && HEAD_WORD(at(k) as Token)) k--;
  const det = at(k);
  if (det && !/[,;:]/.test(det.post) && (det.tags.has('Possessive') || det.tags.has('Determiner')))
    k--;
  // "a few of the seniors and I": a part of a group.
  if (
    at(k)?.norm === 'of' &&
    (CROWD_QUANTIFIERS.has(at(k - 1)?.norm ?? '') || !!at(k - 1)?.tags.has('Value'))
  ) {
    k -= 2;
    if (at(k)?.norm === 'a' || at(k)?.tags.has('Determiner')) k--;
  }
  if (isClauseStart(tokens, k + 1)) return k + 1;
  // "after four months my manager and I agreed": a possessive opens the phrase after a time.
  const before = at(k);
  return !!at(k + 1)?.tags.has('Possessive') &&
    !!before &&
    !before.tags.has('Verb') &&
    !before.tags.has('Preposition')
    ? k + 1
    : -1;
}

/** "Pavel and I killed the migration", "my lead and I rewrote it": one partner joined to the speaker
 * acting. The step is theirs together, the partner credited, and a "we" right after is the two of
 * them ("the team and I sorted it" is a group, and leaves the speaker's part open). */
export function pairStep(tokens: readonly Token[], s: Statement): boolean {
  const from = jointStart(tokens, s);
  if (from < 0 || s.sense !== 'action' || crowd(tokens, from, s.subject - 1)) return false;
  return isSpeakerStep(tokens, s, true);
}

/** The phrase [from, to) names several people: a crowd word ("everyone", "the team"), a counted
 * group ("some engineers", "a bunch of people") or a plural head ("the product owners"), not two
 * named people ("both leads"). Only the phrase's first noun run is its head ("my manager a few
 * times" is one person). */
function crowd(tokens: readonly Token[], from: number, to: number): boolean {
  // "two of the backend folks", "a few of the seniors": part of a group.
  for (let m = from + 1; m < to; m++)
    if (tokens[m].norm === 'of' && tokens[m + 1]?.tags.has('Determiner')) {
      const q = tokens[m - 1];
      if (CROWD_QUANTIFIERS.has(q.norm) || q.tags.has('Value')) return true;
    }
  let k = from;
  while (k < to && (tokens[k].norm === 'a' || tokens[k].tags.has('Determiner'))) {
    if (PAIR_WORDS.has(tokens[k].norm)) return false;
    k++;
  }
  if (k < to && CROWD_QUANTIFIERS.has(tokens[k].norm)) return true;
  for (let noun = false; k < to; k++) {
    const t = tokens[k];
    if (PAIR_WORDS.has(t.norm)) return false;
    if (CROWD_WORDS.has(t.norm)) return true;
    const isNoun = t.tags.has('Noun') && !t.tags.has('Pronoun');
    if (noun && !isNoun) return false;
    if (isNoun && t.tags.has('Plural')) return true;
    noun ||= isNoun;
  }
  return false;
}

/** How many words a partner after "to" / "with" may span: "a lot of the senior engineers". */
const PARTNER_WORDS = 6;

/** "I talked to a bunch of people", "I checked with everyone", "I sat down with the teams": the
 * speaker's talk was with a crowd, so a "we" after it is the whole group, not the speaker and one
 * partner ("I talked to my manager and we decided" is the two of them). */
function withCrowd(tokens: readonly Token[], s: Statement): boolean {
  const sent = tokens[s.verb].sent;
  // "I spoke with ...": the verb phrase may end with its preposition.
  let k = ['with', 'to'].includes(tokens[s.end - 1].norm) && s.end - 1 > s.verb ? s.end - 1 : s.end;
  if (tokens[k]?.norm === 'down') k++;
  const p = tokens[k];
  if (!p || p.sent !== sent) return false;
  // Talk, or a phrasal verb of contact: "checked in with", "followed up with", "circled back with",
  // "reached out to", or working beside people: "paired with".
  const particle = tokens[k - 1]?.norm;
  const contact =
    (p.norm === 'with' &&
      (['in', 'up', 'back'].includes(particle) || PAIRING.has(tokens[s.verb].norm))) ||
    (p.norm === 'to' && particle === 'out');
  if (!(s.sense === 'interaction' || contact) || (p.norm !== 'with' && p.norm !== 'to'))
    return false;
  let end = k + 1;
  while (end < k + 1 + PARTNER_WORDS && tokens[end]?.sent === sent) {
    const t = tokens[end];
    if (t.norm === 'and' || t.norm === 'to' || t.tags.has('Verb')) break;
    end++;
    if (/[,;:.!?]/.test(t.post)) break;
  }
  return crowd(tokens, k + 1, end);
}

/** A word of a noun phrase after its determiner: "tech", "lead", "new". */
const HEAD_WORD = (t: Token) =>
  !/[,;:]/.test(t.post) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Determiner') &&
  !t.tags.has('Possessive') &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Hyphenated'));

/** "when I logged off", "caught that I'd broken it": the statement sits in a subordinate clause. */
function isBackground(tokens: readonly Token[], s: Statement): boolean {
  const before = tokens[s.subject - 1];
  if (!before || before.sent !== tokens[s.subject].sent || !BACKGROUND_BEFORE.has(before.norm))
    return false;
  // "Jonas rolled out the breaker while I rewrote the query builder": a share of the work, told
  // beside another's.
  if (before.norm === 'while') return false;
  // "after that I made a template": a time, not a subordinate clause.
  return !(before.norm === 'that' && ['after', 'before'].includes(tokens[s.subject - 2]?.norm));
}

/** "I got everyone on a call", "we all jumped on a call", "I opened the incident channel": the verb
 * convenes people; it does not say what was done there. */
function convenes(verb: string, obj: readonly Token[]): boolean {
  const k = obj.findIndex((t) => MEETING_NOUNS.has(t.norm));
  if (k < 0) return false;
  return CONVENE_VERBS.has(verb) || obj.slice(0, k).some((t) => t.tags.has('Preposition'));
}

/** The speaker's account of their own step is put in doubt, hedged or only attempted: "I think I
 * added indexes", "I kind of handled it", "I tried to add a health check". It is no step of theirs,
 * and what the team does next is not covered by an earlier one either: the last word on the
 * speaker's part left it unclear. */
export function blurredAccount(tokens: readonly Token[], s: Statement): boolean {
  if (doubtedStep(tokens, s) || ATTEMPTS.has(tokens[s.verb].norm)) return true;
  const between = tokens
    .slice(s.subject + 1, s.verb)
    .map((t) => t.norm)
    .join(' ');
  return BLURRING.some((h) => ` ${between} `.includes(` ${h} `));
}

/** An "I" statement that says what the speaker did themselves: an action or talk with a partner ("I
 * sat down with my lead and we split it": the "we" is the two of them), not a duty ("I had to"), not
 * background ("when I ..."), not convening ("I got everyone on a call"), not a document ("I wrote a
 * proposal") and not a generic "did". */
export function isSpeakerStep(tokens: readonly Token[], s: Statement, joint = false): boolean {
  if (s.actor !== 'i' || s.obligation) return false;
  if (s.sense !== 'action' && s.sense !== 'interaction') return false;
  if (isBackground(tokens, s) || blurredAccount(tokens, s)) return false;
  if ((!joint && jointSubject(tokens, s)) || withCrowd(tokens, s)) return false;
  const before = tokens[s.subject - 1];
  if (before && before.sent === tokens[s.subject].sent && INVERTED.has(before.norm)) return false;
  const v = tokens[s.verb].norm;
  // "I went through the logs", "I went with smaller batches" are steps; "I went to my director" is not.
  const next = tokens[s.verb + 1];
  if (UNCLEAR_STEPS.has(v) && !(v === 'went' && next && WENT_CHOOSES.has(next.norm))) return false;
  if (PROPOSING.has(v) || NOT_DONE.has(v)) return false;
  // "I led the effort and we rebuilt it": a role, not a step ("I coordinated with the DBA" is talk).
  if (ROLE_VERBS.has(v) && next?.norm !== 'with') return false;
  // "I figured we could do it by hand" is a thought; "I figured out the leak" is a step.
  if (THINKING.has(v) && next?.norm !== 'out') return false;
  // "Tom and I found out we both play bass": learning of it, not a step ("I found the leak" is).
  if (v === 'found' && next?.norm === 'out') return false;
  const after = tokens.slice(s.verb + 1, s.verb + 6).filter((t) => t.sent === tokens[s.verb].sent);
  // "I flagged it to my lead", "I raised this with the DBA": the matter handed on.
  if (
    HANDED_ON.has(v) &&
    after[0]?.tags.has('Pronoun') &&
    (after[1]?.norm === 'to' || after[1]?.norm === 'with')
  )
    return false;
  if (blurredStep(v, after)) return false;
  return isStepVerb(tokens, s.verb, s.end);
}

/** "I made it scale better", "I got things working", "I just kept pushing": a causative whose outcome
 * has no how, or persisting with no work named, blurs what the speaker did. */
function blurredStep(v: string, after: readonly Token[]): boolean {
  const [o, a] = after;
  if (PERSISTING.has(v))
    return (
      (!!o && /ing$/.test(o.norm) && (!a || a.norm === 'and' || /[,;:.]/.test(o.post))) ||
      (o?.norm === 'at' && a?.norm === 'it')
    );
  if (v !== 'made' && v !== 'got') return false;
  // The object: words that name no part of the system ("it", "the whole thing"), then the outcome.
  let k = 0;
  while (k < after.length && BLURRED_OBJECTS.has(after[k].norm) && !/[,;:.]/.test(after[k].post))
    k++;
  if (k === 0) return false;
  const outcome = (t: Token | undefined) =>
    !!t && (OUTCOME_WORDS.has(t.norm) || t.tags.has('Comparative') || t.norm === 'more');
  // "made it work", "got it working", "made it faster", "made it scale better".
  const [x, y] = after.slice(k);
  return outcome(x) || x?.norm === 'work' || x?.norm === 'working' || (!!x && outcome(y));
}

/** The verb at `verb` (phrase ending before `end`) is a step of the speaker's, by its lexicon and
 * what it acts on. */
function isStepVerb(tokens: readonly Token[], verb: number, end: number): boolean {
  const v = tokens[verb].norm;
  const obj = objectTokens(tokens, end);
  // "I jumped on a call": the particle is the preposition.
  if (convenes(v, objectTokens(tokens, verb + 1))) return false;
  if (
    DOCUMENT_VERBS.has(v) &&
    (obj.some((t) => DOCUMENT_NOUNS.has(t.norm)) || inDocument(tokens, end))
  )
    return false;
  // "I brought the graphs to my manager", "I took that to our PM", "I brought it up".
  if ((v === 'brought' || v === 'took') && obj.some((t) => t.norm === 'to' || t.norm === 'up'))
    return false;
  if ((v === 'did' || v === 'do') && phraseAt(obj, 0, GENERIC_DO)) return false;
  return true;
}

/** How far a document may sit after the verb: "wrote up the three definitions in a one page doc". */
const DOCUMENT_WINDOW = 10;

/** "I wrote up the definitions in a one page doc": the object goes into a document, in its clause. */
function inDocument(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from - 1]?.sent;
  for (let k = from; k < from + DOCUMENT_WINDOW && tokens[k]?.sent === sent; k++) {
    const t = tokens[k];
    if (t.norm === 'and' || /[,;:.]/.test(tokens[k - 1].post)) return false;
    if ((t.norm === 'in' || t.norm === 'into') && tokens[k + 1]?.tags.has('Determiner')) {
      for (let m = k + 2; m < k + 6 && tokens[m]?.sent === sent; m++) {
        if (DOCUMENT_NOUNS.has(tokens[m].norm)) return true;
        if (/[,;:.]/.test(tokens[m].post)) break;
      }
    }
  }
  return false;
}

/** Tokens between two verbs of one chain ("..., raised the grace period for the job pods, and switched"). */
const CHAIN_GAP = 25;

/** "I changed the shutdown, raised the grace period and switched to reliable fetch": the step runs
 * on through verbs joined by "and" or a comma with no new subject. Returns the last verb's index. */
export function chainEnd(tokens: readonly Token[], verb: number, limit: number): number {
  const verbs = chainVerbs(tokens, verb, limit);
  return verbs[verbs.length - 1];
}

/** The verbs of the speaker's step, from its first to the last one joined to it. */
function chainVerbs(tokens: readonly Token[], verb: number, limit: number): number[] {
  const out = [verb];
  for (let k = verb + 1; k < limit && tokens[k].sent === tokens[verb].sent; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const joined = prev.norm === 'and' || /,/.test(prev.post);
    if (
      joined &&
      t.tags.has('PastTense') &&
      ACTION_PAST.has(t.norm) &&
      k - out[out.length - 1] <= CHAIN_GAP
    )
      out.push(k);
    if (t.norm === 'i' || t.norm === 'we') break;
  }
  return out;
}

/** "I looked at the dashboards", "I checked the logs and watched the graphs": every verb of the
 * speaker's step only looks. The fix or choice told next as "we" is not shown to be the speaker's
 * ("I looked at the traces and found the N+1" found something, and is a step). */
export function onlyLooked(tokens: readonly Token[], verb: number, limit: number): boolean {
  // "I checked in with my lead" is talk, not a look.
  return chainVerbs(tokens, verb, limit).every(
    (k) => OBSERVING.has(tokens[k].norm) && !['in', 'with'].includes(tokens[k + 1]?.norm),
  );
}

/** Words before a verb that keep it in the speaker's chain or out of a main clause. */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(
  'and or but so then to i we me us you had have has was were be been being not that which who what'.split(
    ' ',
  ),
);

/** Between the speaker's step and a team "we", another subject acts ("it locked the whole table",
 * "orders started failing", "Rachel took the scope change to the customer", "every pod opened fifty
 * connections"): the "we" is no longer the speaker's step continued. A state ("errors were back to
 * normal"), a measure moving ("latency dropped"), a participle ("flags stored in Postgres"), a clause that explains ("because the jobs
 * raced", "so a replay is harmless") and a party's review of the speaker's work ("Dimitri reviewed
 * it") are not a new actor. */
export function otherActsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (INPUT_NOUNS.has(t.norm) && othersInput(tokens, from, k)) return true;
    if (!t.tags.has('PastTense') || t.tags.has('Gerund') || t.tags.has('Copula')) continue;
    if (LINKING.has(t.norm) || STATIVE_VERBS.has(t.norm) || ON_SPEAKERS_WORK.has(t.norm)) continue;
    if (OUTCOME_VERBS.has(t.norm)) continue;
    const next = tokens[k + 1];
    if (next && next.sent === t.sent && next.tags.has('Preposition')) continue;
    let p = k - 1;
    while (p > from && SUBJECT_VERB_FILLERS.has(tokens[p].norm)) p--;
    const prev = tokens[p];
    if (p <= from || prev.sent !== t.sent || /[,;:]/.test(prev.post)) continue;
    if (NOT_A_SUBJECT.has(prev.norm) || OPENERS.has(prev.norm)) continue;
    if (prev.tags.has('Preposition') || prev.tags.has('Determiner') || prev.tags.has('Adverb'))
      continue;
    // A plural noun the tagger read as a verb ("orders started failing") is a subject too.
    const noun =
      prev.tags.has('Noun') ||
      prev.tags.has('Pronoun') ||
      (prev.tags.has('PresentTense') && /s$/.test(prev.norm));
    if (!noun) continue;
    // "it took a while": the story's clock.
    if (prev.norm === 'it' && (t.norm === 'took' || t.norm === 'cost')) continue;
    let explains = false;
    for (let b = p - 1; b >= Math.max(from + 1, p - 4); b--) {
      if (EXPLAINING.has(tokens[b].norm)) explains = true;
      if (/[,;:]/.test(tokens[b].post) || tokens[b].norm === 'and') break;
    }
    if (!explains) return true;
  }
  return false;
}

/** "the team had a few ideas for the rest", "there was a long discussion in the team": an idea or a
 * discussion whose clause is not the speaker's ("I had an idea" is). */
function othersInput(tokens: readonly Token[], from: number, k: number): boolean {
  for (let b = k - 1; b > from && b >= k - 6; b--) {
    const t = tokens[b];
    if (t.norm === 'i' || t.norm === 'my') return false;
    if (/[,;:.]/.test(t.post) || t.norm === 'and' || t.norm === 'so') break;
  }
  return true;
}

/** "we handled it pretty well overall", "we handled it as well as anyone could have": after the verb,
 * a pronoun object then a verdict on how the team did. The sentence judges, it tells no step ("we
 * added alerting as well" names its work). */
function verdictAfter(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from - 1]?.sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
  let k = from;
  if (at(k)?.norm === 'up' || at(k)?.norm === 'through') k++;
  const o = at(k);
  if (!o || !BLURRED_OBJECTS.has(o.norm) || /[,;:.]/.test(o.post)) return false;
  k++;
  while (at(k) && VERDICT_DEGREE.has((at(k) as Token).norm)) k++;
  const v = at(k);
  if (!v) return false;
  if (v.norm === 'as') return at(k + 1)?.norm === 'well' && at(k + 2)?.norm === 'as';
  return MANNER_VERDICTS.has(v.norm);
}

/** How far after "ran" its host may sit ("ran the whole bidder fleet on about 200 nodes"). */
const HOST_WINDOW = 8;

/** "we ran the bidder on about 200 nodes", "ran it on fewer machines": "on" + a host a few words on. */
function hostedOn(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from - 1]?.sent;
  let on = -1;
  for (let k = from; k < from + HOST_WINDOW && tokens[k]?.sent === sent; k++) {
    if (tokens[k].norm === 'on') on = k;
    else if (on >= 0 && k - on <= 4 && HOSTS.has(tokens[k].norm)) return true;
    if (/[,;:.]/.test(tokens[k].post)) break;
  }
  return false;
}

/** The team verb is an engineering step: not showing or talking ("we showed it around"), taking a
 * cost ("we accepted that"), a time spent with no work named ("we spent four months on it"),
 * movement ("we went back to the old search") or a comparison received ("we got way fewer pages"). */
export function isTeamStep(tokens: readonly Token[], s: Statement): boolean {
  const v = tokens[s.verb].norm;
  if (WE_NOT_STEPS.has(v)) return false;
  // "the ramen place we'd booked", "what we had projected": the past before the story, not a step.
  if (tokens[s.verb - 1]?.norm === 'had' && tokens[s.verb].tags.has('PastTense')) return false;
  const obj = objectTokens(tokens, s.verb + 1);
  if (convenes(v, obj)) return false;
  // "we did a lot of work on it", "we looked at a bunch of stuff".
  const from = s.end - s.verb - 1 + (obj[s.end - s.verb - 1]?.tags.has('Preposition') ? 1 : 0);
  if (GENERIC_TEAM_VERBS.has(v) && phraseAt(obj, from, NO_WORK)) return false;
  if (verdictAfter(tokens, s.end)) return false;
  if (v === 'went') return !!obj[0] && WENT_CHOOSES.has(obj[0].norm);
  // "we made it in the end", "we made it to launch": got there, not a step ("we made it work" is).
  if (v === 'made' && obj[0]?.norm === 'it' && (!obj[1] || obj[1].tags.has('Preposition')))
    return false;
  if (v === 'moved' && obj.some((t) => PLACES.has(t.norm))) return false;
  // "so we left that and shipped the fix": left as it was.
  if (LEFT_AS_IS.has(v) && (!obj[0] || BLURRED_OBJECTS.has(obj[0].norm))) return false;
  if (v === 'ran' && hostedOn(tokens, s.end)) return false;
  if ((v === 'started' || v === 'began' || v === 'kept') && obj[0] && HAPPENING.has(obj[0].norm))
    return false;
  // "we figured it was the DNS", "we assumed the cache was warm": a belief ("we figured it out" is a
  // step); "we missed the deadline", "we forgot the runbook": a failure, not a step.
  if (NOT_DONE.has(v)) return false;
  if (THINKING.has(v) && obj[0]?.norm !== 'out' && obj[1]?.norm !== 'out') return false;
  // "we took a while to find it": the story's clock.
  if (v === 'took' && phraseAt(obj, 0, TAKEN)) return false;
  if (v === SPENT) return obj.some((t) => t.tags.has('Gerund'));
  // "we found out when a model broke", "we found that out in a demo": learning of it, not a step.
  if (
    v === 'found' &&
    (obj[0]?.norm === 'out' || (BLURRED_OBJECTS.has(obj[0]?.norm ?? '') && obj[1]?.norm === 'out'))
  )
    return false;
  // "the cases we did by hand": "did" with no object names no work.
  if (v === 'did' && (!obj[0] || obj[0].tags.has('Preposition'))) return false;
  if (v === 'got') {
    // "we got the sign-off", "we got budget for it": received, not done.
    if (obj.slice(0, 3).some((_, k) => phraseAt(obj, k, APPROVAL))) return false;
    return !obj.some((t) => GOT_AMOUNTS.has(t.norm) || t.tags.has('Comparative'));
  }
  return true;
}
