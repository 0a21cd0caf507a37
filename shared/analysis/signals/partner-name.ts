// Whether a token names a person who took part in the work (a partner), as opposed to a tool, a
// place, a date or a word of a longer proper name. Kept apart from what the partner contributed
// (partners.ts) because recognising the name is most of the difficulty.
import {
  DEPARTMENT_WORDS,
  FUNCTION_WORDS,
  GROUP_WORDS,
  MEETING_VERBS,
  PLACE_PREPOSITIONS,
  OTHERS_WORDS,
  PARTNER_AFTER,
  PARTNER_BEFORE,
  REACHED_VERBS,
  STOP_WORDS,
  TEAM_CONTRIBUTION_VERBS,
} from '../lists/content-cues';
import { DETERMINERS, OPENERS } from '../lists/grammar';
import { NOT_NAMES } from '../lists/hero';
import { TECH_WORD_SET } from '../tech';
import type { Token } from '../tokens';
import { appositionThenActs, contributionAfter, NAME_TAGS } from './partner-cues';

const isCapitalised = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** A person's name: tagged as one by compromise, or a capitalised word (not the sentence's first)
 * in a partner's place ("paired with Felix", "Priya from the data team", "and Rui wrote the
 * guide"), or, in lower-case speech-to-text, a word paged or asked and placed in a team ("i paged
 * rukmini from the dispatch team"). Never right after a determiner ("the lesson I took"). */
export function isPartnerName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // (Most words are function words, ruled out below: one set look-up settles them first.)
  if (FUNCTION_WORDS.has(t.norm)) return false;
  // Kafka, Jaeger and friends are tools here, whatever compromise's name list says; "Lesson" and
  // "spike" are words of the story.
  // "SKIP LOCKED", "NOT NULL": a word in capitals is a keyword or an acronym, not a name.
  if (
    t.tags.has('Acronym') ||
    t.tags.has('Pronoun') ||
    TECH_WORD_SET.has(t.norm) ||
    NOT_NAMES.has(t.norm) ||
    /^\p{Lu}{2,}$/u.test(t.text)
  )
    return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // "etc. And we added ...": a function word after a full stop the splitter missed; "140 ms": a
  // unit after a number, not "Ms". (Checked first of the cheap tests: most words are function
  // words.)
  if (FUNCTION_WORDS.has(t.norm) || prev?.tags.has('Value') || /\d$/.test(prev?.text ?? ''))
    return false;
  // "Jun from the data team" is a person even where the tagger reads a month.
  const inTeam =
    next !== undefined &&
    /^(from|on)$/.test(next.norm) &&
    after !== undefined &&
    /^(the|my|our|their)$/.test(after.norm) &&
    teamWithin(tokens, i + 3, 3);
  // "Black Friday went fine": a date or one word of a longer proper name is not a person.
  if ((t.tags.has('Date') && !inTeam) || (isCapitalised(t) && next && isCapitalised(next)))
    return false;
  // "Apple Pay launched": the last word of a proper name is a person only after a first name.
  if (
    isCapitalised(t) &&
    prev?.sent === t.sent &&
    isCapitalised(prev) &&
    !NAME_TAGS.some((tag) => prev.tags.has(tag)) &&
    !prev.tags.has('Verb') &&
    !STOP_WORDS.has(prev.norm) &&
    !OPENERS.has(prev.norm) &&
    !/[,;:]/.test(prev.post)
  )
    return false;
  if (OTHERS_WORDS.has(t.norm) || /^(no|some|any|every)(one|body)$/.test(t.norm)) return false;
  // "the FHIR Appointment and Patient resources": a capitalised word naming the noun right after
  // it is a kind of thing, not a person.
  if (
    next !== undefined &&
    next.sent === t.sent &&
    !/[,;:.]/.test(t.post) &&
    next.tags.has('Plural') &&
    !next.tags.has('Verb') &&
    !next.tags.has('PastTense')
  )
    return false;
  const firstOfSentence = !prev || prev.sent !== t.sent;
  if (!firstOfSentence && DETERMINERS.has(prev.norm)) return false;
  // "at a travel site, Skyrest, and I was on call": the name of the place just named.
  if (!firstOfSentence && namesPlaceBefore(tokens, i)) return false;
  // "in a short spike": a lower-case word after a determiner and its adjectives heads a noun
  // phrase.
  if (!isCapitalised(t) && afterDeterminer(tokens, i)) return false;
  // "At Brightcart I ran", "in Apollo, we wrote": a place or a tool after a preposition.
  // ("pulled in Marco": "in" is the verb's particle there.)
  if (!firstOfSentence && PLACE_PREPOSITIONS.has(prev.norm) && !prev.tags.has('Particle'))
    return false;
  // "Priya from the platform team", "Ravi from test infra", "Asha on my team": a person placed in
  // a team or group.
  const placed =
    next !== undefined &&
    PARTNER_AFTER.has(next.norm) &&
    (next.norm === 'who' ||
      next.norm === 'helped' ||
      (after !== undefined &&
        (/^(the|my|our|their)$/.test(after.norm) ||
          (!after.tags.has('Date') &&
            !after.tags.has('Pronoun') &&
            !after.tags.has('Value') &&
            contributionAfter(tokens, i + 2, 3)))));
  // "Priya in finance gave me the invoices": a person placed in a department, doing something.
  const department =
    next?.norm === 'in' &&
    after !== undefined &&
    DEPARTMENT_WORDS.has(after.norm) &&
    contributionAfter(tokens, i + 2, 3);
  // "Karen, our PM, negotiated the scope": a name with its role beside it; "Marek, a contractor
  // who was with us for load testing, wrote a k6 script": a longer one, closed by the verb.
  const appositive =
    /,/.test(t.post) &&
    !t.tags.has('Adverb') &&
    !OPENERS.has(t.norm) &&
    next !== undefined &&
    (/^(our|my|the|their)$/.test(next.norm)
      ? [1, 2, 3].some(
          (d) => tokens[i + 1 + d]?.sent === t.sent && /,/.test(tokens[i + 1 + d].post),
        )
      : /^(a|an)$/.test(next.norm) && appositionThenActs(tokens, i + 1));
  if (NAME_TAGS.some((tag) => t.tags.has(tag)) && (isCapitalised(t) || !firstOfSentence))
    return true;
  // (A lower-case name opening a sentence is judged as lower-case speech is, below.)
  if (isCapitalised(t)) {
    // "with Karpenter" is a tool; "sat with Kemal", "paired with Felix" is a person.
    const met = prev?.norm === 'with' && MEETING_VERBS.has(tokens[i - 2]?.norm ?? '');
    const role = prev !== undefined && PARTNER_BEFORE.has(prev.norm) && prev.norm !== 'with';
    const acts = !firstOfSentence && contributionAfter(tokens, i, 2);
    // "Leila and I wrote the query", "which Elena and I agreed": the name acts with the speaker.
    const withMe = next?.norm === 'and' && after?.norm === 'i';
    // "... two analysts, Maya and Joel. Maya tuned the thresholds with me": a name introduced
    // mid-sentence opens a later one with a verb of help.
    const introduced =
      firstOfSentence &&
      next?.sent === t.sent &&
      TEAM_CONTRIBUTION_VERBS.has(next.norm) &&
      !STOP_WORDS.has(t.norm) &&
      tokens.some(
        (u, k) => k < i && u.norm === t.norm && isCapitalised(u) && tokens[k - 1]?.sent === u.sent,
      );
    // "Kaito reviewed the new version": a capitalised word opening a sentence, before a verb of
    // help with its object, is a person when it is no tool, team or department and the answer
    // never says it in lower case (as it would "Support caught it ... support").
    const opensWithHelp =
      firstOfSentence &&
      next?.sent === t.sent &&
      next.tags.has('PastTense') &&
      TEAM_CONTRIBUTION_VERBS.has(next.norm) &&
      after?.sent === t.sent &&
      !after.tags.has('Preposition') &&
      !STOP_WORDS.has(t.norm) &&
      !t.tags.has('QuestionWord') &&
      !t.tags.has('Adverb') &&
      !OPENERS.has(t.norm) &&
      !/(ever|ly)$/.test(t.norm) &&
      !DEPARTMENT_WORDS.has(t.norm) &&
      !GROUP_WORDS.has(t.norm) &&
      !tokens.some((u) => u.norm === t.norm && !isCapitalised(u));
    return (
      placed ||
      department ||
      appositive ||
      withMe ||
      introduced ||
      opensWithHelp ||
      (!firstOfSentence && (role || met || acts))
    );
  }
  // Lower case: someone the speaker reached ("paged", "asked") who sits in a team, or a name that
  // opens a clause placed in a team or a department and doing part of the work ("maya from
  // support tested each build", "priyanka from finance helped me break the bill down").
  // ("priya on the checkout team changed their fallback": "on" places her only in a team.)
  if (
    !t.tags.has('Noun') ||
    (next?.norm !== 'from' && !(next?.norm === 'on' && teamWithin(tokens, i + 2, 4)))
  )
    return false;
  // In a run-on with no stops the name opens a clause after a verb or a plural noun ("... used
  // priyanka from finance helped me", "... exact fragments maya from support tested"), never
  // after a determiner, an adjective, a preposition or a singular noun ("the data from finance").
  const opens =
    firstOfSentence ||
    /[,;:]/.test(prev.post) ||
    OPENERS.has(prev.norm) ||
    (!DETERMINERS.has(prev.norm) &&
      !prev.tags.has('Adjective') &&
      !prev.tags.has('Preposition') &&
      !prev.tags.has('Pronoun') &&
      !(prev.tags.has('Noun') && !prev.tags.has('Plural')) &&
      !STOP_WORDS.has(t.norm) &&
      !DEPARTMENT_WORDS.has(t.norm));
  return (
    (!firstOfSentence && REACHED_VERBS.has(prev.norm) && teamWithin(tokens, i + 2, 4)) ||
    (opens &&
      !TECH_WORD_SET.has(t.norm) &&
      (DEPARTMENT_WORDS.has(after?.norm ?? '') || teamWithin(tokens, i + 2, 4)) &&
      contributionAfter(tokens, i + 2, 4))
  );
}

/** How far back the preposition of a place named in apposition is looked for. */
const PLACE_APPOSITION_SPAN = 5;

/** The word follows "<at|in> a <noun phrase>," and renames it: "at a travel site, Skyrest". */
function namesPlaceBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!/,/.test(prev.post) || !prev.tags.has('Noun') || NAME_TAGS.some((g) => prev.tags.has(g)))
    return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - PLACE_APPOSITION_SPAN); k--) {
    const u = tokens[k];
    if (u.sent !== tokens[i].sent || /[,;:]/.test(u.post)) return false;
    if (PLACE_PREPOSITIONS.has(u.norm)) return true;
    if (!DETERMINERS.has(u.norm) && !u.tags.has('Adjective') && !u.tags.has('Noun')) return false;
  }
  return false;
}

/** A determiner before the word, with only adjectives between ("a short spike"). */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].sent === tokens[i].sent; k--) {
    if (DETERMINERS.has(tokens[k].norm)) return true;
    if (!tokens[k].tags.has('Adjective') || /[,;:]/.test(tokens[k].post)) return false;
  }
  return false;
}

/** A group word ("team", "squad") within `span` tokens from i, in the same sentence. */
function teamWithin(tokens: readonly Token[], i: number, span: number): boolean {
  for (let j = i; j < i + span && j < tokens.length && tokens[j].sent === tokens[i - 1]?.sent; j++)
    if (GROUP_WORDS.has(tokens[j].norm)) return true;
  return false;
}
