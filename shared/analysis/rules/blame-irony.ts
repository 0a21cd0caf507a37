import type { Token } from '../tokens';
import { NEGATIONS_ALL as NEGATIONS, PERCEPTION, UNIVERSALS } from '../lists/blame-context';
import {
  ANSWER_NOUNS,
  BELIEF,
  EPITHETS,
  EVERY_PROBLEM,
  GIVEN_WHAT,
  HANDED,
  SARCASTIC_NOT,
} from '../lists/blame-irony';
import { isParty, partyOwner } from './blame-clause';
import type { Range } from './blame-tone';
import { pauseAfter } from '../token-context';

// Blame said through irony and innuendo rather than a failure verb: an ironic epithet on what a
// party does ("one of their famous bad days"), the party's one answer to everything, an outcome
// that "speaks for itself", what the speaker was handed as the excuse ("given what we were
// handed"), a question about whether anyone would answered "apparently not", and "I don't think
// they even ...". One pass over the tokens; each check opens on one word.

/** Back from token i to the start of its clause (a pause, a stop), at most `reach` words. */
function clauseStart(tokens: readonly Token[], i: number, reach: number): number {
  let k = i;
  while (k > 0 && k > i - reach && tokens[k - 1].sent === tokens[i].sent) {
    if (pauseAfter(tokens[k - 1])) break;
    k--;
  }
  return k;
}

/** Forward from token i over a noun phrase's words, at most `reach`. */
function phraseEnd(tokens: readonly Token[], i: number, reach: number): number {
  let k = i;
  while (
    k < tokens.length &&
    k < i + reach &&
    tokens[k].sent === tokens[i].sent &&
    (tokens[k].tags.has('Adjective') || tokens[k].tags.has('Noun')) &&
    !tokens[k].tags.has('Pronoun')
  ) {
    k++;
    if (pauseAfter(tokens[k - 1])) break;
  }
  return k;
}

/** "one of their famous bad days", "his trademark Friday deploys": an ironic epithet. */
function epithet(tokens: readonly Token[], i: number): Range | null {
  if (!EPITHETS.has(tokens[i].norm) || !partyOwner(tokens[i - 1])) return null;
  if (tokens[i - 1].sent !== tokens[i].sent) return null;
  const end = phraseEnd(tokens, i + 1, 4);
  if (end === i + 1) return null;
  return { first: clauseStart(tokens, i, 10), last: end };
}

/** "the frontend team's answer to everything was another spinner": one way out for every problem. */
function answerToAll(tokens: readonly Token[], i: number): Range | null {
  if (!ANSWER_NOUNS.has(tokens[i].norm) || !partyOwner(tokens[i - 1])) return null;
  const to = tokens[i + 1]?.norm;
  if ((to !== 'to' && to !== 'for') || !EVERY_PROBLEM.has(tokens[i + 2]?.norm ?? '')) return null;
  let end = i + 3;
  while (end < tokens.length && end < i + 12 && tokens[end].sent === tokens[i].sent) {
    end++;
    if (pauseAfter(tokens[end - 1])) break;
  }
  return { first: clauseStart(tokens, i, 5), last: end };
}

/** "their incident count that quarter speaks for itself": innuendo about a party's record. */
function speaksForItself(tokens: readonly Token[], i: number): Range | null {
  if (!['speaks', 'speak'].includes(tokens[i].norm) || tokens[i + 1]?.norm !== 'for') return null;
  if (!['itself', 'themselves'].includes(tokens[i + 2]?.norm ?? '')) return null;
  for (let k = i - 1; k >= 0 && k >= i - 7 && tokens[k].sent === tokens[i].sent; k--)
    if (partyOwner(tokens[k])) return { first: k, last: i + 3 };
  return null;
}

/** "which is what you get with the cheap tier the client picked", "that's what you get when you let
 * marketing pick the stack": a loss told as the due of a party's choice. The party is named in the
 * same sentence within a few words. */
function whatYouGet(tokens: readonly Token[], i: number): Range | null {
  if (tokens[i].norm !== 'what' || tokens[i + 1]?.norm !== 'you') return null;
  if (!['get', 'got'].includes(tokens[i + 2]?.norm ?? '')) return null;
  const sent = tokens[i].sent;
  for (let k = i + 3; k < i + 12 && tokens[k]?.sent === sent; k++) {
    if (isParty(tokens[k]) && !['you', 'we', 'i'].includes(tokens[k].norm))
      return { first: i, last: k + 1 };
    if (pauseAfter(tokens[k])) break;
  }
  return null;
}

/** "given what we were handed", "considering what I inherited": the excuse is what came in. */
function givenWhat(tokens: readonly Token[], i: number): Range | null {
  if (!GIVEN_WHAT.has(tokens[i].norm) || tokens[i + 1]?.norm !== 'what') return null;
  if (!['we', 'i'].includes(tokens[i + 2]?.norm ?? '')) return null;
  let k = i + 3;
  if (['were', 'was', 'had', 'got'].includes(tokens[k]?.norm ?? '')) k++;
  if (!HANDED.has(tokens[k]?.norm ?? '') || tokens[k].sent !== tokens[i].sent) return null;
  return { first: i, last: k + 1 };
}

/** "Was anyone going to read that section? Apparently not.": a question about whether a party
 * would, answered by the speaker with a sneer. */
function apparentlyNot(tokens: readonly Token[], i: number): Range | null {
  const t = tokens[i];
  if (!SARCASTIC_NOT.has(t.norm)) return null;
  const of = t.norm === 'course' ? 1 : 0;
  if (of && tokens[i - 1]?.norm !== 'of') return null;
  const first = i - of;
  const prev = tokens[first - 1];
  if (!prev || prev.sent === t.sent || !/\?/.test(prev.post)) return null;
  const not = tokens[i + 1];
  if (!not || not.norm !== 'not' || not.sent !== t.sent || tokens[i + 2]?.sent === t.sent)
    return null;
  let q = first - 1;
  while (q > 0 && tokens[q - 1].sent === prev.sent) q--;
  const asked = tokens
    .slice(q, first)
    .some((x) => UNIVERSALS.has(x.norm) || (isParty(x) && !['i', 'we'].includes(x.norm)));
  return asked ? { first: q, last: i + 2 } : null;
}

/** "I don't think anyone on their side even opened it", "I doubt they even read it". */
function notEven(tokens: readonly Token[], i: number): Range | null {
  const verb = tokens[i + 1];
  if (tokens[i].norm !== 'even' || !verb?.tags.has('Verb') || verb.tags.has('Copula')) return null;
  // "I doubt they even noticed the migration": not noticing is what a quiet change hopes for.
  if (PERCEPTION.has(verb.norm)) return null;
  const sent = tokens[i].sent;
  // The belief the speaker doubts or denies, at most eight words back in the sentence.
  let belief = -1;
  for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k].sent === sent; k--)
    if (BELIEF.has(tokens[k].norm)) {
      belief = k;
      break;
    }
  if (belief < 0) return null;
  const doubted =
    tokens[belief].norm === 'doubt' ||
    tokens.slice(Math.max(0, belief - 3), belief).some((x) => NEGATIONS.has(x.norm));
  if (!doubted) return null;
  // Whose act is doubted: the first party or "anyone" after the belief.
  const party = tokens
    .slice(belief + 1, i)
    .findIndex((x) => UNIVERSALS.has(x.norm) || (isParty(x) && x.norm !== 'their'));
  if (party < 0) return null;
  let end = i + 2;
  if (['it', 'them', 'that'].includes(tokens[end]?.norm ?? '')) end++;
  return { first: belief + 1 + party, last: end };
}

/** Blame said through irony or innuendo, as token ranges. */
export function ironies(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const r =
      epithet(tokens, i) ??
      answerToAll(tokens, i) ??
      speaksForItself(tokens, i) ??
      whatYouGet(tokens, i) ??
      givenWhat(tokens, i) ??
      apparentlyNot(tokens, i) ??
      notEven(tokens, i);
    if (r && r.last > r.first) {
      out.push(r);
      i = r.last - 1;
    }
  }
  return out;
}
