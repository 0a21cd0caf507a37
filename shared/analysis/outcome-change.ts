import { IMPROVE_VERBS, OUTCOME_WORDS } from './lists/vague';
import {
  CHANGE_SUBJECTS,
  COMPARATIVES,
  DEGREE_PHRASES,
  DIRECTION,
  METRIC_NOUNS,
  REDUCERS,
  SKIPPABLE,
} from './lists/outcome-words';
import { phraseAt, phraseSet } from './phrase-match';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import type { Token } from './tokens';
import { EFFECT_VERBS, MOVERS } from './lists/outcome-context';
import { AFFECTED_NOUNS, METRIC_WORDS } from './lists/impact';

const DEGREES = phraseSet(DEGREE_PHRASES);
const AUXILIARIES = new Set(['had', 'has', 'have']);
const PLACES = new Set([
  'under',
  'into',
  'outside',
  'within',
  'inside',
  'behind',
  'through',
  'between',
]);

/** "coverage went up a lot", "tickets dropped quite a bit", "latency went down": a change of a
 * metric, or a change by a vague degree. "The site went down" is an event, not an outcome. */
export function changeEnd(tokens: readonly Token[], i: number): number {
  const w = tokens[i].norm;
  if (!DIRECTION.has(w)) return i;
  // "EU sellers fell under the rule", "late events fell outside the window": where things belong,
  // not a change.
  if (PLACES.has(sameSentence(tokens, i + 1, i)?.norm ?? '')) return i;
  let j = i + 1;
  if (w === 'went' || w === 'came' || w === 'go' || w === 'goes' || w === 'gone') {
    // "went way down", "came down a lot": a booster may sit before the particle.
    if (tokens[j]?.norm === 'way' && sameSentence(tokens, j + 1, i)) j++;
    if (tokens[j]?.norm !== 'up' && tokens[j]?.norm !== 'down') return i;
    j++;
    if (tokens[j - 2]?.norm === 'way') return j;
  }
  const degree = sameSentence(tokens, j, i) ? phraseAt(tokens, j, DEGREES) : null;
  if (degree) return degree.last;
  let k = i - 1;
  // "booking failures had actually gone up": auxiliaries sit between the metric and its change.
  while (k >= 0 && k > i - 4 && (SKIPPABLE.has(tokens[k].norm) || AUXILIARIES.has(tokens[k].norm)))
    k--;
  const subject = sameSentence(tokens, k, i);
  return subject && measurable(subject.norm) ? j : i;
}

/** End of "improved the service", "made it faster", "reduced latency" starting at i, or i. */
export function improvementEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t.tags.has('Gerund') || t.tags.has('Noun')) return i;
  const speed = t.norm === 'sped' || t.norm === 'speed';
  if (IMPROVE_VERBS.has(t.norm) && (!speed || particleEnd(tokens, i, 'up') > i)) {
    // "sped things up", "sped up the builds": the object may sit before or after the particle.
    if (speed && tokens[i + 1]?.norm !== 'up') return particleEnd(tokens, i, 'up');
    let j = i + 1;
    if (tokens[j]?.norm === 'up') j++;
    const limit = j + 4;
    while (j < limit && sameSentence(tokens, j, i) && isNounPhraseWord(tokens[j])) {
      j++;
      if (endsClause(tokens, j - 1)) break;
    }
    return j;
  }
  if (t.norm === 'made' || t.norm === 'make' || t.norm === 'makes') {
    for (let j = i + 1; j < i + 8 && sameSentence(tokens, j, i); j++) {
      const w = tokens[j].norm;
      if (COMPARATIVES.has(w) || (w === 'more' && OUTCOME_WORDS.has(tokens[j + 1]?.norm ?? '')))
        return w === 'more' ? j + 2 : j + 1;
      // "made the whole thing a lot more reliable"; "made some changes and it got better" is two
      // clauses.
      if (endsClause(tokens, j) || w === 'and' || w === 'but' || w === 'so') break;
    }
  }
  // "brought latency down", "got the error rate way down": a metric moved, by no stated amount.
  if (MOVERS.has(t.norm)) {
    for (let j = i + 1; j < i + 5 && sameSentence(tokens, j, i); j++) {
      const w = tokens[j].norm;
      if (measurable(w)) {
        const end = particleEnd(tokens, i, 'down', 'up');
        if (end > j) return end;
      }
      if (!isNounPhraseWord(tokens[j])) break;
    }
  }
  // "it helped the relationship between the two teams quite a bit", "that changed how we work a
  // lot": an effect whose size is a vague degree closing its clause.
  // "Dana helped me debug it a lot" credits a person; "helped us a lot" too.
  // "it helped them a lot": the work's effect on a party is an outcome.
  const thing = /^(it|this|that|which)$/.test(tokens[i - 1]?.norm ?? '');
  const person = /^(me|us|him|her|them)$/.test(tokens[i + 1]?.norm ?? '') && !thing;
  if (EFFECT_VERBS.has(t.norm) && !person) {
    for (let j = i + 1; j < i + 10 && sameSentence(tokens, j, i); j++) {
      const degree = phraseAt(tokens, j, DEGREES);
      if (
        degree &&
        j > i + 1 &&
        (endsClause(tokens, degree.last - 1) || !sameSentence(tokens, degree.last, i))
      )
        return degree.last;
      if (pauseAfter(tokens[j]) || /^(and|but|so|because)$/.test(tokens[j].norm)) break;
    }
  }
  if (REDUCERS.has(t.norm)) {
    for (let j = i + 1; j < i + 4 && sameSentence(tokens, j, i); j++) {
      if (METRIC_NOUNS.has(tokens[j].norm)) return j + 1;
      if (!isNounPhraseWord(tokens[j])) break;
    }
  }
  return i;
}

/** True when the word names something whose change needs a number: a metric ("latency",
 * "adoption") or a count of what was affected ("tickets", "failed orders"). */
function measurable(w: string): boolean {
  return (
    METRIC_NOUNS.has(w) || CHANGE_SUBJECTS.has(w) || METRIC_WORDS.has(w) || AFFECTED_NOUNS.has(w)
  );
}

/** End of "<verb> [a short object] <particle> [way/a lot]" from verb i (at most 4 words in between),
 * or i when no such particle follows in the clause. */
function particleEnd(tokens: readonly Token[], i: number, ...particles: string[]): number {
  for (let j = i + 1; j < i + 6 && sameSentence(tokens, j, i); j++) {
    if (particles.includes(tokens[j].norm)) return j + 1;
    if (endsClause(tokens, j)) break;
  }
  return i;
}

function isNounPhraseWord(t: Token): boolean {
  return (
    (t.tags.has('Noun') ||
      t.tags.has('Adjective') ||
      t.tags.has('Determiner') ||
      t.tags.has('Possessive')) &&
    !t.tags.has('Preposition')
  );
}
