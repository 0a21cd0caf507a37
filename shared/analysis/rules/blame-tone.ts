import type { Token } from '../tokens';
import { phraseAt, phraseSet } from '../phrase-match';
import { CLAUSE_BREAKS, OPENERS } from '../lists/grammar';
import { FILLER_SOUNDS } from '../lists/fillers';
import {
  ASKED_ABOUT,
  CONCESSIONS,
  CRITICISM_MARKS,
  GOOD_INTENTIONS,
  PEOPLE_NOUNS,
  PRAISE_WORDS,
  RHETORICAL_MARKS,
  RHETORICAL_OPENERS,
  SARCASM_IDIOMS,
  SOFTENERS,
  THANKS,
  THANKS_STRESS,
  THANKED,
  APPRECIATES,
  PRAISE_REMARKS,
  THIRD_PARTY_PRONOUNS,
  IRONIC_ASSENTS,
  ASSENT_TAILS,
  GOOD_OUTCOMES,
} from '../lists/blame-tone';
import { isParty, type Clause } from './blame-clause';

/** A blamed stretch as tokens [first, last). */
export type Range = { first: number; last: number };

const SOFT = phraseSet(SOFTENERS);
const MEANT_WELL = phraseSet(GOOD_INTENTIONS);
const SARCASM = phraseSet(SARCASM_IDIOMS);
const STRESS = phraseSet(THANKS_STRESS);
const PRAISE_REMARK = phraseSet(PRAISE_REMARKS);
const TAILS = phraseSet(ASSENT_TAILS);
const SPEAKER = new Set(['i', 'we']);
/** How far a softened criticism runs at most. */
const REACH = 22;

/** Where a clause's own words start, past openers and filler sounds. */
function lead(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    (OPENERS.has(tokens[k].norm) || FILLER_SOUNDS.has(tokens[k].norm) || tokens[k].text === '')
  )
    k++;
  return k;
}

/** The end of a criticism that starts at `from`: the sentence's end, the speaker taking over ("I"
 * or "we" as a subject) or a clause word after a pause, at most REACH words on. */
function criticismEnd(tokens: readonly Token[], from: number): number {
  const sent = tokens[from]?.sent;
  let k = from;
  while (k < tokens.length && k < from + REACH && tokens[k].sent === sent) {
    if (k > from && SPEAKER.has(tokens[k].norm)) break;
    if (k > from && /,/.test(tokens[k - 1].post) && CLAUSE_BREAKS.has(tokens[k].norm)) break;
    k++;
  }
  return k;
}

/** Praise of people at token i ("great people", "a lovely person", "did their best"): its end, or -1. */
function praiseAt(tokens: readonly Token[], i: number): number {
  const meant = phraseAt(tokens, i, MEANT_WELL);
  if (meant) return meant.last;
  if (!PRAISE_WORDS.has(tokens[i].norm)) return -1;
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    if (tokens[k].sent !== tokens[i].sent) break;
    if (PEOPLE_NOUNS.has(tokens[k].norm)) return k + 1;
    if (!tokens[k].tags.has('Adjective') && !tokens[k].tags.has('Adverb')) break;
  }
  // "a great team, super talented, but": a second praise after a pause, right before the concession.
  const after = tokens[i + 1];
  if (/,/.test(tokens[i - 1]?.post ?? '') && after && CONCESSIONS.has(after.norm)) return i + 1;
  return -1;
}

/** Criticism softened first: "My manager, bless him, insisted on a full postmortem for a one-line
 * change", "Our PM, and I say this with love, writes specs like horoscopes" (a softener only said
 * before a criticism), or "great people, but the mocks showed up three weeks late", "they did their
 * best, but they wrote every lookup as its own round trip" (praise of people conceded with "but"
 * before a clause about a party or its work that finds fault). Not praise of the speaker's own
 * people ("I had a great team, but we ...") nor a "but" clause the speaker leads. */
export function softened(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const soft = phraseAt(tokens, i, SOFT);
    if (soft) {
      // A parenthetical after the party it softens: "My manager, bless him, insisted ...".
      let k = i - 1;
      while (k >= 0 && ['and', 'i', 'but', 'although'].includes(tokens[k].norm)) k--;
      let first = soft.first;
      if (k >= 0 && tokens[k].sent === tokens[i].sent && /,/.test(tokens[k].post)) {
        let s = k;
        while (
          s - 1 >= 0 &&
          tokens[s - 1].sent === tokens[i].sent &&
          !/[,;:]/.test(tokens[s - 1].post)
        )
          s--;
        const host = lead(tokens, s, k + 1);
        if (host <= k && !SPEAKER.has(tokens[host].norm)) first = host;
      }
      const from = lead(tokens, soft.last, tokens.length);
      if (from < tokens.length && tokens[from].sent === tokens[i].sent) {
        const rest = lead(tokens, from, tokens.length);
        if (!SPEAKER.has(tokens[rest]?.norm ?? '')) {
          out.push({ first, last: criticismEnd(tokens, rest) });
          i = soft.last - 1;
          continue;
        }
      }
    }
    const praised = praiseAt(tokens, i);
    if (praised < 0) continue;
    // The speaker's own people: "I had a great team", "our lovely designers".
    const near = tokens.slice(Math.max(0, i - 3), i);
    if (near.some((t) => t.sent === tokens[i].sent && ['i', 'we', 'our', 'my'].includes(t.norm)))
      continue;
    let c = praised;
    while (
      c < tokens.length &&
      c < praised + 10 &&
      tokens[c].sent === tokens[i].sent &&
      !CONCESSIONS.has(tokens[c].norm)
    )
      c++;
    if (!CONCESSIONS.has(tokens[c]?.norm ?? '') || tokens[c].sent !== tokens[i].sent) continue;
    const from = lead(tokens, c + 1, tokens.length);
    if (from >= tokens.length || tokens[from].sent !== tokens[i].sent) continue;
    if (SPEAKER.has(tokens[from].norm) || tokens[from].norm === 'you') continue;
    const last = criticismEnd(tokens, from);
    const clause = tokens.slice(from, last);
    const verbless = !clause.some((t) => t.tags.has('Verb'));
    const faulted =
      isParty(tokens[from]) ||
      ['their', 'his', 'her'].includes(tokens[from].norm) ||
      clause.some((t) => CRITICISM_MARKS.has(t.norm));
    if (!faulted && !(verbless && clause.length <= 4)) continue;
    out.push({ first: i, last });
    i = last - 1;
  }
  return out;
}

/** A word that ends its clause: a pause or a stop after it, the end of its sentence, or a filler
 * or clause word right after it in a transcript without stops ("thanks leadership like right ..."). */
const closes = (tokens: readonly Token[], k: number) =>
  /[,;:.!?]/.test(tokens[k].post) ||
  tokens[k + 1]?.sent !== tokens[k].sent ||
  OPENERS.has(tokens[k + 1].norm) ||
  FILLER_SOUNDS.has(tokens[k + 1].norm);

/** Sarcasm that turns what came before into blame: "Edgewise pushed some config and broke caching
 * for everybody, love that for us", "great, another reorg, thanks leadership". The span runs from
 * the start of the clause it mocks (and of the clause that clause goes on from, when it has no
 * subject of its own) to the end of the remark. */
export function sarcastic(tokens: readonly Token[], clauses: readonly Clause[]): Range[] {
  const out: Range[] = [];
  const clauseAt = (k: number) => clauses.findIndex((c) => c.first <= k && k < c.last);
  for (let i = 0; i < tokens.length; i++) {
    let end = -1;
    const idiom = phraseAt(tokens, i, SARCASM);
    if (idiom && closes(tokens, idiom.last - 1)) end = idiom.last;
    // "..., which, thanks, very helpful", "... figure it out, great, super useful": praise of a
    // party's help as a remark of its own after a pause (not "which was very helpful").
    const praise = phraseAt(tokens, i, PRAISE_REMARK);
    // After a pause, with a "which" or a thanks just before it: "which, great, very helpful".
    const pause =
      i > 0 &&
      /,/.test(tokens[i - 1].post) &&
      (THANKS.has(tokens[i - 1].norm) ||
        tokens.slice(Math.max(0, i - 3), i).some((t) => t.norm === 'which'));
    if (end < 0 && praise && pause && closes(tokens, praise.last - 1)) end = praise.last;
    // "thanks leadership", "thank you, management": thanks said to a party, closing its clause.
    // "thanks a lot for that, amazon", "thank you so much for this, procurement", "really
    // appreciate that, legal": the thanks may be stressed and say what for before the party.
    const appreciate = APPRECIATES.has(tokens[i].norm) && THANKED.has(tokens[i + 1]?.norm ?? '');
    if (end < 0 && (THANKS.has(tokens[i].norm) || appreciate)) {
      let to = tokens[i + 1]?.norm === 'you' || appreciate ? i + 2 : i + 1;
      const stress = phraseAt(tokens, to, STRESS);
      if (stress) to = stress.last;
      const what = tokens[to]?.norm === 'for' && THANKED.has(tokens[to + 1]?.norm ?? '');
      if (what) to += 2;
      const party = tokens[to];
      // Past stress and "for that", any noun that closes the remark is whom it is said to.
      const vocative =
        (!!stress || appreciate) &&
        (what || appreciate) &&
        !!party &&
        party.tags.has('Noun') &&
        !party.tags.has('Pronoun');
      const named =
        !!party &&
        party.sent === tokens[i].sent &&
        (isParty(party) || vocative) &&
        !THIRD_PARTY_PRONOUNS.has(party.norm) &&
        !ASKED_ABOUT.has(party.norm);
      if (named && closes(tokens, to)) end = to + 1;
      // "thanks, platform team" / "thanks leadership team": the party's head goes with it.
      else if (named && PEOPLE_NOUNS.has(tokens[to + 1]?.norm ?? '') && closes(tokens, to + 1))
        end = to + 2;
    }
    // "great review process they have over there": praise of what a party keeps, as an exclamation.
    if (
      end < 0 &&
      PRAISE_WORDS.has(tokens[i].norm) &&
      lead(tokens, clauseStart(tokens, i), i) === i
    )
      end = keptByThem(tokens, i);
    if (end < 0) continue;
    let c = clauseAt(i);
    if (c < 0) continue;
    let first = lead(tokens, clauses[c].first, i);
    // The remark is a clause of its own: it mocks the clause before it in the sentence.
    // "..., which, great, love that for us": short pieces between go with the remark.
    const short = (k: number) => clauses[k].last - clauses[k].first <= 2;
    while (
      (first === i || (c < clauseAt(i) && short(c))) &&
      c > 0 &&
      tokens[clauses[c - 1].first].sent === tokens[i].sent
    ) {
      c--;
      first = lead(tokens, clauses[c].first, clauses[c].last);
      if (SPEAKER.has(tokens[first].norm)) break;
      // "..., and broke caching for everybody": a clause without a subject goes on from the one before.
      const subjectless = tokens[first].tags.has('Verb') && tokens[clauses[c].first].norm === 'and';
      if (subjectless && c > 0 && tokens[clauses[c - 1].first].sent === tokens[i].sent) {
        const prior = lead(tokens, clauses[c - 1].first, clauses[c - 1].last);
        if (!SPEAKER.has(tokens[prior].norm)) first = prior;
      }
    }
    if (SPEAKER.has(tokens[first].norm)) first = i;
    out.push({ first, last: end });
    i = end - 1;
  }
  return out;
}

/** Where the clause of token i starts: after the last pause or stop before it. */
function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1].sent === tokens[i].sent && !/[,;:]/.test(tokens[k - 1].post)) k--;
  return k;
}

/** The end of "<praise> <thing> they have (over there)" closing its clause at token i, or -1. */
function keptByThem(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < i + 6 && k < tokens.length - 1; k++) {
    if (tokens[k].sent !== tokens[i].sent) return -1;
    if (!['they', 'he', 'she'].includes(tokens[k].norm)) continue;
    if (!KEEPS.has(tokens[k + 1].norm) || k === i + 1) return -1;
    let end = k + 2;
    if (tokens[end]?.norm === 'over' && tokens[end + 1]?.norm === 'there') end += 2;
    else if (tokens[end]?.norm === 'there') end += 1;
    return closes(tokens, end - 1) ? end : -1;
  }
  return -1;
}

/** Verbs of what a party keeps or runs: "great process they have". */
const KEEPS: ReadonlySet<string> = new Set('have has run runs got keep keeps'.split(' '));

/** A rhetorical question about another party's reasoning or duty: "what did they think was going to
 * happen?", "whose job is that if not theirs?". A question (it ends with "?") opened by a question
 * word, about a third party and not the speaker, that asks what the party thought or whose duty it
 * was. Not a question about what customers needed. */
export function rhetorical(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    const endOfSentence = tokens[k + 1]?.sent !== tokens[k].sent;
    if (!endOfSentence) continue;
    const first = start;
    start = k + 1;
    if (!tokens[k].post.includes('?')) continue;
    // The question opens the sentence or follows a pause: "I mean, was anybody even counting?"
    let q = lead(tokens, first, k + 1);
    for (let p = k; p > q; p--) if (/[,;:]/.test(tokens[p - 1].post)) q = Math.max(q, p);
    const yesNo = evenAsked(tokens, q, k + 1) ?? whatEven(tokens, first, k + 1);
    if (yesNo) {
      out.push(yesNo);
      continue;
    }
    // The question may close a sentence: "..., and what did they think was going to happen?"
    for (let w = k; w >= first; w--) {
      if (!RHETORICAL_OPENERS.has(tokens[w].norm)) continue;
      const before = tokens[w - 1];
      const opens =
        w === lead(tokens, first, k + 1) ||
        /[,;:]/.test(before?.post ?? '') ||
        CLAUSE_BREAKS.has(before?.norm ?? '') ||
        (before?.norm === 'mean' && tokens[w - 2]?.norm === 'i');
      if (!opens) continue;
      const words = tokens.slice(w, k + 1);
      if (words.some((t) => SPEAKER.has(t.norm) || t.norm === 'you')) break;
      const party = words.some(
        (t) => THIRD_PARTY_PRONOUNS.has(t.norm) || (isParty(t) && !ASKED_ABOUT.has(t.norm)),
      );
      const asks =
        words.some((t) => RHETORICAL_MARKS.has(t.norm)) ||
        words.some((t, j) => t.norm === 'if' && words[j + 1]?.norm === 'not');
      if (party && asks) out.push({ first: w, last: k + 1 });
      break;
    }
  }
  return out;
}

/** Auxiliaries that open a yes/no question: "did anyone even read it?" */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'was were did does do is are has have had'.split(' '),
);

/** Whoever a yes/no question may ask about besides named parties: "was anybody even counting?" */
const ANYONE: ReadonlySet<string> = new Set('anyone anybody'.split(' '));

/** "did anyone over there even open the doc?", "was anybody upstairs even counting?", "does the
 * vendor even test this?": a yes/no question about a party with "even", doubting it did its part
 * at all. Not one about the speaker or "you", nor about customers. */
function evenAsked(tokens: readonly Token[], first: number, end: number): Range | null {
  if (!AUXILIARIES.has(tokens[first]?.norm ?? '')) return null;
  const words = tokens.slice(first + 1, end);
  const who = words.findIndex(
    (t, j) =>
      j < 4 &&
      (ANYONE.has(t.norm) ||
        THIRD_PARTY_PRONOUNS.has(t.norm) ||
        (isParty(t) && !ASKED_ABOUT.has(t.norm))),
  );
  if (who < 0 || words.some((t) => SPEAKER.has(t.norm) || t.norm === 'you')) return null;
  const even = words.findIndex((t, j) => j > who && t.norm === 'even');
  // "did anyone on the data team even look": the party's qualifier may sit between.
  return even > who && even <= who + 6 ? { first, last: end } : null;
}

/** Question words that open "what were they even doing?". */
const WHAT: ReadonlySet<string> = new Set('what why where how'.split(' '));

/** "What were they even doing all quarter, you know?", "why does infra even have a pager?": a
 * question word before the yes/no question about a party with "even", in the sentence's first
 * stretch (a tag like "you know" may close it). */
function whatEven(tokens: readonly Token[], first: number, end: number): Range | null {
  const q = lead(tokens, first, end);
  if (!WHAT.has(tokens[q]?.norm ?? '')) return null;
  let stop = q + 1;
  while (stop < end && !/[,;:]/.test(tokens[stop - 1].post)) stop++;
  const asked = evenAsked(tokens, q + 1, stop);
  return asked ? { first: q, last: asked.last } : null;
}

/** Words that make a party's name an exclamation of its habit: "Classic identity team." */
const TYPICAL: ReadonlySet<string> = new Set('classic typical'.split(' '));

/** "Classic identity team.", "Typical vendor, honestly.": a party named as an exclamation that what
 * it just did was to be expected of it. The phrase opens its clause and closes it. */
export function typicalOf(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TYPICAL.has(tokens[i].norm) || lead(tokens, clauseStart(tokens, i), i) !== i) continue;
    for (let j = i + 1; j < i + 4 && j < tokens.length && tokens[j].sent === tokens[i].sent; j++) {
      if (!isParty(tokens[j]) || THIRD_PARTY_PRONOUNS.has(tokens[j].norm)) continue;
      const head = PEOPLE_NOUNS.has(tokens[j + 1]?.norm ?? '') ? j + 1 : j;
      if (closes(tokens, head)) out.push({ first: i, last: head + 1 });
      break;
    }
  }
  return out;
}

/** Words that may open an ironic assent before it: "which, sure", "like, sure". */
const ASSENT_LEADS: ReadonlySet<string> = new Set(['which', 'like', 'and', 'oh', 'yeah']);

/** "..., which, sure.", "he said that's what the big companies do, which, like, sure, great
 * reasoning", "Which, sure, great, why not.": assent said as a remark of its own (a pause or a stop
 * after it), after another party was told of in the sentence or the one before, and not followed by
 * the speaker's own clause ("Sure, I could have waited" concedes). The span is the remark: from
 * "which" and up to short praise closing the sentence. */
export function assents(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!IRONIC_ASSENTS.has(tokens[i].norm) || !closes(tokens, i)) continue;
    // The remark opens its clause: only leads, fillers and pauses before it.
    let first = i;
    while (
      first > 0 &&
      tokens[first - 1].sent === tokens[i].sent &&
      (ASSENT_LEADS.has(tokens[first - 1].norm) || FILLER_SOUNDS.has(tokens[first - 1].norm)) &&
      (first === i || /,/.test(tokens[first - 1].post) || tokens[first - 1].norm === 'which')
    )
      first--;
    const before = tokens[first - 1];
    if (before && before.sent === tokens[i].sent && !/[,;:]/.test(before.post)) continue;
    // Only "which" and fillers go with the remark: "like" and "and" before it are left out.
    while (first < i && !['which', 'oh', 'yeah'].includes(tokens[first].norm)) first++;
    // Another party told of just before: in the sentence, or the one before it.
    const sent = tokens[i].sent;
    const told = tokens
      .slice(Math.max(0, first - 40), first)
      .some(
        (t) =>
          t.sent >= sent - 1 &&
          (THIRD_PARTY_PRONOUNS.has(t.norm) || (isParty(t) && !ASKED_ABOUT.has(t.norm))),
      );
    if (!told) continue;
    let last = i + 1;
    const next = tokens[last];
    if (next?.sent === sent && SPEAKER.has(next.norm)) continue;
    // "sure, great reasoning", "sure, great, why not": short praise closing the sentence.
    let end = last;
    while (end < tokens.length && tokens[end].sent === sent && end < last + 5) end++;
    const rest = tokens.slice(last, end);
    const closing = end >= tokens.length || tokens[end].sent !== sent;
    const praise =
      rest.length > 0 &&
      (PRAISE_WORDS.has(rest[0].norm) || !!phraseAt(tokens, last, TAILS)) &&
      !rest.some((t, k) => t.tags.has('Verb') && !phraseAt(tokens, last + k, TAILS));
    if (closing && praise) last = end;
    // A bare "Sure." answers; a remark on what was said opens with "which" or closes with praise.
    if (tokens[first].norm !== 'which' && last === i + 1) continue;
    out.push({ first, last });
    i = last - 1;
  }
  return out;
}

/** What a kind of party is pointed at by: "teams like that", "vendors like them". */
const POINTED: ReadonlySet<string> = new Set('that those'.split(' '));
/** What a kind of party goes on to do: "vendors like that need to", "teams like that never". */
const KIND_GOES_ON: ReadonlySet<string> = new Set(
  'need needs never always just will would should can are were'.split(' '),
);

/** "you have to think outside the box with teams like that", "vendors like them never ...": a party
 * named as a kind, to be put up with. The party is a group ("teams", "people", "vendors"). */
export function kindOf(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].norm !== 'like' || !POINTED.has(tokens[i + 1].norm)) continue;
    const group = tokens[i - 1];
    if (group.sent !== tokens[i].sent || !isParty(group) || group.tags.has('Pronoun')) continue;
    if (!group.tags.has('Plural') && !PEOPLE_NOUNS.has(group.norm)) continue;
    // The group's own verb after the pointer, or the phrase closing after a preposition ("with
    // teams like that."; "some vendors like that, ..." likes something).
    const after = tokens[i + 2];
    const object = !!tokens[i - 2]?.tags.has('Preposition') && closes(tokens, i + 1);
    if (!object && !KIND_GOES_ON.has(after?.norm ?? '')) continue;
    const first = tokens[i - 2]?.norm === 'with' ? i - 2 : i - 1;
    out.push({ first, last: i + 2 });
  }
  return out;
}

/** "..., naturally.", "..., predictably.": an ironic adverb closing the sentence after a pause. */
const IRONIC_CLOSES: ReadonlySet<string> = new Set('naturally predictably inevitably'.split(' '));

/** "We'd circle back in a week. Which turned into three weeks, naturally.": what happened, told as
 * to be expected of the party by an ironic adverb after a pause at the sentence's end. A party is
 * told of in the sentence or the one before, and the clause is not the speaker's own ("I missed it,
 * naturally" is self-mockery). The span runs from the start of the clause it closes. */
export function ironicClose(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!IRONIC_CLOSES.has(tokens[i].norm)) continue;
    const ends = !tokens[i + 1] || tokens[i + 1].sent !== tokens[i].sent;
    if (!ends || !/,/.test(tokens[i - 1].post) || tokens[i - 1].sent !== tokens[i].sent) continue;
    const first = lead(tokens, clauseStart(tokens, i - 1), i);
    if (first >= i - 1 || SPEAKER.has(tokens[first].norm)) continue;
    // "the cluster handled it fine, naturally": a good outcome told as expected is no jab.
    if (tokens.slice(first, i).some((t) => GOOD_OUTCOMES.has(t.norm))) continue;
    const sent = tokens[i].sent;
    const told = tokens
      .slice(Math.max(0, first - 40), i)
      .some(
        (t) =>
          t.sent >= sent - 1 &&
          (THIRD_PARTY_PRONOUNS.has(t.norm) || (isParty(t) && !ASKED_ABOUT.has(t.norm))),
      );
    if (told) out.push({ first, last: i + 1 });
  }
  return out;
}

/** Verbs of a party's judging: "decides it's a great time to". */
const JUDGES: ReadonlySet<string> = new Set(
  'decides decided thinks thought figures figured reckons reckoned'.split(' '),
);
/** Praise strong enough to be ironic about a party's timing: "a great time" ("a good time to
 * migrate" may be meant). */
const STRONG_PRAISE: ReadonlySet<string> = new Set(
  'great perfect brilliant fantastic wonderful excellent amazing ideal'.split(' '),
);

/** The timing a party's judging is said to have found, in irony: "a great time", "the perfect
 * moment" ("thought it was a good idea to add a canary" reports a view). */
const OCCASIONS: ReadonlySet<string> = new Set('time moment day'.split(' '));

/** "Kevin from the platform team decides it's a great time to upgrade the ingress controller",
 * "legal figured it was a good moment to add a review": praise of the timing a party judged, said
 * of a party (not the speaker, "I decided it was a good time to refactor"). The span
 * runs from the clause's start to its end. */
export function greatTimeTo(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 1; i < tokens.length - 4; i++) {
    if (!JUDGES.has(tokens[i].norm)) continue;
    let k = i + 1;
    if (tokens[k].norm === 'that') k++;
    if (tokens[k].norm !== 'it') continue;
    k++;
    while (k < i + 5 && (tokens[k].text === '' || ['is', 'was', "'s"].includes(tokens[k].norm)))
      k++;
    if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'the') k++;
    while (k < i + 8 && ['really', 'very', 'super', 'just'].includes(tokens[k]?.norm ?? '')) k++;
    if (!STRONG_PRAISE.has(tokens[k]?.norm ?? '')) continue;
    if (!OCCASIONS.has(tokens[k + 1]?.norm ?? '') || tokens[k + 2]?.norm !== 'to') continue;
    const first = lead(tokens, clauseStart(tokens, i), i);
    const who = tokens.slice(first, i);
    if (who.some((t) => SPEAKER.has(t.norm) || t.norm === 'you')) continue;
    if (!who.some((t) => isParty(t) || THIRD_PARTY_PRONOUNS.has(t.norm))) continue;
    const last = criticismEnd(tokens, k + 2);
    out.push({ first, last });
    i = last - 1;
  }
  return out;
}
