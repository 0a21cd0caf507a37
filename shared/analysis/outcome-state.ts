import {
  EVENT_PARTICIPLES,
  FEELINGS,
  GROUP_HEADS,
  NOT_STATES,
  ONE_PERSON,
  PARTY_SUBJECTS,
  RANKING,
  SATISFACTIONS,
  STATE_GAP,
  STATE_LINKS,
  STATE_NOUNS,
  STATE_TAIL,
} from './lists/outcome-context';
import { boosterAt, subjectStart } from './outcome';
import { runOnCloses } from './outcome-runon';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';

/** Subjects that stand for the whole piece of work ("it was a disaster", "that was a mess"). */
const WHOLE_SUBJECTS = new Set(['it', 'that', 'this', 'everything']);
const TIMES = new Set(['day', 'night', 'week', 'weekend', 'month', 'quarter', 'year', 'morning']);

/** True when the clause closes right after token j, or only a tail ("about the delay", "now") follows. */
function closes(tokens: readonly Token[], j: number, ref: number): boolean {
  const next = sameSentence(tokens, j + 1, ref);
  return endsClause(tokens, j) || !next || STATE_TAIL.has(next.norm) || runOnCloses(tokens, j, ref);
}

/** "memory's flat now", "pager's quiet.": a present state said by itself right after past steps. */
function presentState(tokens: readonly Token[], i: number, j: number): boolean {
  const s = tokens[i].sent;
  if (sameSentence(tokens, j + 1, i)?.norm === 'now') return true;
  let start = i;
  while (start > 0 && tokens[start - 1].sent === s) start--;
  return endsClause(tokens, j) && !sameSentence(tokens, j + 1, i) && j - start <= 4;
}

/** How many gap words follow the linking verb at i. */
function gapLength(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < i + 6 && gap(tokens, j, i)) j++;
  return j - i - 1;
}

/** A gap word between a linking verb and the state: a booster, a degree or an -ly adverb. */
function gap(tokens: readonly Token[], j: number, ref: number): boolean {
  const t = sameSentence(tokens, j, ref);
  if (!t || pauseAfter(t)) return false;
  return (
    boosterAt(tokens, j) ||
    STATE_GAP.has(t.norm) ||
    (/ly$/.test(t.norm) && t.tags.has('Adverb')) ||
    t.text === ''
  );
}

/** "customers were pretty upset", "the business was stoked", "sales was a lot less nervous about
 * the deals", "the rollout was seamless", "memory's flat now", "it was a pretty smooth launch",
 * "it got messy": in the result part, a linking verb that reads a state or a feeling, with no
 * measure, closing its clause. The adjective need not be a known outcome word: whatever state the
 * result is said to be in, the listener asks "by how much?". A party's feeling may be a
 * participle ("people were relieved"). Returns the token range or null. */
export function stateOutcomeAt(
  tokens: readonly Token[],
  i: number,
  result: boolean,
): { first: number; last: number } | null {
  const v = tokens[i];
  // "it turned out really nice": "turned out" links a state like "was".
  const turnedOut = v.norm === 'turned' && sameSentence(tokens, i + 1, i)?.norm === 'out';
  if (!STATE_LINKS.has(v.norm) && !turnedOut) return null;
  const prev = sameSentence(tokens, i - 1, i);
  // "I was nervous" is the speaker's own view; "which was slower" describes an option; "there was".
  if (!prev || /^(i|which|there|who|what|how)$/.test(prev.norm) || pauseAfter(prev)) return null;
  // The word before the subject.
  const namer = sameSentence(tokens, i - 2, i);
  // "the rewrite was ...": a word after its article is a noun, whatever the tagger says.
  const named = !!namer?.tags.has('Determiner');
  if (!prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !named) return null;
  const subject = prev.norm;
  // "the finance lot were chuffed": a group head after the noun that names it.
  const group =
    GROUP_HEADS.has(subject) &&
    !!namer &&
    !namer.tags.has('Determiner') &&
    !namer.tags.has('Pronoun') &&
    !pauseAfter(namer);
  // In the result, "they were pretty chill about the delay": the people served, by a pronoun.
  const party =
    PARTY_SUBJECTS.has(subject) ||
    group ||
    (subject === 'they' &&
      result &&
      FEELINGS.has(tokens[i + 1 + gapLength(tokens, i)]?.norm ?? ''));
  // Among the steps only a party's feeling reads as a result ("customers were pretty upset"), or
  // a short present state after past steps ("memory's flat now", "the pager's quiet").
  const present = v.norm === 'is' || v.norm === 'are';
  // "we rewrote the auth service and it was sort of a disaster": the whole judged among the steps.
  const whole = WHOLE_SUBJECTS.has(subject) && !result && !party && !present;
  if (!result && !party && !present && !whole) return null;
  let j = turnedOut ? i + 2 : i + 1;
  while (j < i + 6 && gap(tokens, j, i)) j++;
  const w = sameSentence(tokens, j, i);
  if (!w || NOT_STATES.has(w.norm) || RANKING.has(w.norm)) return null;
  // "it turned out the cache was stale": a finding, not a state.
  if (turnedOut && !w.tags.has('Adjective')) return null;
  const first = subjectStart(tokens, i);
  // "it was a pretty smooth launch", "it was a big hit", "a mess": a judged event or whole.
  const article = tokens.slice(i + 1, j).some((t) => t.norm === 'a' || t.norm === 'an');
  const noun = sameSentence(tokens, j + 1, i);
  // Among the steps only a judgement of the whole, not a time ("a crazy month for me") nor a
  // scene that followed a cause ("so it was a mess").
  if (whole && (TIMES.has(w.norm) || TIMES.has(noun?.norm ?? '') || namer?.norm === 'so'))
    return null;
  const negated = tokens.slice(i + 1, j).some((t) => t.norm === 'not');
  if (STATE_NOUNS.has(w.norm))
    return article && !negated && closes(tokens, j, i) ? { first, last: j + 1 } : null;
  if (negated && !party) return null;
  if (article && noun && STATE_NOUNS.has(noun.norm) && w.tags.has('Adjective'))
    return closes(tokens, j + 1, i) ? { first, last: j + 2 } : null;
  if (whole) return null;
  const adjective = w.tags.has('Adjective') && !w.tags.has('Determiner') && !w.tags.has('Value');
  // A party's feeling: "people were relieved", "customers were upset".
  const feeling = party && /(ed|set)$/.test(w.norm) && !w.tags.has('Gerund');
  if (!adjective && !feeling && !FEELINGS.has(w.norm)) return null;
  if (!result && !party && !presentState(tokens, i, j)) return null;
  // A party is judged, not reported on, by other adjectives ("the QA folks are great").
  if (party && !feeling && !FEELINGS.has(w.norm)) return null;
  // One person's manner ("my manager was really calm about it") describes them; only their
  // satisfaction with the work is a result.
  if (ONE_PERSON.has(subject) && !SATISFACTIONS.has(w.norm)) return null;
  // "the cache was not warm" describes a thing; in the result "customers were not happy" is a party's
  // reaction claimed with no measure.
  const feels = result && party && (feeling || FEELINGS.has(w.norm));
  if (negated && !feels) return null;
  // "weren't thrilled about waiting a day": a reaction to a plan, not to its result.
  if (negated && sameSentence(tokens, j + 1, i)?.norm === 'about') {
    const about = sameSentence(tokens, j + 2, i);
    if (about?.tags.has('Gerund') || /ing$/.test(about?.norm ?? '')) return null;
  }
  // "transfers were lost", "the project was closed": what happened to things, not a state.
  // A known feeling ("the founders were stoked") is a state whoever feels it.
  if (!party && !FEELINGS.has(w.norm) && (/ed$/.test(w.norm) || EVENT_PARTICIPLES.has(w.norm)))
    return null;
  // "was slow to load", "was happy that": an evaluation of something else.
  const next = sameSentence(tokens, j + 1, i);
  if (next && /^(to|that|than|enough|because)$/.test(next.norm)) return null;
  // "teams were a lot more confident shipping": a feeling about an activity closes after it.
  if (
    party &&
    !!next &&
    (next.tags.has('Gerund') || /ing$/.test(next.norm)) &&
    !closes(tokens, j, i) &&
    (feeling || FEELINGS.has(w.norm)) &&
    closes(tokens, j + 1, i)
  )
    return { first: first < i ? first : i - 1, last: j + 2 };
  if (!closes(tokens, j, i)) return null;
  // A passive step told with its agent ("was approved by the lead") is not a state.
  if (next?.norm === 'by') return null;
  // "two teams were worried about latency, so I ran a benchmark": a reaction the speaker acted on.
  for (let k = j + 1; k < j + 7 && sameSentence(tokens, k + 1, i); k++)
    if (tokens[k].norm === 'so' && /^(i|we)$/.test(tokens[k + 1].norm)) return null;
  return { first: first < i ? first : i - 1, last: j + 1 };
}
