import {
  BAD_OBJECT_WORDS,
  DILIGENCE_VERBS,
  FAULT_NOUNS,
  HABIT_WORDS,
  JUDGEMENT_WORDS,
  OTHER_PARTY_WORDS,
  PARTY_HEADS,
} from '../lists/blame';
import { COPULAS, MODALS, NEGATIONS } from '../lists/grammar';
import type { Token } from '../tokens';
import { base, type Clause, type Subject } from './blame-clause';
import {
  CARE_NOUNS,
  GAP,
  NEUTRAL_HABITS,
  NOBODY_ALWAYS,
  OBLIGATION,
  SPEAKER_OBJECTS,
} from '../lists/blame-context';

const negated = (ts: readonly Token[]) => ts.some((t) => NEGATIONS.has(t.norm));
const isOther = (t: Token | undefined) =>
  !!t && (OTHER_PARTY_WORDS.has(base(t)) || PARTY_HEADS.has(base(t)) || t.tags.has('Person'));

/** First content word of the predicate, past auxiliaries, negations and adverbs. */
function mainVerb(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    (GAP.has(tokens[k].norm) || NEGATIONS.has(tokens[k].norm) || tokens[k].text === '')
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
  const without = (t: Token, k: number) =>
    t.norm === 'without' &&
    pred.slice(k + 1, k + 4).some((x) => DILIGENCE_VERBS.has(x.norm) || CARE_NOUNS.has(x.norm));
  if (pred.some(without)) return true;
  // "they should have caught it", "he could have warned us": hindsight on another's conduct.
  const hindsight = head.findIndex((t) => t.norm === 'should' || t.norm === 'could');
  if (hindsight >= 0 && head[hindsight + 1]?.norm === 'have' && s.agent !== 'nobody') return true;
  // "nobody could tell me" is not knowing; "nobody bothered to tell me" is a complaint.
  const could = tokens.slice(s.last, v).some((t) => MODALS.has(t.norm));
  if (s.agent === 'nobody')
    return (
      (s.qualified && v < last && tokens[v].tags.has('Verb')) || (NOBODY_ALWAYS.has(verb) && !could)
    );
  const notDone = negated(tokens.slice(s.last, v + 1));
  if (notDone && (DILIGENCE_VERBS.has(verb) || /^bother/.test(verb))) return true;
  if (HABIT_WORDS.has(verb) && !NEUTRAL_HABITS.has(tokens[v + 1]?.norm ?? '')) return true;
  if (head.some((t) => t.norm === 'constantly')) return true;
  const copula = head.findIndex((t) => COPULAS.has(t.norm) || t.norm === 'being');
  if (copula >= 0 && pred.slice(copula, copula + 4).some((t) => JUDGEMENT_WORDS.has(t.norm)))
    return true;
  if (tokens[v]?.tags.has('Verb') && pred.slice(0, 6).some((t) => BAD_OBJECT_WORDS.has(t.norm)))
    return true;
  // "other teams need to communicate better", "they should have tested it".
  const demand = head.findIndex((t) => OBLIGATION.has(t.norm) || MODALS.has(t.norm));
  if (
    demand >= 0 &&
    s.agent === 'other' &&
    tokens[s.first].norm !== 'he' &&
    tokens[s.first].norm !== 'she'
  ) {
    const after = pred.slice(demand + 1, demand + 5);
    const must = tokens[s.last + demand].norm;
    if (
      (must === 'need' || must === 'needs' || must === 'must' || must === 'should') &&
      after.some((t) => DILIGENCE_VERBS.has(t.norm) || t.norm === 'better')
    )
      return true;
  }
  return false;
}

/** How a dummy subject blames: "it was the ops team's fault", "that one's on him", or denies the
 * speaker's part: "it wasn't really my call", "it wasn't on us". */
function dummyBlames(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, Math.min(last, s.last + 8));
  if (!pred.length || !COPULAS.has(pred[0].norm)) return false;
  const neg = negated(pred.slice(0, 3));
  for (let k = 1; k < pred.length; k++) {
    const t = pred[k];
    const next = pred[k + 1];
    if (t.norm === 'on' && next) {
      const party = pred.slice(k + 1, k + 5).some(isOther);
      if (!neg && (party || ['them', 'him', 'her', 'their'].includes(next.norm))) return true;
      if (neg && SPEAKER_OBJECTS.has(next.norm)) return true;
    }
    if (FAULT_NOUNS.has(t.norm) && k > 0) {
      const owner = pred[k - 1];
      const mine = SPEAKER_OBJECTS.has(owner.norm);
      if (neg && mine) return true;
      if (
        !neg &&
        !mine &&
        (/['’]s$/.test(owner.norm) || ['their', 'his', 'her'].includes(owner.norm))
      )
        return true;
    }
  }
  return false;
}

/** The end token of a blaming clause (its subject to its end, at most 14 words), or -1. */
export function blameClauseEnd(tokens: readonly Token[], c: Clause, s: Subject): number {
  const last = Math.min(c.last, s.last + 14);
  const blames =
    s.agent === 'other' || s.agent === 'nobody'
      ? otherBlames(tokens, s, last)
      : s.agent === 'dummy'
        ? dummyBlames(tokens, s, last)
        : false;
  return blames ? last : -1;
}
