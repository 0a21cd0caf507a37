import { CLAUSE_BREAKS, MODALS } from './lists/grammar';
import { GENERIC_NOUNS, OUTCOME_WORDS, VAGUE_OUTCOME_PHRASES, VANISH_PHRASES } from './lists/vague';
import {
  ATTEMPT_VERBS,
  BOOSTERS,
  COMPARATIVES,
  DEGREE_NOUN_HEADS,
  DEGREE_NOUN_TAILS,
  LINKS,
  METRIC_NOUNS,
  NOUN_LINKS,
  NOUN_OUTCOMES,
  OBJECT_START,
  OPINION_VERBS,
  REPORT_VERBS,
  SKIPPABLE,
  SUBJECT_WORDS,
  WENT_WITH,
} from './lists/outcome-words';
import { changeEnd, improvementEnd } from './outcome-change';
import { evaluationEnd } from './outcome-clause';
import { degreeComparisonEnd, listedDegreeEnd } from './outcome-degree';
import { newStatementAt, runOnCloses } from './outcome-runon';
import { phraseAt, phraseSet } from './phrase-match';
import type { Token } from './tokens';
import { endsClause, pauseAfter, sameSentence } from './token-context';
import {
  DONE,
  HOW,
  OUTCOME_IDIOMS,
  PASSIVE_AUX,
  RANKING,
  SYSTEM_SUBJECTS,
  VANISH_GAP,
} from './lists/outcome-context';

const PHRASES = phraseSet(VAGUE_OUTCOME_PHRASES);
const SPEAKERS = new Set(['i', 'we']);
const FEELERS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'everyone', 'everybody', 'people']);
const PAST_COPULAS = new Set(['was', 'were']);
const VANISH = phraseSet(VANISH_PHRASES);
const IDIOMS = phraseSet(OUTCOME_IDIOMS);
const DEGREE_NOUNS = new Set(['lot', 'bit', 'ton', 'little']);
const POSSESSIVES = new Set(['my', 'our', 'their', 'his', 'her', 'its', 'your']);
const WH_OBJECTS = new Set(['which', 'what', 'how', 'where', 'why', 'whether', 'who', 'exactly']);

/** True when token j is a degree word between a verb and the outcome: a booster ("a lot", "way",
 * British "loads") or the head of a degree noun ("a fair bit safer", "a great deal calmer"). */
export function boosterAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (BOOSTERS.has(t.norm)) return true;
  const head = (k: number) =>
    DEGREE_NOUN_HEADS.has(tokens[k]?.norm ?? '') &&
    tokens[k - 1]?.norm === 'a' &&
    DEGREE_NOUN_TAILS.has(tokens[k + 1]?.norm ?? '');
  return head(j) || (DEGREE_NOUN_TAILS.has(t.norm) && head(j - 1));
}

/** "I worked out it was the cert", "figured out they had ...": a subject and its verb after the
 * particle make the phrase a finding with a clause for its object. */
function clauseAfter(tokens: readonly Token[], j: number): boolean {
  const subject = sameSentence(tokens, j, j - 1);
  const verb = sameSentence(tokens, j + 1, j - 1);
  return (
    !!subject &&
    !!verb &&
    CLAUSE_SUBJECTS.has(subject.norm) &&
    !pauseAfter(subject) &&
    !pauseAfter(tokens[j - 1]) &&
    (verb.tags.has('Verb') || verb.tags.has('Copula')) &&
    !verb.tags.has('Gerund')
  );
}
const CLAUSE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'there', 'that', 'this']);

/** End of "it went away", "the errors died down" at i when the subject is generic, else i. */
function vanishEnd(tokens: readonly Token[], i: number): number {
  const hit = phraseAt(tokens, i, VANISH);
  if (!hit) return i;
  let k = i - 1;
  while (k > i - 4 && VANISH_GAP.has(sameSentence(tokens, k, i)?.norm ?? '')) k--;
  const w = sameSentence(tokens, k, i)?.norm ?? '';
  return SUBJECT_WORDS.has(w) || GENERIC_NOUNS.has(w) || METRIC_NOUNS.has(w) ? hit.last : i;
}
/** Hypothetical, intended or asked-about outcomes are not claims: "to make it faster", "how much faster". */
export function notAClaim(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k].sent === tokens[i].sent; k--) {
    const w = tokens[k].norm;
    // "I thought our volume was small enough that sqs was fine": the whole clause is the view.
    // "support said customers were happier" reports the outcome; "I said it was fine" and "he
    // said one platform is easier" give a view.
    const reported =
      REPORT_VERBS.has(w) && !SPEAKERS.has(tokens[k - 1]?.norm ?? '') && pastBetween(tokens, k, i);
    // "it felt smooth" and "the pages felt quicker" read a state; "I felt it was ready" a view.
    const sensed = (w === 'felt' || w === 'feel') && !FEELERS.has(tokens[k - 1]?.norm ?? '');
    if (OPINION_VERBS.has(w) && !reported && !sensed) return true;
    if (pauseAfter(tokens[k]) || CLAUSE_BREAKS.has(w)) return false;
    if (k < i - 5) continue;
    // "showed them why the new endpoints were better": a reason explained, not a result.
    if (w === 'how' || w === 'if' || w === 'whether' || w === 'why') return true;
    if (k >= i - 2 && MODALS.has(w)) return true;
    // "to make it faster" is a goal; "tried to / had to balance things" reports what was done.
    if (k >= i - 2 && w === 'to' && !ATTEMPT_VERBS.has(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** True when a past verb sits after token k up to token i ("said customers were ..."). */
function pastBetween(tokens: readonly Token[], k: number, i: number): boolean {
  for (let j = k + 1; j <= i; j++)
    if (tokens[j].tags.has('PastTense') || PAST_COPULAS.has(tokens[j].norm)) return true;
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
  if (!prev || prev.norm === 'i' || prev.norm === 'we' || pauseAfter(prev)) return i;
  // "... to 400 MB. Finance were happier": the tagger may keep a unit's stop in the sentence.
  if (/[.!?]/.test(tokens[i - 2]?.post ?? '') && tokens[i - 2]?.sent === prev.sent) return i - 1;
  if (SUBJECT_WORDS.has(prev.norm)) return i - 1;
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun')) return i;
  let k = i - 1;
  while (
    k - 1 >= 0 &&
    k > i - 4 &&
    // "after the cutover the release felt ...": the subject starts at its own determiner.
    !tokens[k].tags.has('Determiner') &&
    !(POSSESSIVES.has(tokens[k].norm) && tokens[k - 1].tags.has('Noun')) &&
    tokens[k - 1].sent === tokens[i].sent &&
    // "after about a year adoption was ...": the story's clock is no part of the subject.
    !tokens[k - 1].tags.has('Date') &&
    !tokens[k - 1].tags.has('Value') &&
    !pauseAfter(tokens[k - 1]) &&
    !/[.!?]/.test(tokens[k - 1].post) &&
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
  // The outcome is read first and the claim checked only when there is one: most words state
  // none, and the look back for an opinion verb costs more than the reading.
  const found = outcomeReading(tokens, i);
  return found && !notAClaim(tokens, i) ? found : null;
}

/** outcomeAt before the claim is checked (notAClaim): for a caller that has checked it already. */
export function outcomeReading(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  const t = tokens[i];
  // A contraction's hidden word is read only as a linking verb ("it's a lot more stable",
  // "on-call's calmer"): the host word carries the subject.
  if (t.text === '' && !LINKS.has(t.norm)) return null;
  const hit = phraseAt(tokens, i, PHRASES);
  const following = hit ? sameSentence(tokens, hit.last, i) : undefined;
  // "worked out jittered reconnects", "took off the old flags": a phrasal verb with its object.
  const particleObject =
    !!hit &&
    /^(out|off|up)$/.test(tokens[hit.last - 1].norm) &&
    !!following &&
    (following.tags.has('Noun') ||
      following.tags.has('Adjective') ||
      (following.tags.has('PastTense') && !following.tags.has('Copula'))) &&
    !following.tags.has('Pronoun') &&
    !following.tags.has('Date') &&
    !OUTCOME_WORDS.has(following.norm) &&
    !WENT_WITH.has(following.norm) &&
    !newStatementAt(tokens, hit.last, i);
  // "worked out exactly which endpoints ...", "figured out where": a finding with its object.
  const whObject =
    !!hit &&
    tokens[hit.last - 1].norm === 'out' &&
    !pauseAfter(tokens[hit.last - 1]) &&
    (WH_OBJECTS.has(following?.norm ?? '') || clauseAfter(tokens, hit.last));
  if (whObject) return null;
  // "the users liked it a lot": a degree, not an object.
  const degreeAfter =
    following?.norm === 'a' && DEGREE_NOUNS.has(tokens[(hit?.last ?? i) + 1]?.norm ?? '');
  const objectFollows =
    !!hit &&
    !pauseAfter(tokens[hit.last - 1]) &&
    ((OBJECT_START.has(following?.norm ?? '') && !degreeAfter) || particleObject);
  if (hit && !objectFollows) {
    const last = degreeAfter ? hit.last + 2 : hit.last;
    return { first: t.norm === 'it' ? i : subjectStart(tokens, i), last };
  }
  const vanish = vanishEnd(tokens, i);
  if (vanish > i) return { first: subjectStart(tokens, i), last: vanish };
  const passive = passiveEnd(tokens, i);
  if (passive > i) return { first: subjectStart(tokens, i), last: passive };
  const linked = LINKS.has(t.norm) || NOUN_LINKS.has(t.norm) ? linkedOutcome(tokens, i) : null;
  if (linked) return linked;
  const comparative = verbComparativeEnd(tokens, i);
  if (comparative > i) return { first: subjectStart(tokens, i), last: comparative };
  const change = changeEnd(tokens, i);
  if (change > i) return { first: subjectStart(tokens, i), last: change };
  const end = improvementEnd(tokens, i);
  if (end > i) return { first: i, last: end };
  const degree = Math.max(degreeComparisonEnd(tokens, i), listedDegreeEnd(tokens, i));
  if (degree > i) return { first: i, last: degree };
  const evaluated = evaluationEnd(tokens, i);
  return evaluated > i ? { first: subjectStart(tokens, i), last: evaluated } : null;
}

/** "it got fixed", "the issue was handled", "everything was sorted out" with no by-whom or how. */
function passiveEnd(tokens: readonly Token[], i: number): number {
  if (!PASSIVE_AUX.has(tokens[i].norm)) return i;
  let j = i + 1;
  while (j < i + 3 && SKIPPABLE.has(tokens[j]?.norm ?? '')) j++;
  const p = sameSentence(tokens, j, i);
  if (!p || !DONE.has(p.norm)) return i;
  const particle = sameSentence(tokens, j + 1, i);
  const end = particle && (particle.norm === 'out' || particle.norm === 'up') ? j + 2 : j + 1;
  const next = sameSentence(tokens, end, i);
  // "was handled by the retry", "got fixed with a restart", "was fixed once ...": the how is there.
  return next && (HOW.has(next.norm) || next.norm === 'in') ? i : end;
}

/** "the page loads way faster", "it scales better": a verb of the system plus a comparative. */
function verbComparativeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const subject = tokens[i - 1]?.norm ?? '';
  // "made it scale better" is improvementEnd's, where "to make it ..." is checked as a goal.
  if (
    t.tags.has('Copula') ||
    !SYSTEM_SUBJECTS.has(subject) ||
    /^mak/.test(tokens[i - 2]?.norm ?? '')
  )
    return i;
  let j = i + 1;
  while (j < i + 4 && boosterAt(tokens, j)) j++;
  return COMPARATIVES.has(sameSentence(tokens, j, i)?.norm ?? '') ? j + 1 : i;
}

/** "it got a lot faster", "the launch went fine", "it was a big win". */
function linkedOutcome(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  const t = tokens[i];
  let j = i + 1;
  // "the ops folks were over the moon", "it was rock solid".
  for (let k = j; k < i + 4 && LINKS.has(t.norm); k++) {
    const idiom = phraseAt(tokens, k, IDIOMS);
    if (idiom && sameSentence(tokens, idiom.last - 1, i) && idiomCloses(tokens, idiom.last - 1))
      return { first: subjectStart(tokens, i), last: idiom.last };
    if (!boosterAt(tokens, k)) break;
  }
  while (j < tokens.length && j < i + 5 && boosterAt(tokens, j)) j++;
  // "a massive improvement": the adjective leads to the outcome noun.
  if (OUTCOME_WORDS.has(tokens[j]?.norm ?? '') && NOUN_OUTCOMES.has(tokens[j + 1]?.norm ?? '')) j++;
  const w = sameSentence(tokens, j, i);
  const known =
    !!w && (OUTCOME_WORDS.has(w.norm) || NOUN_OUTCOMES.has(w.norm) || comparedState(tokens, j, i));
  if (!w || !known || (t.norm === 'went' && !WENT_WITH.has(w.norm))) return null;
  // "a per-node limiter, which is faster, but ...": a relative clause compares an option weighed.
  if (tokens[i - 1]?.norm === 'which' && (w.tags.has('Comparative') || COMPARATIVES.has(w.norm)))
    return null;
  const after = sameSentence(tokens, j + 1, i);
  const noun = NOUN_OUTCOMES.has(w.norm);
  // "we saw a big drop", "it gave us a boost": these verbs state an outcome only through a noun.
  const nounOnly = !LINKS.has(t.norm);
  if (nounOnly && !noun && !NOUN_OUTCOMES.has(tokens[j + 1]?.norm ?? '')) return null;
  // "a good learning experience": an outcome noun one word further on.
  const later = sameSentence(tokens, j + 2, i);
  if (!noun && after && !endsClause(tokens, j) && later && NOUN_OUTCOMES.has(later.norm)) {
    return { first: subjectStart(tokens, i), last: j + 3 };
  }
  // "a great team"; but "it felt really smooth support had ..." runs on into another statement.
  if (
    !noun &&
    after?.tags.has('Noun') &&
    !after.tags.has('Pronoun') &&
    !endsClause(tokens, j) &&
    !newStatementAt(tokens, j + 1, i) &&
    degreeComparisonEnd(tokens, j + 1) === j + 1
  )
    return null;
  // "fine to ship", "good for", "better than telling", "better to wait": an evaluation, not an
  // outcome; "way cheaper to run", "easier to demo" compare the system itself.
  const comparedUse =
    after?.norm === 'to' &&
    w.norm !== 'better' &&
    w.norm !== 'worse' &&
    (COMPARATIVES.has(w.norm) || comparedState(tokens, j, i));
  if (
    !noun &&
    !comparedUse &&
    (after?.norm === 'to' || after?.norm === 'for' || after?.norm === 'than')
  )
    return null;
  const last =
    after?.norm === 'and' && OUTCOME_WORDS.has(tokens[j + 2]?.norm ?? '') ? j + 3 : j + 1;
  return { first: subjectStart(tokens, i), last };
}

/** "the invoices were way more accurate", "builds got snappier": after a linking verb, any
 * comparative, or "more/less" + an adjective, states a change with no measure; a ranking or a
 * chance ("more important", "less likely") does not. */
function comparedState(tokens: readonly Token[], j: number, i: number): boolean {
  const w = tokens[j];
  // "the fallback, which was slower but correct": a description of an option, not an outcome.
  if (RANKING.has(w.norm) || !LINKS.has(tokens[i].norm) || tokens[i - 1]?.norm === 'which')
    return false;
  if (w.tags.has('Comparative') && w.tags.has('Adjective')) return true;
  const prev = tokens[j - 1]?.norm;
  return (prev === 'more' || prev === 'less') && j - 1 > i && w.tags.has('Adjective');
}

/** True when an idiom ending at j closes its clause, "for the org" or "now" aside, or a run-on
 * goes on with a comparison by degree ("rock solid way more stable than before"). */
function idiomCloses(tokens: readonly Token[], j: number): boolean {
  const next = sameSentence(tokens, j + 1, j);
  return (
    endsClause(tokens, j) ||
    !next ||
    /^(for|with|and|now|too|again)$/.test(next.norm) ||
    degreeComparisonEnd(tokens, j + 1) > j + 1 ||
    runOnCloses(tokens, j, j)
  );
}
