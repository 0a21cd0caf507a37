import { MODALS } from './lists/grammar';
import { IMPROVE_VERBS, OUTCOME_WORDS, VAGUE_OUTCOME_PHRASES } from './lists/vague';
import { phraseAt, phraseSet } from './phrase-match';
import type { Token } from './tokens';
import { endsClause, sameSentence } from './rules/context';

const PHRASES = phraseSet(VAGUE_OUTCOME_PHRASES);
const LINKS = new Set([
  'got',
  'get',
  'gets',
  'became',
  'become',
  'becomes',
  'was',
  'were',
  'is',
  'are',
  'went',
  'seemed',
  'felt',
  'turned',
]);
const BOOSTERS = new Set(
  'a lot much way so really super pretty more very quite even totally all big huge just far significantly dramatically massively definitely also bit overall generally like um uh kind of sort honestly'.split(
    ' ',
  ),
);
const OPINION_VERBS = new Set([
  'thought',
  'felt',
  'believed',
  'argued',
  'said',
  'suggested',
  'insisted',
]);
const ATTEMPT_VERBS = new Set(['try', 'tried', 'managed', 'started', 'had', 'have', 'went']);
const NOUN_OUTCOMES = new Set(['success', 'win', 'improvement', 'difference', 'impact']);
const WENT_WITH = new Set(['well', 'fine', 'smoothly', 'great', 'ok', 'okay', 'alright']);
const COMPARATIVES = new Set([
  'better',
  'faster',
  'quicker',
  'smoother',
  'easier',
  'cleaner',
  'simpler',
  'cheaper',
  'stabler',
]);
const METRIC_NOUNS = new Set(
  'latency latencies errors error costs cost load downtime incidents pages alerts tickets complaints time times usage lag churn failures outages'.split(
    ' ',
  ),
);
const REDUCERS = new Set([
  'reduced',
  'reduce',
  'decreased',
  'lowered',
  'increased',
  'cut',
  'improved',
]);
/** Words between a subject and its verb: "it kind of worked out", "things eventually got better". */
const SKIPPABLE = new Set([
  'kind',
  'of',
  'sort',
  'just',
  'all',
  'eventually',
  'finally',
  'basically',
  'really',
  'actually',
  'kinda',
  'sorta',
  'somehow',
  'mostly',
  'also',
  'then',
  'definitely',
  'honestly',
]);
/** After "worked out" / "paid off", an object means a different verb ("worked out the details"). */
const OBJECT_START = new Set([
  'the',
  'a',
  'an',
  'how',
  'what',
  'which',
  'that',
  'our',
  'my',
  'their',
  'some',
]);
const SUBJECT_WORDS = new Set([
  'it',
  'that',
  'this',
  'things',
  'everything',
  'everyone',
  'everybody',
  'she',
  'he',
  'they',
  'stuff',
]);

/** Hypothetical, intended or asked-about outcomes are not claims: "to make it faster", "how much faster". */
export function notAClaim(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5 && tokens[k].sent === tokens[i].sent; k--) {
    const w = tokens[k].norm;
    if (w === 'how' || w === 'if' || w === 'whether' || OPINION_VERBS.has(w)) return true;
    if (k >= i - 2 && MODALS.has(w)) return true;
    // "to make it faster" is a goal; "tried to / had to balance things" reports what was done.
    if (k >= i - 2 && w === 'to' && !ATTEMPT_VERBS.has(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Start of the subject right before a linking verb ("the service became ..."); i itself if none. */
export function subjectStart(tokens: readonly Token[], i: number): number {
  let head = i;
  while (head > i - 4 && SKIPPABLE.has(sameSentence(tokens, head - 1, i)?.norm ?? '')) head--;
  const start = nounSubjectStart(tokens, head);
  return start < head ? start : i;
}

function nounSubjectStart(tokens: readonly Token[], i: number): number {
  const prev = sameSentence(tokens, i - 1, i);
  if (!prev || prev.norm === 'i' || prev.norm === 'we') return i;
  if (SUBJECT_WORDS.has(prev.norm)) return i - 1;
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun')) return i;
  let k = i - 1;
  while (
    k - 1 >= 0 &&
    k > i - 4 &&
    tokens[k - 1].sent === tokens[i].sent &&
    (tokens[k - 1].tags.has('Noun') ||
      tokens[k - 1].tags.has('Adjective') ||
      tokens[k - 1].tags.has('Determiner'))
  )
    k--;
  return k;
}

/** An outcome statement starting at token i, whether or not it has a number: "it got a lot faster",
 * "the launch went fine", "improved the service", "made it faster". Returns its token range or null. */
export function outcomeAt(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  const t = tokens[i];
  if (t.text === '' || notAClaim(tokens, i)) return null;
  const hit = phraseAt(tokens, i, PHRASES);
  if (hit && !OBJECT_START.has(sameSentence(tokens, hit.last, i)?.norm ?? '')) {
    return { first: t.norm === 'it' ? i : subjectStart(tokens, i), last: hit.last };
  }
  if (LINKS.has(t.norm)) {
    let j = i + 1;
    while (j < tokens.length && j < i + 5 && BOOSTERS.has(tokens[j].norm)) j++;
    // "a massive improvement": the adjective leads to the outcome noun.
    if (OUTCOME_WORDS.has(tokens[j]?.norm ?? '') && NOUN_OUTCOMES.has(tokens[j + 1]?.norm ?? ''))
      j++;
    const w = sameSentence(tokens, j, i);
    if (!w || !OUTCOME_WORDS.has(w.norm) || (t.norm === 'went' && !WENT_WITH.has(w.norm)))
      return null;
    const after = sameSentence(tokens, j + 1, i);
    const noun = NOUN_OUTCOMES.has(w.norm);
    if (!noun && after?.tags.has('Noun') && !after.tags.has('Pronoun') && !endsClause(tokens, j))
      return null; // "a great team"
    // "fine to ship", "good for", "better than telling": an evaluation, not an outcome.
    if (!noun && (after?.norm === 'to' || after?.norm === 'for' || after?.norm === 'than'))
      return null;
    const last =
      after?.norm === 'and' && OUTCOME_WORDS.has(tokens[j + 2]?.norm ?? '') ? j + 3 : j + 1;
    return { first: subjectStart(tokens, i), last };
  }
  const end = improvementEnd(tokens, i);
  return end > i ? { first: i, last: end } : null;
}

/** End of "improved the service", "made it faster", "reduced latency" starting at i, or i. */
function improvementEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t.tags.has('Gerund') || t.tags.has('Noun')) return i;
  if (
    IMPROVE_VERBS.has(t.norm) &&
    !((t.norm === 'sped' || t.norm === 'speed') && tokens[i + 1]?.norm !== 'up')
  ) {
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
    for (let j = i + 1; j < i + 6 && sameSentence(tokens, j, i); j++) {
      const w = tokens[j].norm;
      if (COMPARATIVES.has(w) || (w === 'more' && OUTCOME_WORDS.has(tokens[j + 1]?.norm ?? '')))
        return w === 'more' ? j + 2 : j + 1;
      if (endsClause(tokens, j)) break;
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

function isNounPhraseWord(t: Token): boolean {
  return (
    (t.tags.has('Noun') ||
      t.tags.has('Adjective') ||
      t.tags.has('Determiner') ||
      t.tags.has('Possessive')) &&
    !t.tags.has('Preposition')
  );
}
