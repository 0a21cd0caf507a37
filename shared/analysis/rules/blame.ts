import {
  BAD_OBJECT_WORDS,
  DEED_FAULTS,
  HABIT_WORDS,
  JUDGEMENT_WORDS,
  BLAME_PHRASES,
  OTHER_PARTY_WORDS,
  PARTY_HEADS,
  SOFT_FAILURES,
  STRONG_FAILURES,
} from '../lists/blame';
import { CLAUSE_BREAKS, COPULAS } from '../lists/grammar';
import { NEGATIONS_ALL as NEGATIONS, CHANGE_VERBS, CHURN, FREQUENCY } from '../lists/blame-context';
import { CHURNING } from '../lists/blame-predicate';
import { phraseAt, phraseSet } from '../phrase-match';
import {
  clausesOf,
  innerSubjects,
  isParty,
  subjectOf,
  supposed,
  type Clause,
  type Subject,
} from './blame-clause';
import {
  denies,
  directs,
  distrusts,
  leftOut,
  obeyed,
  ownedAt,
  passedOn,
  repairsTheirs,
  sneers,
  snubbed,
  chases,
} from './blame-stance';
import { blameClauseEnd } from './blame-predicate';
import {
  assents,
  greatTimeTo,
  ironicClose,
  kindOf,
  rhetorical,
  sarcastic,
  softened,
  typicalOf,
} from './blame-tone';
import { ironies } from './blame-irony';
import { frontedCause } from './blame-cause';
import { isDisclaimer } from './blame-disclaimer';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { spanFinding, type Rule, type RuleContext } from './context';
import { BLAME_REASON, BLAME_SUGGEST } from './reasons';
import { pauseAfter, sameSentence } from '../token-context';
import {
  BETWEEN,
  CARRIED,
  CARRY_STARTS,
  DEFENSIVE_ONLY,
  DUMMIES,
  PLANS,
  SELF_LEAD,
  SERVED,
  PEOPLE_ACTS,
  CONDUCT_CHANGES,
} from '../lists/blame-context';

const PHRASES = phraseSet(BLAME_PHRASES);
/** Question words before a party that make it part of an embedded question, not an agent told of. */
const ASKED: ReadonlySet<string> = new Set('what how why where which whether if'.split(' '));

/** Between a blaming clause and its continuation: a comma or "and" at most. */
const CONTINUATION_GAP = /^[\s,;]*(?:and\s+)?$/i;
/** Between a party's act and a one-word verdict on it: "..., which, you know, classic". */
const VERDICT_GAP = /^[\s,;]*which[\s,]*(?:(?:you know|honestly|frankly|again)[\s,]*)?$/i;
/** A continuation: a mirrored contrast ("not on me") or a remark ("which tells you ..."). */
const CONTINUATION = /^(?:not on|which)\b/i;
/** Between two blaming clauses about the same party: a comma and "so", no stop. */
const CHAIN_GAP = /^,\s*so\s+$/i;
/** A clause about a party already named: "he had no idea". */
const CHAIN = /^(?:he|she|they)\b/i;
/** A remark standing as a clause after a party's act: "..., as usual". */
const HABIT_REMARKS: ReadonlySet<string> = new Set(['as usual', 'as always', 'like always']);
/** A defensive frame that opens the blame after it: "In my defence, the reviewer didn't catch it". */
const FRAME = /(?:^in my defen[cs]e|name names|pointing fingers|point fingers)$/i;
/** How many words from the speaker taking their part a blame still reads as shared. */
const OWN_REACH = 20;
const STRONG = phraseSet(STRONG_FAILURES);
const SOFT = phraseSet(SOFT_FAILURES);

/** Start of the party named just before token i ("the ops team", "QA", "they"), or -1. */
function partyBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && k > i - 5 && tokens[k].sent === tokens[i].sent && BETWEEN.has(tokens[k].norm))
    k--;
  const t = tokens[k];
  if (!t || t.sent !== tokens[i].sent) return -1;
  // "no one missed it" names nobody; "no dropped readings" does not.
  const noOne = t.norm === 'no' && tokens[k + 1]?.norm === 'one';
  if (t.norm === 'nobody' || noOne || OTHER_PARTY_WORDS.has(t.norm))
    return startOfNounPhrase(tokens, k);
  // "the database team" is people; "the database" is not, so only people nouns head a party.
  return PARTY_HEADS.has(t.norm) ? startOfNounPhrase(tokens, k) : -1;
}

/** "they" as a subject right after plural things were the subject ("the requirements changed and
 * then they changed again"), in the same sentence with no party between: the things again. */
function thingAgain(tokens: readonly Token[], s: Subject): boolean {
  if (tokens[s.first].norm !== 'they' || s.last - s.first !== 1) return false;
  const k = s.first;
  let v = k + 1;
  while (v < k + 4 && (tokens[v]?.tags.has('Adverb') || NEGATIONS.has(tokens[v]?.norm ?? ''))) v++;
  if (PEOPLE_ACTS.has(tokens[v]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && j > k - 12 && tokens[j].sent === tokens[k].sent; j--) {
    if (isParty(tokens[j])) return false;
    const t = tokens[j];
    // A plural noun after a determiner, then a finite verb: "the requirements changed".
    const next = tokens[j + 1];
    const finite = ['PastTense', 'Copula', 'Modal'].some((g) => next.tags.has(g));
    const det = [1, 2].some((d) => tokens[j - d]?.tags.has('Determiner'));
    if (t.tags.has('Plural') && !t.tags.has('Pronoun') && finite && det) return true;
  }
  return false;
}

/** "they" at k stands for the people a service is for, named last in its sentence ("merchants
 * found out they had missed ..."), with no other party between. */
function servedBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && k > 0 && tokens[k].norm !== 'they') k--;
  if (tokens[k]?.norm !== 'they') return false;
  for (let j = k - 1; j >= 0 && j > k - 16 && tokens[j].sent === tokens[k].sent; j--) {
    if (SERVED.has(tokens[j].norm)) return true;
    // A party told of as the object ("telling support") is not who "they" are.
    const before = tokens[j - 1];
    const object =
      !!before &&
      (before.tags.has('Verb') || before.tags.has('Preposition') || /ing$/.test(before.norm));
    if ((OTHER_PARTY_WORDS.has(tokens[j].norm) || PARTY_HEADS.has(tokens[j].norm)) && !object)
      return false;
  }
  return false;
}

/** The party that is the subject of the clause ending at token i: "the other team pushed a change
 * without telling us" -> "the other team". Stops at a pause or a clause break. */
function clauseSubjectParty(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k > i - 10 && tokens[k].sent === tokens[i].sent; k--) {
    const t = tokens[k];
    if (pauseAfter(t) || CLAUSE_BREAKS.has(t.norm)) return -1;
    // "nobody felt their request had just been ignored": a passive failure is not the party's act.
    if (t.norm === 'been') return -1;
    const isParty = t.norm === 'nobody' || OTHER_PARTY_WORDS.has(t.norm) || PARTY_HEADS.has(t.norm);
    if (isParty && tokens[k + 1]?.tags.has('Verb')) return startOfNounPhrase(tokens, k);
  }
  return -1;
}

/** "they just wanted the new tooling", "he just wants his name on it": a motive imputed with "just",
 * said by a pronoun in the same sentence right after a clause that blamed ("they just kept closing
 * tickets" tells what they did instead, and is left to the clause before). */
function dismissed(tokens: readonly Token[], before: Clause, c: Clause, s: Subject): boolean {
  if (s.agent !== 'other' || !PRONOUN_AGENTS.has(tokens[s.first].norm)) return false;
  const pause = /[,;:]/.test(tokens[c.first - 1]?.post ?? '');
  if (tokens[before.first].sent !== tokens[c.first].sent || !pause) return false;
  // "he'd just read some blog posts": the auxiliary may come first.
  const at = ['had', 'would'].includes(tokens[s.last]?.norm ?? '') ? s.last + 1 : s.last;
  const just = tokens[at];
  const verb = tokens[at + 1];
  if (just?.norm !== 'just') return false;
  // "he just read some blog post and decided": a view formed from whatever came to hand.
  const whim = !!verb?.tags.has('Verb') && tokens[at + 2]?.norm === 'some';
  return MOTIVES.has(verb?.norm ?? '') || whim;
}

/** Verbs of a motive: "just wanted", "just cared about". */
const MOTIVES: ReadonlySet<string> = new Set('want wants wanted care cares cared'.split(' '));

/** A "because <party>" clause right after a clause of churn in the same sentence: a change verb
 * and a word of repetition ("every week the rules changed", "the scope kept shifting"). */
function churnedBy(tokens: readonly Token[], before: Clause, c: Clause, s: Subject): boolean {
  if (tokens[c.first].norm !== 'because' || (s.agent !== 'other' && s.agent !== 'nobody'))
    return false;
  if (tokens[before.first].sent !== tokens[c.first].sent) return false;
  const words = tokens.slice(before.first, before.last);
  const change = words.some((t) => CHANGE_VERBS.has(t.norm) || CHURNING.has(t.norm));
  const again = words.some((t) => FREQUENCY.has(t.norm) || HABIT_WORDS.has(t.norm));
  // The reason is the party's change of mind ("had a new idea", "wanted another review"), not an
  // event it went through ("because the partner upgraded their platform").
  const whim = tokens.slice(c.first, c.last).some((t) => CHURN.has(t.norm));
  return change && again && whim;
}

/** Pronouns that stand for a party just named. */
const PRONOUN_AGENTS: ReadonlySet<string> = new Set(['they', 'he', 'she']);

/** "like they always did", "as he usually does", "like they always do it": a clause of its own that
 * says the deed before it is what the party always does. */
function habitTag(tokens: readonly Token[], c: Clause): boolean {
  if (c.last - c.first < 3 || c.last - c.first > 5) return false;
  const w = tokens.slice(c.first, c.last).map((t) => t.norm);
  if (!['like', 'as'].includes(w[0]) || !PRONOUN_AGENTS.has(w[1])) return false;
  // "..., as they do": the adverb may be left out.
  if (w.length === 3) return DOES.has(w[2]);
  if (!USUALLY.has(w[2]) || !DOES.has(w[3])) return false;
  return w.length === 4 || ['it', 'that', 'this'].includes(w[4]);
}

/** Adverbs of a party's usual way: "like they always did". */
const USUALLY: ReadonlySet<string> = new Set('always usually normally'.split(' '));
/** Forms of "do" that stand for the deed told before. */
const DOES: ReadonlySet<string> = new Set('do does did'.split(' '));

/** The preposition at k belongs to the noun before it: "blocking between", "requests from". */
const inPhrase = (tokens: readonly Token[], k: number) => {
  const head = tokens[k - 1];
  return !!head && !head.tags.has('Pronoun') && (head.tags.has('Noun') || head.tags.has('Gerund'));
};

/** A clause that says what the speaker's step right before it was for: "so" with no pause after
 * the speaker's past action, and a predicate of an intended state ("weren't answering", "wouldn't
 * have to"). */
function purposeOf(
  tokens: readonly Token[],
  before: Clause | undefined,
  c: Clause,
  s: Subject,
): boolean {
  if (!before || tokens[c.first].norm !== 'so' || before.last !== c.first) return false;
  if (/[,;:]/.test(tokens[c.first - 1].post) || tokens[before.first].sent !== tokens[c.first].sent)
    return false;
  const mine = subjectOf(tokens, before);
  const acted = !!mine && mine.agent === 'speaker' && !!tokens[mine.last]?.tags.has('PastTense');
  if (!acted || tokens[mine.last].tags.has('Copula')) return false;
  const head = tokens.slice(s.last, Math.min(c.last, s.last + 4));
  const neg = head.findIndex((t) => NEGATIONS.has(t.norm));
  if (neg < 0) return false;
  const next = head[neg + 1];
  return (
    !!next && (next.tags.has('Gerund') || (next.norm === 'have' && head[neg + 2]?.norm === 'to'))
  );
}

/** Skipped before a left-out subject's verb: a clause word, or an adverb of degree ("..., like,
 * completely neglected it"). */
const skips = (t: Token) =>
  CLAUSE_BREAKS.has(t.norm) || (t.tags.has('Adverb') && !CARRY_STARTS.has(t.norm));

function startOfNounPhrase(tokens: readonly Token[], k: number): number {
  let s = k;
  while (s - 1 >= 0 && s > k - 3) {
    const t = tokens[s - 1];
    if (t.sent !== tokens[k].sent || pauseAfter(t) || t.tags.has('Pronoun')) break;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner'))) break;
    s--;
  }
  return s;
}

function find({ doc }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  const defensive = new Set<number>();
  const goesOn = new Set<Finding>();
  for (let i = 0; i < tokens.length; i++) {
    const ph = phraseAt(tokens, i, PHRASES);
    if (!ph) continue;
    let first = i;
    while (
      first - 1 >= 0 &&
      first > i - 4 &&
      sameSentence(tokens, first - 1, i) &&
      SELF_LEAD.has(tokens[first - 1].norm)
    )
      first--;
    out.push(spanFinding(doc, 'blame', first, ph.last, BLAME_REASON, BLAME_SUGGEST));
    defensive.add(tokens[i].sent);
    i = ph.last - 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const strong = phraseAt(tokens, i, STRONG);
    const soft = strong ? null : phraseAt(tokens, i, SOFT);
    const hit = strong ?? soft;
    if (!hit) continue;
    const party =
      partyBefore(tokens, i) >= 0
        ? partyBefore(tokens, i)
        : strong
          ? clauseSubjectParty(tokens, i)
          : -1;
    if (party < 0) continue;
    // "release blocking between teams dropped": a party in a noun's phrase is no subject ("halfway
    // through, product kept changing" names one).
    const of = tokens[party - 1];
    if (of?.tags.has('Preposition') && of.sent === tokens[i].sent && inPhrase(tokens, party - 1))
      continue;
    // "a dashboard would have been one more tab they forgot": a failure supposed, not told.
    if (supposed(tokens, party)) continue;
    // A failure verb said of people or a team is blame (taxonomy: "QA missed it"); a system's
    // failure ("the partner API started timing out") never reaches here: systems are not parties.
    const isDefensive = defensive.has(tokens[i].sent);
    if (soft && DEFENSIVE_ONLY.has(soft.phrase) && !isDefensive) continue;
    // "nobody really missed the template": nobody needed it, no failure.
    if (soft && soft.phrase === 'missed' && tokens[party].norm === 'nobody') continue;
    // "merchants kept telling support they missed payroll events": the people served missed what
    // never reached them.
    if (soft && soft.phrase === 'missed' && servedBefore(tokens, i)) continue;
    // "the specs changed and then they kept changing": the things again.
    const they: Subject = { first: party, last: party + 1, agent: 'other', qualified: false };
    if (thingAgain(tokens, they)) continue;
    // "requests to sales ops dropped from 90 a week to 15": a measure moving, not a party failing.
    const moved = tokens.slice(hit.last, hit.last + 3);
    if (soft && moved.some((t) => t.tags.has('Value') || t.norm === 'from')) continue;
    // "the team dropped the feature": dropping a plan is a decision, not a failure.
    const planned = tokens
      .slice(hit.last, hit.last + 3)
      .find((t) => t.tags.has('Noun') || PLANS.has(t.norm));
    if (soft && PLANS.has(planned?.norm ?? '')) continue;
    let end = hit.last;
    const obj = sameSentence(tokens, end, i);
    if (obj && ['it', 'us', 'me', 'that', 'them'].includes(obj.norm)) end++;
    else if (obj?.norm === 'the' && sameSentence(tokens, end + 1, i)?.tags.has('Noun')) end += 2;
    out.push(spanFinding(doc, 'blame', party, end, BLAME_REASON, BLAME_SUGGEST));
    i = end - 1;
  }
  // By structure: who the clause's agent is and what its predicate does to them.
  let prev: Subject | null = null;
  // The last party named as an agent: "the network team, and this is the part they don't want to
  // hear, had never set up a failover" goes on about it past the speaker's aside.
  let party: Subject | null = null;
  // The last clause that blamed: a clause right after it may go on with the complaint.
  let blamedAt = -1;
  // The last clause that denied the speaker's part.
  let deniedAt = -1;
  let counted = out.length;
  const clauses = clausesOf(tokens);
  for (const [ci, c] of clauses.entries()) {
    if (out.length > counted) blamedAt = ci - 1;
    counted = out.length;
    const read = subjectOf(tokens, c);
    // "the requirements changed and then they changed again": the things again, not a party.
    const found = read && thingAgain(tokens, read) ? { ...read, agent: 'thing' as const } : read;
    // "I assigned one person to comms so the engineers weren't answering Slack": what the speaker's
    // step was for, not a party's failure.
    if (found && purposeOf(tokens, clauses[ci - 1], c, found)) {
      prev = found;
      continue;
    }
    // "a dashboard would have been one more tab they forgot": a supposition.
    if (found?.agent === 'other' && supposed(tokens, found.first)) continue;
    const earlier = prev;
    if (
      !found &&
      prev?.agent === 'dummy' &&
      party &&
      // Only when the party stood alone before a pause, waiting for its verb ("the network team, ...").
      pauseAfter(tokens[party.last - 1]) &&
      tokens[party.first].sent === tokens[c.first].sent
    )
      prev = c.first - party.first <= 20 ? party : prev;
    // No subject: "..., without telling anyone, as usual" goes on about the previous clause's party;
    // otherwise ("Once again we got burned by ...") the clause is still read for a cause.
    // "... and then blamed us for the delay": a past verb with its subject left out.
    let lead = c.first;
    while (lead < c.last - 1 && skips(tokens[lead])) lead++;
    const opens = tokens[lead];
    const carried =
      !found &&
      prev &&
      tokens[prev.first].sent === tokens[c.first].sent &&
      CARRIED.has(prev.agent) &&
      !!opens &&
      // "..., which forced me to add a section": "which" goes on about the event, not the party.
      tokens[c.first].norm !== 'which' &&
      (CARRY_STARTS.has(opens.norm) ||
        // "... and didnt tell anyone"; not "no tests, ..." (a list of what was missing).
        (NEGATIONS.has(opens.norm) && opens.norm !== 'no') ||
        // "... and would not answer a single message", "... and couldn't say when".
        (opens.tags.has('Modal') && NEGATIONS.has(tokens[lead + 1]?.norm ?? '')) ||
        (opens.tags.has('PastTense') && !opens.tags.has('Copula')) ||
        // "... and then doing nothing", "... and stop calling everything urgent"; not "when pricing
        // is slow", where the gerund is the clause's own subject before its verb.
        (opens.tags.has('Gerund') && !tokens[lead + 1]?.tags.has('Verb')) ||
        (CONDUCT_CHANGES.has(opens.norm) && !!tokens[lead + 1]?.tags.has('Gerund')));
    const subject: Subject = found ?? {
      first: c.first,
      last: c.first,
      agent: carried && prev ? prev.agent : 'thing',
      qualified: false,
    };
    // "support escalated everything as a p1, as usual": the speaker's remark on a party's habit.
    const short = !found && c.last - c.first <= 3;
    const said = short
      ? tokens
          .slice(c.first, c.last)
          .map((t) => t.norm)
          .join(' ')
      : '';
    // "their status page said nothing, completely useless": a verbless judgement closing the
    // sentence after a clause about a party is the speaker's verdict on it.
    const verdict =
      short &&
      JUDGEMENT_WORDS.has(tokens[c.last - 1].norm) &&
      tokens[c.last]?.sent !== tokens[c.first].sent &&
      !tokens.slice(c.first, c.last).some((t) => t.tags.has('Verb'));
    // "..., like they always did", "..., as he usually does": the deed told as the party's way.
    const asEver =
      habitTag(tokens, c) &&
      !!prev &&
      tokens
        .slice(prev.first, c.first)
        .some(
          (t) =>
            NEGATIONS.has(t.norm) ||
            JUDGEMENT_WORDS.has(t.norm) ||
            BAD_OBJECT_WORDS.has(t.norm) ||
            DEED_FAULTS.has(t.norm),
        );
    if (((short && (HABIT_REMARKS.has(said) || verdict)) || asEver) && prev) {
      if (CARRIED.has(prev.agent) && tokens[prev.first].sent === tokens[c.first].sent)
        out.push(spanFinding(doc, 'blame', prev.first, c.last, BLAME_REASON, BLAME_SUGGEST));
    }
    prev = found ?? prev;
    if (found && CARRIED.has(found.agent)) party = found;
    let end = blameClauseEnd(tokens, c, subject);
    const denial = denies(tokens, c);
    const stance =
      denial ||
      repairsTheirs(tokens, c) ||
      leftOut(tokens, c, subject.first) ||
      distrusts(tokens, c) ||
      obeyed(tokens, c) ||
      directs(tokens, c) ||
      snubbed(tokens, c) ||
      chases(tokens, c) ||
      sneers(tokens, c, !found);
    if (end < 0 && stance) end = c.last;
    // "it wasn't my fault, the DBA team had given me the wrong backup", "it wasn't my call, it was
    // his timeline": the clause right after a denial says where the fault went.
    if (
      end < 0 &&
      found &&
      ci > 0 &&
      deniedAt === ci - 1 &&
      passedOn(tokens, clauses[ci - 1], c, found)
    )
      end = Math.min(c.last, found.last + 14);
    deniedAt = denial ? ci : deniedAt;
    // "every week the rules changed because someone in marketing had a new idea": churn told with
    // a party as its reason is the party's churn.
    if (end < 0 && found && ci > 0 && churnedBy(tokens, clauses[ci - 1], c, found)) {
      out.push(
        spanFinding(doc, 'blame', clauses[ci - 1].first, c.last, BLAME_REASON, BLAME_SUGGEST),
      );
      continue;
    }
    // "Dana's team hadn't even looked at the numbers, they just wanted the new tooling": right
    // after a blamed clause, the same complaint goes on with the party's "just".
    if (
      end < 0 &&
      found &&
      ci > 0 &&
      blamedAt === ci - 1 &&
      dismissed(tokens, clauses[ci - 1], c, found)
    )
      end = c.last;
    // "support escalated everything as a sev one, which was ridiculous": a remark that judges what
    // the party just did.
    const remark =
      found?.agent === 'dummy' &&
      tokens[found.first].norm === 'which' &&
      !!earlier &&
      CARRIED.has(earlier.agent) &&
      tokens[earlier.first].sent === tokens[c.first].sent &&
      tokens
        .slice(found.last, Math.min(c.last, found.last + 4))
        .some((t) => JUDGEMENT_WORDS.has(t.norm));
    // The remark blames the party's act: the span runs from the party on.
    if (end < 0 && remark && earlier) {
      out.push(spanFinding(doc, 'blame', earlier.first, c.last, BLAME_REASON, BLAME_SUGGEST));
      continue;
    }
    let from = subject.last;
    if (end > subject.first) {
      // "Infra had pushed a broker config change and didn't tell anybody": the clause that goes on
      // about a party is blamed from the party on.
      const back = carried && prev && c.first - prev.first <= 16 && prev.first < subject.first;
      const f = spanFinding(
        doc,
        'blame',
        back && prev ? prev.first : subject.first,
        end,
        BLAME_REASON,
        BLAME_SUGGEST,
      );
      out.push(f);
      if (carried && tokens[c.first].norm === 'and') goesOn.add(f);
      // A run-on clause may blame again further on: "which is just how they operate they don't
      // really do change review over there".
      // A dummy right at the cut ("... like that's completely on them") is read on its own.
      from = DUMMIES.has(tokens[end]?.norm ?? '') ? end : end + 1;
    }
    for (const inner of innerSubjects(tokens, c, from)) {
      if (thingAgain(tokens, inner)) continue;
      // "it turned out the network team changed some dns thing and never told anybody": a party
      // inside the clause is who the next clause goes on about.
      // Not one inside a question ("asking what the partner really uses").
      const told = !found || found.agent === 'dummy' || found.agent === 'thing';
      if (told && !ASKED.has(tokens[inner.first - 1]?.norm ?? '')) prev = party = inner;
      const innerEnd = blameClauseEnd(tokens, c, inner);
      if (innerEnd > inner.first)
        out.push(spanFinding(doc, 'blame', inner.first, innerEnd, BLAME_REASON, BLAME_SUGGEST));
    }
    // A dummy subject inside a run-on clause: "... and honestly that one's on them", "... it was
    // totally their fault".
    for (let k = Math.max(from, c.first + 1); k < c.last - 2; k++) {
      // "that one was really on me": "one" goes with the dummy.
      const one = tokens[k + 1].norm === 'one' && tokens[k].norm === 'that' ? 1 : 0;
      if (!DUMMIES.has(tokens[k].norm) || !COPULAS.has(tokens[k + 1 + one]?.norm ?? '')) continue;
      const dummy: Subject = { first: k, last: k + 1 + one, agent: 'dummy', qualified: false };
      const dummyEnd = blameClauseEnd(tokens, c, dummy);
      if (dummyEnd > k)
        out.push(spanFinding(doc, 'blame', k, dummyEnd, BLAME_REASON, BLAME_SUGGEST));
    }
  }
  // By tone: a criticism softened by praise first, sarcasm, a rhetorical question about a party.
  for (const r of [
    ...softened(tokens),
    ...sarcastic(tokens, clauses),
    ...rhetorical(tokens),
    ...typicalOf(tokens),
    ...assents(tokens),
    ...kindOf(tokens),
    ...ironicClose(tokens),
    ...greatTimeTo(tokens),
    ...ironies(tokens),
    ...frontedCause(tokens),
  ])
    if (r.last > r.first)
      out.push(spanFinding(doc, 'blame', r.first, r.last, BLAME_REASON, BLAME_SUGGEST));
  // "the reviewer missed it, but honestly I should have written a test": a teammate's mistake told
  // with the speaker's own part in it is not blame (taxonomy). Denials are kept: they own nothing.
  // Near means the same sentence and a few words: a transcript without stops is one long sentence.
  const owned = ownedAt(tokens);
  const kept = out.filter((f) => {
    const t = tokens.find((x) => x.start >= f.start);
    return !t || !owned.some((k) => tokens[k].sent === t.sent && Math.abs(k - t.i) <= OWN_REACH);
  });
  return joinContinuations(doc.text, kept, goesOn).filter((f) => !isDisclaimer(doc.text, f));
}

/** "that one's on him, not on me", "shipped it with zero retries, which tells you how much they
 * care": a contrast or a remark right after a blaming clause is the same point, one span. */
function joinContinuations(
  text: string,
  found: Finding[],
  goesOn: ReadonlySet<Finding>,
): Finding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Finding[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    const gap = prev && f.start >= prev.end ? text.slice(prev.end, f.start) : null;
    // "the design team came in late and threw half of it out": a clause that goes on about the same
    // party with its subject left out is the same point.
    // "I'm not going to name names, but somebody over there ...": the frame and its blame, one span.
    const framed =
      FRAME.test(prev?.text ?? '') && gap !== null && /^[\s,;]*(?:but\s+)?$/i.test(gap);
    const joins = CONTINUATION.test(f.text) || goesOn.has(f);
    // "he'd never written a line of Python, so he had no idea what ...": the same party again,
    // after a connective and no stop, is the same point.
    const again = gap !== null && CHAIN_GAP.test(gap) && CHAIN.test(f.text);
    // "agreeing in meetings and then doing nothing, which, you know, classic": one point.
    const verdict = gap !== null && VERDICT_GAP.test(gap) && !/\s/.test(f.text.trim());
    if (
      prev &&
      gap !== null &&
      ((CONTINUATION_GAP.test(gap) && joins) || framed || again || verdict)
    ) {
      prev.end = f.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

/** Blame: failures pinned on other people or teams in a defensive tone. */
export const blameRule: Rule = { kind: 'blame', run: find };
