import { BAD_OBJECT_WORDS, JUDGEMENT_WORDS } from '../lists/blame';
import { CLAUSE_BREAKS, COPULAS } from '../lists/grammar';
import { FILLER_SOUNDS } from '../lists/fillers';
import {
  CARE_NOUNS,
  EUPHEMISMS,
  MANNER_FAULTS,
  NONE,
  NOTHING,
  SPEAKER_OBJECTS,
  WH_WORDS,
  STATES,
  SYSTEM_VERBS,
  TRAITS,
} from '../lists/blame-context';
import {
  HAS,
  MEASURE_HEADS,
  OPINIONS,
  SARCASTIC_PRAISE,
  STALE_UNITS,
  STALE_WORDS,
  USELESS_NOUNS,
  WORK_FAULTS,
  WORST,
  AMOUNTS,
  EXPERIENCED,
  JUDGEMENT_PHRASES,
  WORK_VIRTUES,
  USERS,
  PROCESS_NOUNS,
  RELATIVE_FAULTS,
  RECEIVED,
  MOTIVE_PHRASES,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import { hasPhrase, negated, stepAfter, type Pred } from './blame-verb';

// Judgement: a party, or what it made, judged by a word of quality: after a copula ("was sloppy"),
// as the object it handed over ("gave us bad data"), as stale or the worst, or in the manner of
// its doing ("configured it all wrong"). A judgement of the speaker's own work is not blame, so
// these read a party's clause, or a clause about what a party made.

/** What a party made, judged: "their SDK was garbage", "the vendor's docs were two versions
 * behind", "has the worst UI ever built", "gave us bad data". */
export function workJudged({ tokens, s, last, pred, head, v }: Pred): boolean {
  return (
    // "his laptop was slow": how a thing ran is no judgement of whose it is.
    judged(pred, head, EXPERIENCED) ||
    stale(pred.slice(0, 7)) ||
    worst(pred) ||
    virtueDenied(pred, head) ||
    badDeliverable(tokens, v, last) ||
    poorWork(pred, head, tokens[s.last - 1]?.norm ?? '')
  );
}

/** "the requirement from finance was not clear", "their docs weren't accurate": what a party made,
 * denied a quality it owed. */
function virtueDenied(pred: readonly Token[], head: readonly Token[]): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  if (copula < 0 || !negated(pred.slice(copula, copula + 3))) return false;
  return pred.slice(copula + 1, copula + 5).some((t) => WORK_VIRTUES.has(t.norm));
}

/** "their library was really bad", "the vendor's SDK is so buggy": the quality of what a party
 * made judged after a copula. Not a measure ("their latency was bad" says how a system ran). */
function poorWork(pred: readonly Token[], head: readonly Token[], made: string): boolean {
  if (MEASURE_HEADS.has(made)) return false;
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  if (copula < 0 || negated(pred.slice(copula, copula + 3))) return false;
  // "their review process is just broken": a way of working judged, not a system down.
  const process = PROCESS_NOUNS.has(made);
  return pred
    .slice(copula + 1, copula + 4)
    .some((t) => WORK_FAULTS.has(t.norm) || (process && t.norm === 'broken'));
}

/** "The model was, let's be generous, not great", "the spec was, to put it mildly, thin": a thing
 * judged after a euphemism the speaker announces, whoever made it. */
export function euphemised({ head, pred }: Pred): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  if (copula < 0) return false;
  const after = pred.slice(copula + 1, copula + 8);
  return EUPHEMISMS.some((p) => hasPhrase(after, p));
}

/** A named party's conduct judged: "the PM was being pushy", "did a pretty poor job", "was hitting
 * our api all wrong"; a possessive party's work judged stale or the worst. */
export function conductJudged({ tokens, s, last, pred, head, v }: Pred): boolean {
  // "not something they were doing wrong", "nothing the vendor did badly": the fault denied before
  // the party is named.
  if (negated(tokens.slice(Math.max(0, s.first - 3), s.first))) return false;
  // "did nothing wrong": a fault denied, not judged.
  if (pred.slice(0, 6).some((t, k) => NOTHING.has(t.norm) && pred[k + 1]?.norm === 'wrong'))
    return false;
  // "other customers became slow": what the people served went through, not how they behaved.
  const served = USERS.has(tokens[s.last - 1]?.norm ?? '');
  if (served && head.some((t) => EXPERIENCED.has(t.norm))) return false;
  if (judged(pred, head) || badDeliverable(tokens, v, last) || lateWith(tokens, pred, head))
    return true;
  // "were more interested in closing tickets than fixing anything"; a customer's taste is not blame.
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  const complement = copula < 0 ? [] : pred.slice(copula + 1, copula + 6);
  // What it put first is an activity ("closing tickets"), not a topic ("the tradeoffs").
  const activity = (p: string) => {
    const words = p.split(' ');
    const k = complement.findIndex((_, j) => words.every((w, i) => complement[j + i]?.norm === w));
    return k >= 0 && /ing$/.test(complement[k + words.length]?.norm ?? '');
  };
  if (!USERS.has(tokens[s.last - 1]?.norm ?? '') && MOTIVE_PHRASES.some(activity)) return true;
  // "the vendor's schema was three versions behind": a possessive party's work, judged stale.
  const owned = tokens
    .slice(s.first, s.last)
    .some((t) => /['’]s$/.test(t.norm) || t.norm === 'their');
  const thing = tokens[s.last - 1]?.norm ?? '';
  if (owned && (stale(pred.slice(0, 7)) || worst(pred) || poorWork(pred, head, thing))) return true;
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
  return pred.slice(0, 8).some(manner);
}

/** "the design team was late with the screens", "legal was always late": a party late with its
 * part, unless the speaker's own step follows in the sentence ("the vendor was late with the API,
 * so I built a mock": what a dependency did, told neutrally and owned). */
function lateWith(
  tokens: readonly Token[],
  pred: readonly Token[],
  head: readonly Token[],
): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm));
  if (copula < 0 || negated(pred.slice(copula, copula + 3))) return false;
  let k = copula + 1;
  while (k < copula + 4 && (pred[k]?.tags.has('Adverb') || DEGREE_WORDS.has(pred[k]?.norm ?? '')))
    k++;
  if (pred[k]?.norm !== 'late' || pred[k - 1]?.norm === 'too') return false;
  return !stepAfter(tokens, pred[k].i + 1);
}

/** The object judged in a relative clause of its own: "handed over designs that were way over the
 * budget", "sent us a spec which was full of holes". Not an opinion ("thought it was bad"). */
function judgedAfter(tokens: readonly Token[], v: number, last: number): boolean {
  if (OPINIONS.has(tokens[v].norm)) return false;
  for (let k = v + 2; k < Math.min(last - 2, v + 6); k++) {
    const rel = tokens[k];
    if (rel.norm !== 'that' && rel.norm !== 'which') continue;
    if (!tokens[k - 1].tags.has('Noun') || tokens[k - 1].tags.has('Pronoun')) return false;
    if (!COPULAS.has(tokens[k + 1]?.norm ?? '')) return false;
    const complement = tokens.slice(k + 2, Math.min(last, k + 6));
    if (negated(complement.slice(0, 2))) return false;
    return (
      complement.some((t) => BAD_OBJECT_WORDS.has(t.norm) || JUDGEMENT_WORDS.has(t.norm)) ||
      RELATIVE_FAULTS.some((p) => hasPhrase(complement, p))
    );
  }
  return false;
}

/** No words: every judgement counts. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** Pronouns that open a clause of their own: "said it was too late" (not "handed us were"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('it he she they we i this that'.split(' '));

/** Degree words that may sit before "late": "really late", "super late". */
const DEGREE_WORDS: ReadonlySet<string> = new Set('really very super so always again'.split(' '));

/** A judgement after a copula: "was sloppy", "are basically gatekeepers", "was, let's say, not the
 * most responsive person". */
export function judged(
  pred: readonly Token[],
  head: readonly Token[],
  ran: ReadonlySet<string> = NO_WORDS,
): boolean {
  const copula = head.findIndex((t) => COPULAS.has(t.norm) || t.norm === 'being');
  if (copula < 0) return false;
  // "said it was too late": the copula of a clause the party reports, with its own subject.
  if (head.slice(1, copula).some((t) => SUBJECT_PRONOUNS.has(t.norm)) && head[0].tags.has('Verb'))
    return false;
  // The complement ends at a clause word: "were skeptical because they thought it would be slow".
  let end = copula + 1;
  const stops = (k: number) =>
    CLAUSE_BREAKS.has(pred[k].norm) &&
    !(pred[k].norm === 'and' && pred[k + 1]?.tags.has('Adjective'));
  while (end < Math.min(pred.length, copula + 8) && !stops(end)) end++;
  const complement = pred.slice(copula + 1, end);
  if (complement.some((t) => JUDGEMENT_WORDS.has(t.norm) && !ran.has(t.norm))) return true;
  // "were zero help", "was no use at all", "of no help whatsoever": help withheld, as a judgement.
  const useless = (t: Token, k: number) =>
    NONE.has(t.norm) && USELESS_NOUNS.has(complement[k + 1]?.norm ?? '');
  if (complement.some(useless)) return true;
  // "was, let's say, glacial", "was, I'll be polite, held together with tape": a euphemism
  // announced is a judgement withheld.
  if (EUPHEMISMS.some((p) => hasPhrase(complement, p))) return true;
  // "were always half baked", "was all over the place": a judgement said in more than one word.
  if (JUDGEMENT_PHRASES.some((p) => hasPhrase(complement, p))) return true;
  // "was, um, creative": praise after a pause, as a sneer.
  const paused = /,/.test(pred[copula].post) || FILLER_SOUNDS.has(complement[0]?.norm ?? '');
  if (paused && complement.slice(0, 3).some((t) => SARCASTIC_PRAISE.has(t.norm))) return true;
  // "were too busy to review it", "way too slow".
  // Not an amount: "was sending too many requests" says how much, not how well.
  const tooAdj = (t: Token, k: number) =>
    t.norm === 'too' &&
    !!complement[k + 1]?.tags.has('Adjective') &&
    !AMOUNTS.has(complement[k + 1].norm);
  if (complement.some(tooAdj)) return true;
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
  // "were quoting stale fares": a progressive tells what the party did with a thing, not its work.
  if (head[copula + 1]?.tags.has('Gerund') && head[copula + 1].norm !== 'being') return false;
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
  // "had the worst debugging times": a measure ranked, not work judged.
  if (pred.slice(k + 3, k + 6).some((t) => MEASURE_HEADS.has(t.norm))) return false;
  return WORST.has(sup) || (sup === 'most' && JUDGEMENT_WORDS.has(pred[k + 3]?.norm ?? ''));
}

/** A bad deliverable is the verb's object: "gave us bad data", not "showed up at the wrong time". */
function badDeliverable(tokens: readonly Token[], v: number, last: number): boolean {
  // "did a pretty poor job": "did" is the verb here, not an auxiliary.
  if (!tokens[v]?.tags.has('Verb') && ['did', 'does', 'do'].includes(tokens[v - 1]?.norm ?? ''))
    v--;
  if (!tokens[v]?.tags.has('Verb')) return false;
  // "had a bad night": a state, not a deliverable; "pay the wrong price": a bad thing received.
  if (STATES.has(tokens[v].norm) || RECEIVED.has(tokens[v].norm)) return false;
  if (judgedAfter(tokens, v, last)) return true;
  for (let k = v + 1; k < Math.min(last, v + 5); k++) {
    // "flipped the wrong flag": a slip in choosing, told neutrally, not a bad deliverable.
    if (tokens[k].norm === 'wrong' && tokens[k - 1]?.norm === 'the') continue;
    // "shipped that client with zero retry logic": "with" leads on to what it lacked.
    const lacking = tokens[k].norm === 'with' && NONE.has(tokens[k + 1]?.norm ?? '');
    if (tokens[k].tags.has('Preposition') && !lacking) break;
    // "would have shown us how bad it was": a question or exclamation of its own, not the object.
    if (WH_WORDS.has(tokens[k].norm)) break;
    // "thought that was a bad idea" gives an opinion; "gave us bad data" a bad deliverable.
    if (BAD_OBJECT_WORDS.has(tokens[k].norm) && !OPINIONS.has(tokens[v].norm)) return true;
    // "left no documentation", "shipped it with zero retries".
    const none = NONE.has(tokens[k].norm);
    if (none && [1, 2, 3].some((j) => CARE_NOUNS.has(tokens[k + j]?.norm ?? ''))) return true;
  }
  return false;
}
