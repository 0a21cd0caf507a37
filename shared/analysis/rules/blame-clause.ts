import { CLAUSE_BREAKS, COPULAS, OPENERS } from '../lists/grammar';
import { NEGATIONS_ALL as NEGATIONS } from '../lists/blame-context';
import { OTHER_PARTY_WORDS, PARTY_HEADS, PARTY_QUALIFIERS } from '../lists/blame';
import { FILLER_SOUNDS } from '../lists/fillers';
import type { Token } from '../tokens';
import {
  DUMMIES,
  LEADS,
  OTHERS,
  OWN_GROUP,
  QUANTIFIERS,
  FRAMES,
  REMARKS,
  STOP_NP,
  THAT_VERBS,
} from '../lists/blame-context';

/** Who a clause's subject is: the speaker, the speaker's team, another party, "nobody", a dummy
 * "it"/"that" (whose complement names who is responsible), or a thing. */
type Agent = 'speaker' | 'team' | 'other' | 'nobody' | 'dummy' | 'thing';

/** A clause's subject: its tokens [first, last) and who it is. `qualified` is set for "nobody on the
 * sales side", "nobody over there": a nobody from another group. */
export type Subject = {
  first: number;
  last: number;
  agent: Agent;
  qualified: boolean;
  /** The party stands through what it made or owns ("their tokens", "the spec from product"): only a
   * judgement or a bad deliverable blames it, not what the thing did ("their tokens kept expiring"). */
  made?: boolean;
};

/** Teams named bare, with no determiner: "platform never told anyone" (not "the platform"). */
const BARE_TEAMS: ReadonlySet<string> = new Set(['platform']);

/** The speaker as the receiver of a thing: "the spec we got". */
const SPEAKER_SUBJECTS_AT: ReadonlySet<string> = new Set(['we', 'i']);
/** Verbs of receiving what another party made: "the spec we got", "the code we inherited". */
const RECEIVED: ReadonlySet<string> = new Set('got received inherited'.split(' '));

/** What the speaker was handed: "the estimate we were handed". */
const GIVEN: ReadonlySet<string> = new Set('handed given sent passed'.split(' '));

/** Verbs of a party choosing or making a thing: "the tool the previous team picked". */
const CHOSEN: ReadonlySet<string> = new Set(
  'picked chose chosen selected bought built wrote designed'.split(' '),
);

/** Pronouns that start a relative clause naming a party: "the library they chose". */
const PRONOUN_PARTIES: ReadonlySet<string> = new Set('they he she'.split(' '));

/** Possessives that make what follows another party's: "their backlog", "his proposals". */
const OWNERS: ReadonlySet<string> = new Set('their his her'.split(' '));

/** Roles on a rota that name a person when they head the phrase: "the secondary", "the primary". */
const ROLES: ReadonlySet<string> = new Set('secondary primary backup'.split(' '));

/** A clause as tokens [first, last). */
export type Clause = { first: number; last: number };

/** Splits each sentence into clauses after a comma, semicolon or colon, before a clause word
 * ("and", "but", "because", "which") and after a "that" following a verb. */
export function clausesOf(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const cut =
      !t ||
      t.sent !== prev.sent ||
      /[,;:]/.test(prev.post) ||
      (CLAUSE_BREAKS.has(t.norm) &&
        t.norm !== 'or' &&
        // "their SDK is so buggy": "so" after a copula is a degree, not a clause word.
        !(t.norm === 'so' && COPULAS.has(prev.norm)) &&
        (!OBJECT_AFTER.has(tokens[i + 1]?.norm ?? '') ||
          tokens[i + 2]?.norm === 'course' ||
          // "because her plans were ...": "her" as a possessive opens the clause's subject.
          (tokens[i + 1].norm === 'her' && !!tokens[i + 2]?.tags.has('Noun')))) ||
      // "the learning is that other teams ...": after a verb, "that" opens a clause of its own.
      (prev.norm === 'that' &&
        tokens[i - 2]?.tags.has('Verb') &&
        (tokens[i - 2].tags.has('Copula') || THAT_VERBS.has(tokens[i - 2].norm)) &&
        tokens[i - 2].sent === t.sent) ||
      (i - first >= 4 && runOnStart(tokens, i));
    if (cut) {
      if (i > first) out.push({ first, last: i });
      first = i;
    }
  }
  return out;
}

/** Subjects that open the next clause of a transcript without stops. */
const RUN_ON_PRONOUNS: ReadonlySet<string> = new Set('i we they he she'.split(' '));
/** Words after which a pronoun is inside the clause, not the start of the next one. */
const EMBEDS: ReadonlySet<string> = new Set(
  'what how why where when who whom whether if that which because so and but than like as'.split(
    ' ',
  ),
);
/** Fillers and adverbs after which "the blame's ..." or "it wasn't ..." starts afresh. */
const RESTART_WORDS: ReadonlySet<string> = new Set(
  'actually honestly basically anyway like literally seriously'.split(' '),
);

/** Where a transcript without stops starts its next clause at token i: "wasn't my fault i just did
 * what the roadmap said", "more or less actually the blame's really with the vendor", "my call
 * platform set it up", "just garbage like who ships a client like that". */
function runOnStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next || next.sent !== t.sent || prev.text === '') return false;
  // After a denied duty ("wasn't my fault", "not my call"), a new subject starts a new clause.
  if (FAULT_ENDS.has(prev.norm) && tokens[i - 2]?.norm === 'my') {
    if (RUN_ON_PRONOUNS.has(t.norm) || isParty(t) || t.norm === 'the') return true;
  }
  // "... like who ships a client library that never closes its sockets".
  if (t.norm === 'who' && prev.norm === 'like' && verbal(next)) return true;
  // "... actually the blame's really with the vendor", "... honestly it wasn't".
  if (RESTART_WORDS.has(prev.norm) && t.norm === 'the' && FAULT_OPENERS.has(base(next)))
    return true;
  if (!RUN_ON_PRONOUNS.has(t.norm) || !verbal(next) || next.tags.has('Gerund')) return false;
  // "we were just using it how their docs said": the pronoun ends a clause run on from before.
  if (EMBEDS.has(prev.norm) || THAT_VERBS.has(prev.norm) || prev.tags.has('Preposition'))
    return false;
  // "the tool we built", "the docs they handed us": a relative clause after a noun.
  if (prev.tags.has('Noun') || prev.tags.has('Determiner') || prev.tags.has('Adjective'))
    return false;
  return prev.tags.has('Adverb') || prev.tags.has('Verb') || prev.tags.has('Pronoun');
}

/** A verb, a negation or a contraction's hidden verb after a pronoun that may start a clause. */
function verbal(x: Token): boolean {
  return x.tags.has('Verb') || NEGATIONS.has(x.norm) || x.text === '';
}

/** Nouns that close a denial: "wasn't my fault", "not my call". */
const FAULT_ENDS: ReadonlySet<string> = new Set('fault call problem job area decision'.split(' '));
/** Nouns of fault that open a clause: "the blame's really with the vendor". */
const FAULT_OPENERS: ReadonlySet<string> = new Set('blame fault problem'.split(' '));

/** The base of a word without a possessive "'s". */
const base = (t: Token | undefined) => (t?.norm ?? '').replace(/['’]s$/, '');

/** "the team before us", "slipped because of legal": a clause word with an object starts no clause. */
const OBJECT_AFTER = new Set('us me them him her of'.split(' '));

/** A person's name: compromise tags common nouns as surnames ("lesson"), so a surname alone is not. */
const isPerson = (t: Token) =>
  t.tags.has('FirstName') || (t.tags.has('Person') && !t.tags.has('LastName'));

/** A word naming another person or group: "ops", "the vendor", "Dana", "the platform team". */
export const isParty = (t: Token | undefined) =>
  !!t && (OTHER_PARTY_WORDS.has(base(t)) || PARTY_HEADS.has(base(t)) || isPerson(t));

/** A plural party word written without its apostrophe before what it owns, as whisper and hurried
 * typing drop it: "the vendors agent", "the platform teams alerts". English compounds take the
 * singular ("the vendor agent"), so a plural party word modifying a noun is a possessive. Group
 * names that are plural already ("sales", "ops") have no singular party word and do not count. */
const bareOwner = (t: Token | undefined, next: Token | undefined) =>
  !!t &&
  !!next &&
  /[^'’s]s$/.test(t.norm) &&
  (OTHER_PARTY_WORDS.has(t.norm.slice(0, -1)) || PARTY_HEADS.has(t.norm.slice(0, -1))) &&
  next.sent === t.sent &&
  !t.post.trim() &&
  (next.tags.has('Noun') || next.tags.has('Adjective')) &&
  // "the old owners didnt care": the tagger reads a contraction without its apostrophe as a noun.
  !NEGATIONS.has(next.norm) &&
  !/n['’]?t$/.test(next.norm) &&
  !next.tags.has('Pronoun') &&
  !next.tags.has('Copula') &&
  !next.tags.has('Modal') &&
  !next.tags.has('PastTense') &&
  !isParty(next);

/** Another party's possessive: "their", "his", "the vendor's". */
export const partyOwner = (t: Token | undefined) =>
  !!t && (OWNERS.has(t.norm) || (/['’]s$/.test(t.norm) && isParty(t)));

/** The subject at the start of a clause, past openers ("so", "honestly", "to be fair"). */
export function subjectOf(tokens: readonly Token[], c: Clause): Subject | null {
  let i = c.first;
  while (
    i < c.last &&
    (CLAUSE_BREAKS.has(tokens[i].norm) ||
      OPENERS.has(tokens[i].norm) ||
      LEADS.has(tokens[i].norm) ||
      FILLER_SOUNDS.has(tokens[i].norm) ||
      tokens[i].text === '')
  )
    i++;
  // "on top of that the SRE team's runbook was ...": a linking phrase before the subject.
  const onTop =
    tokens[i]?.norm === 'on' && tokens[i + 1]?.norm === 'top' && tokens[i + 2]?.norm === 'of';
  if (onTop && DUMMIES.has(tokens[i + 3]?.norm ?? '') && i + 4 < c.last) i += 4;
  // "which, honestly, is just how they operate": "which" is the subject of its clause.
  const w0 = tokens[c.first]?.norm;
  // "which tells you how much they care": a remark on what came before.
  const remark = COPULAS.has(tokens[i]?.norm ?? '') || REMARKS.has(tokens[i]?.norm ?? '');
  if ((w0 === 'which' || w0 === 'that') && remark)
    return { first: c.first, last: c.first + 1, agent: 'dummy', qualified: false };
  // "I mean it wasn't my call": a restart, not the speaker as subject.
  // "I guess the flag naming is on them", "I think the DBA team needs ...": a frame, not the subject.
  const frame = tokens[i]?.norm === 'i' && FRAMES.has(tokens[i + 1]?.norm ?? '');
  if (frame && i + 2 < c.last && !['i', 'we'].includes(tokens[i + 2].norm)) i += 2;
  // "every meeting the ops leads wanted ...": a time adverbial before the subject.
  const every = tokens[i]?.norm === 'every' && tokens[i + 2]?.tags.has('Determiner');
  if (every && i + 2 < c.last) i += 2;
  const t = tokens[i];
  if (!t || i >= c.last) return null;
  const w = base(t);
  // "platform set it up in utc", "get platform to actually announce": a team named bare.
  if (
    BARE_TEAMS.has(w) &&
    // "my takeaway was that platform ...": "that" opens the clause, it is no determiner.
    !(i > c.first && tokens[i - 1]?.tags.has('Determiner')) &&
    // "platform really needs to tell people": an adverb may sit before the verb.
    (tokens[i + 1]?.tags.has('Verb') ||
      (!!tokens[i + 1]?.tags.has('Adverb') && !!tokens[i + 2]?.tags.has('Verb')))
  )
    return { first: i, last: i + 1, agent: 'other', qualified: false };
  if (w === 'i' || w === 'me') return { first: i, last: i + 1, agent: 'speaker', qualified: false };
  // "the data team, who never want to change anything": a relative clause whose antecedent is a party.
  if (w === 'who' && i === c.first && isParty(tokens[i - 1]))
    return { first: i, last: i + 1, agent: 'other', qualified: false };
  // "I mean, who rotates a secret on a Friday night without telling anyone?": a rhetorical question
  // about whoever did it, in the present.
  const prior = tokens[i - 1]?.sent === tokens[i].sent ? tokens[i - 1] : undefined;
  const asks = tokens[i + 1]?.tags.has('PresentTense') && !prior?.tags.has('Noun');
  if (w === 'who' && asks) return { first: i, last: i + 1, agent: 'other', qualified: false };
  if (OTHERS.has(w)) return { first: i, last: i + 1, agent: 'other', qualified: false };
  // "everyone else just sat around": everybody but the speaker.
  if ((w === 'everyone' || w === 'everybody') && tokens[i + 1]?.norm === 'else')
    return { first: i, last: i + 2, agent: 'other', qualified: false };
  // "some of those teams", "half of them", "the rest of the team": part of a group.
  const q = tokens[i]?.norm === 'the' ? i + 1 : i;
  if (QUANTIFIERS.has(tokens[q]?.norm ?? '') && tokens[q + 1]?.norm === 'of') {
    for (let k = q + 2; k < Math.min(c.last, q + 5); k++) {
      const x = tokens[k];
      if (x.norm === 'them' || isParty(x)) {
        if (OWN_GROUP.has(tokens[k - 1]?.norm ?? '')) break;
        return { first: i, last: k + 1, agent: 'other', qualified: false };
      }
      if (x.tags.has('Copula') || x.tags.has('Modal') || NEGATIONS.has(x.norm)) break;
    }
  }
  if (w === 'we') return { first: i, last: i + 1, agent: 'team', qualified: false };
  if (w === 'nobody' || (w === 'no' && tokens[i + 1]?.norm === 'one')) {
    let last = w === 'no' ? i + 2 : i + 1;
    let qualified = false;
    // "nobody on the sales side", "nobody over there": a qualifier that names another group.
    // "nobody else on the rota": everybody but the speaker.
    if (tokens[last]?.norm === 'else') last++;
    // "nobody there cares", "no one there answered": "there" names the other group's place.
    if (tokens[last]?.norm === 'there' && tokens[last + 1]?.tags.has('Verb')) {
      qualified = true;
      last++;
    }
    const outside = tokens[last]?.norm === 'outside';
    if (['on', 'over', 'in', 'at', 'from', 'outside'].includes(tokens[last]?.norm ?? '')) {
      // "nobody in my team", "nobody on the team": the speaker's own group is not another party.
      // "nobody outside the platform group": everybody else, not a group that failed.
      for (let k = last + 1; k < Math.min(c.last, last + 5) && !outside; k++) {
        // "on the partnerships side": the tagger may read the group's head as a verb.
        // "the billing side": a word read as a verb may modify the head after it.
        const head = PARTY_HEADS.has(base(tokens[k])) || PARTY_HEADS.has(base(tokens[k + 1]));
        if (OWN_GROUP.has(tokens[k].norm) || (tokens[k].tags.has('Verb') && !head)) break;
        const w = base(tokens[k]);
        // "on the identity team": a named group, not "on the team".
        // Not "on the current team": an adjective before the head names no other group.
        const modifier = tokens[k - 1];
        const generic = modifier.tags.has('Adjective') && !modifier.tags.has('Noun');
        const named = PARTY_HEADS.has(w) && k > last + 1 && modifier.norm !== 'the' && !generic;
        if (PARTY_QUALIFIERS.has(w) || OTHER_PARTY_WORDS.has(w) || isPerson(tokens[k]) || named) {
          qualified = true;
          last = k + 1;
        }
      }
      // "nobody on the platform team": the group's head belongs to the subject.
      while (qualified && last < c.last && PARTY_HEADS.has(base(tokens[last]))) last++;
      // "nobody outside the team noticed": the speaker's own group, and the verb after it.
      if (!qualified) {
        const verb = tokens
          .slice(last + 1, Math.min(c.last, last + 6))
          .findIndex((t) => t.tags.has('Verb'));
        if (verb >= 0) last = last + 1 + verb;
      }
    }
    return { first: i, last, agent: 'nobody', qualified };
  }
  // "and that the business needs to ...": "that" opens the clause before the subject's determiner.
  if (w === 'that' && tokens[i + 1]?.norm === 'the' && i + 2 < c.last)
    return subjectOf(tokens, { first: i + 1, last: c.last });
  // "that team", "that customer": a determiner, not a dummy.
  const np = tokens[i + 1]?.tags.has('Noun') && !tokens[i + 1]?.tags.has('Pronoun');
  if (DUMMIES.has(w) && (!np || tokens[i + 1]?.norm === 'one' || i + 1 >= c.last)) {
    const one = tokens[i + 1]?.norm === 'one' ? i + 2 : i + 1;
    return { first: i, last: one, agent: 'dummy', qualified: false };
  }
  if (OTHER_PARTY_WORDS.has(w)) {
    // "somebody on infra", "someone over there": the group qualifies the one who did it.
    let last = i + 1;
    const at = tokens[last]?.norm ?? '';
    if (['somebody', 'someone'].includes(w) && ['on', 'over', 'in', 'from'].includes(at)) {
      for (let k = last + 1; k < Math.min(c.last, last + 4); k++) {
        const x = base(tokens[k]);
        if (OTHER_PARTY_WORDS.has(x) || PARTY_HEADS.has(x) || x === 'there') last = k + 1;
        else if (!['Determiner', 'Adjective', 'Noun'].some((g) => tokens[k].tags.has(g))) break;
      }
    }
    return { first: i, last, agent: 'other', qualified: false };
  }
  // A gerund phrase: "keeping the runbook current was their job".
  if (t.tags.has('Gerund') && i === c.first) {
    const copula = tokens
      .slice(i + 1, Math.min(c.last, i + 6))
      .findIndex((x) => x.tags.has('Copula'));
    if (copula >= 0) return { first: i, last: i + 1 + copula, agent: 'thing', qualified: false };
  }
  // A noun phrase: "the growth PM", "Dana's team", "the other teams", "my team".
  let k = i;
  let party = false;
  let mine = false;
  while (k < c.last && k < i + 5) {
    const x = tokens[k];
    const np =
      x.tags.has('Determiner') ||
      x.tags.has('Adjective') ||
      x.tags.has('Noun') ||
      x.tags.has('Possessive') ||
      x.tags.has('ProperNoun') ||
      // "the naming mess", "the billing job": a gerund modifying the head.
      // "the backend folks": a word the tagger read as a verb, modifying a party's head.
      (k > i && !x.tags.has('Copula') && PARTY_HEADS.has(base(tokens[k + 1]))) ||
      // "the flag naming is on them": a gerund heading the phrase before its verb.
      (x.tags.has('Gerund') &&
        k > i &&
        (!!tokens[k + 1]?.tags.has('Noun') || !!tokens[k + 1]?.tags.has('Copula')));
    const verbLike =
      x.tags.has('Modal') || x.tags.has('Copula') || STOP_NP.has(x.norm) || NEGATIONS.has(x.norm);
    // "the actual on call guy": "on call" is part of the name.
    if (x.norm === 'on' && tokens[k + 1]?.norm === 'call' && k > i) {
      k += 2;
      continue;
    }
    if (!np || verbLike || (x.tags.has('Pronoun') && k > i)) break;
    if (x.norm === 'my' || x.norm === 'our') mine = true;
    // "the secondary didn't answer the page": a role on call, when it heads the phrase.
    const role = ROLES.has(x.norm) && !tokens[k + 1]?.tags.has('Noun');
    // "our product page was slow", "the support queue grew": a party's word modifying a thing
    // names the thing, not the party (unless it owns it: "support's queue").
    // The thing must head the phrase, its verb right after it: the tagger reads many verbs after a
    // party as nouns ("the data team reran", "the old owners didnt care").
    const next = tokens[k + 1];
    const after = tokens[k + 2];
    const modifier =
      k + 2 < c.last &&
      !/['’]s$/.test(x.norm) &&
      !bareOwner(x, next) &&
      !!next?.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      !NEGATIONS.has(next.norm) &&
      !isParty(next) &&
      !PARTY_HEADS.has(base(next)) &&
      !ROLES.has(next.norm) &&
      (!!after?.tags.has('Copula') || !!after?.tags.has('Modal') || !!after?.tags.has('PastTense'));
    if ((isParty(x) && !modifier) || role) party = true;
    k++;
  }
  if (k === i) return null;
  // "the other team's deploy took down checkout": the word after a possessive party is its head,
  // even where the tagger read it as a verb.
  const owner = tokens[k - 1];
  const owned = tokens[k];
  let ownedThing = false;
  if (
    ((/['’]s$/.test(owner.norm) && isParty(owner)) || bareOwner(owner, owned)) &&
    owned &&
    k < c.last &&
    !owned.tags.has('PastTense') &&
    !owned.tags.has('Copula') &&
    !owned.tags.has('Modal')
  ) {
    k++;
    ownedThing = true;
  }
  // "the team before us": where the group sat in time is part of the subject.
  if (tokens[k]?.norm === 'before' && ['us', 'me'].includes(tokens[k + 1]?.norm ?? '')) k += 2;
  // "the requirements from product", "the spec from the other team": a thing of another party.
  let last = k;
  if (!party && ['from', 'of'].includes(tokens[k]?.norm ?? '')) {
    for (let j = k + 1; j < Math.min(c.last, k + 4); j++) {
      if (isParty(tokens[j])) {
        party = true;
        last = j + 1;
        break;
      }
    }
  }
  // "the spec we got", "the code we inherited": a thing handed over by another party.
  const handed =
    !party &&
    SPEAKER_SUBJECTS_AT.has(tokens[k]?.norm ?? '') &&
    k + 2 < c.last &&
    (RECEIVED.has(tokens[k + 1]?.norm ?? '') ||
      // "the estimate we were handed", "the spec I was given".
      (['were', 'was'].includes(tokens[k + 1]?.norm ?? '') &&
        GIVEN.has(tokens[k + 2]?.norm ?? '')));
  const to = RECEIVED.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 3;
  if (handed) return { first: i, last: to, agent: 'other', qualified: false, made: true };
  // "the flag tool the previous team picked", "the library they chose": a thing another party
  // chose or made, told by a relative clause without "that".
  // The party may have been read into the noun phrase ("the system the ops team"): a second
  // determiner or a pronoun starts the relative clause.
  if (!tokens[i].tags.has('Pronoun') && !SPEAKER_SUBJECTS_AT.has(tokens[k]?.norm ?? '')) {
    for (let j = i + 2; j < Math.min(c.last - 2, k + 4); j++) {
      if (!isParty(tokens[j]) || !CHOSEN.has(tokens[j + 1].norm)) continue;
      const inner = tokens
        .slice(i + 1, j + 1)
        .some((t) => t.tags.has('Determiner') || PRONOUN_PARTIES.has(t.norm));
      if (!inner) break;
      return { first: i, last: j + 2, agent: 'other', qualified: false, made: true };
    }
  }
  const made = !party || last > k || ownedThing;
  // "their maintainers", "their backlog": what another party is or made stands for them.
  // "his proposals", "her estimates": a named person's, at the head of the clause.
  if (!party && tokens.slice(i, k).some((x) => OWNERS.has(x.norm))) party = true;
  const agent: Agent = party
    ? mine && base(tokens[k - 1]) === 'team'
      ? 'team'
      : 'other'
    : 'thing';
  // "the partner's engineers": what a party owns may be people too.
  const people = ownedThing
    ? PARTY_HEADS.has(base(tokens[k - 1]))
    : tokens.slice(i, k).some((x) => (isParty(x) || x.tags.has('Actor')) && x.norm !== 'their');
  return { first: i, last, agent, qualified: false, made: agent === 'other' && made && !people };
}

/** The end of a qualifier after "nobody"/"someone": "over there", "on the data team", "on their
 * side"; `last` itself when there is none. */
function qualifierEnd(tokens: readonly Token[], c: Clause, last: number): number {
  if (!['on', 'over', 'in', 'from'].includes(tokens[last]?.norm ?? '')) return last;
  for (let k = last + 1; k < Math.min(c.last, last + 5); k++) {
    const x = base(tokens[k]);
    if (x === 'there' || PARTY_HEADS.has(x) || OTHER_PARTY_WORDS.has(x)) return k + 1;
    if (!['Determiner', 'Adjective', 'Noun', 'Possessive'].some((g) => tokens[k].tags.has(g)))
      break;
  }
  return last;
}

/** "one more tab they forgot": a pronoun party in a relative clause
 * of a noun, in a sentence that supposes ("would have been one more tab they forgot"), names no
 * failure that happened. */
export function supposed(tokens: readonly Token[], party: number): boolean {
  const noun = tokens[party - 1];
  // The tagger may read the noun as a verb ("one more tab they forgot").
  const word = !!noun && (noun.tags.has('Noun') || noun.tags.has('Verb'));
  if (!word || noun.tags.has('Pronoun') || !tokens[party].tags.has('Pronoun')) return false;
  if (isParty(noun) || /[,;:.]/.test(noun.post) || noun.sent !== tokens[party].sent) return false;
  const sent = tokens[party].sent;
  // "would have been": a counterfactual, not the habitual "they'd come back with a question".
  return tokens
    .slice(Math.max(0, party - 8), party)
    .some((t, k, ts) => t.sent === sent && SUPPOSING.has(t.norm) && ts[k + 1]?.norm === 'have');
}

/** Modals that make a sentence a supposition: "would have been", "might have". */
const SUPPOSING: ReadonlySet<string> = new Set(['would', 'might']);

const VERB_START = (t: Token | undefined) =>
  !!t && (t.tags.has('Verb') || t.norm === 'not' || t.norm === 'never' || t.norm === 'just');

/** Other parties acting inside a clause, not only at its start: "it turned out the DBA team dropped
 * the index", "the ops team they never tested it". Each is a party word (with its noun phrase)
 * followed by a verb. */
export function innerSubjects(tokens: readonly Token[], c: Clause, skip: number): Subject[] {
  const out: Subject[] = [];
  for (let k = skip; k < c.last; k++) {
    const t = tokens[k];
    const nobody = t.norm === 'nobody';
    if (!nobody && !isParty(t)) continue;
    let last = k + 1;
    while (last < c.last && PARTY_HEADS.has(base(tokens[last]))) last++;
    // "nobody over there bothered", "someone on the data team forgot": a qualifier of the group.
    if (nobody || ['somebody', 'someone'].includes(t.norm)) last = qualifierEnd(tokens, c, last);
    // Left dislocation: "the ops team, they never test" / "the ops team they never test"; a
    // relative clause: "a contractor who didn't document anything".
    if (['they', 'he', 'she', 'who'].includes(tokens[last]?.norm ?? '') && last > k) last++;
    // "infra really needs to", "the vendor also never": adverbs before the verb.
    let v = last;
    while (v < c.last && v < last + 2 && tokens[v].tags.has('Adverb')) v++;
    // The verb must have something after it in the clause: "were client retries, and" is a noun.
    // An adverb before it marks a verb all the same: "some teams only listen".
    if (!VERB_START(tokens[v]) || (v + 1 >= c.last && v === last)) continue;
    let first = k;
    // A determiner opens the phrase: "at my old company the mobile team was ..." starts at "the".
    while (
      first > c.first &&
      !tokens[first].tags.has('Determiner') &&
      (tokens[first - 1].tags.has('Determiner') ||
        tokens[first - 1].tags.has('Adjective') ||
        // "across twenty teams": a number right before the group is part of its phrase.
        (first === k && tokens[first - 1].tags.has('Value')) ||
        (tokens[first - 1].tags.has('Noun') && !tokens[first - 1].tags.has('Pronoun')))
    )
      first--;
    // "the dashboard for the clients was slow": a party after a preposition is not the subject;
    // "the usual suspects on the partner side never answered": a group qualified by where it sits is.
    // A relative clause names its antecedent wherever it sits: "written by a contractor who didn't".
    const who = tokens[last - 1]?.norm === 'who';
    const prep = tokens[first - 1];
    const sits = ['on', 'over'].includes(prep?.norm ?? '') && !!tokens[first - 2]?.tags.has('Noun');
    if (prep?.tags.has('Preposition') && first > c.first && !who && !sits) continue;
    if (supposed(tokens, k)) continue;
    out.push({ first, last, agent: nobody ? 'nobody' : 'other', qualified: false });
    k = last - 1;
  }
  return out;
}
