import type { Doc } from '../doc';
import { CLAUSE_BREAKS } from '../lists/grammar';
import {
  ACT_GAP,
  AMOUNT_VERB_GAP,
  CAUSE_NOUNS,
  COST_CUES,
  DELIBERATION_NAMED,
  JUDGE_VERBS,
  LANDINGS,
  MEASURE_LEADS,
  OTHER_PARTIES,
  PEOPLE_SUBJECTS,
  SCALE_WITH,
  STAFF,
} from '../lists/vague-roles';
import { endsClause, pauseAfter, sameSentence } from '../token-context';
import type { Token } from '../tokens';

/** True when a stated quantity sits inside the claim over [first, last) or follows it in the same
 * clause after a measuring preposition ("made it $2,000 a month cheaper", "it was closer to
 * eight", "brought CPU down to 40%"): the claim carries its own figure, even one the impact
 * rules do not count. */
export function figureAtHand(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  for (const q of doc.quantities) {
    // "helped the relationship between the two teams a lot": a head count measures nothing.
    if (STAFF.has(tokens[q.last - 1].norm)) continue;
    if (q.first >= first && q.first < last) return true;
    if (q.first < last || q.first > last + 4 || tokens[q.first].sent !== tokens[first].sent)
      continue;
    // Only a short gap, with no clause break, and the figure led by to/by/from/at.
    let ok = MEASURE_LEADS.has(tokens[q.first - 1]?.norm ?? '');
    for (let k = last - 1; k < q.first - 1 && ok; k++)
      if (k >= last && (CLAUSE_BREAKS.has(tokens[k].norm) || endsClause(tokens, k))) ok = false;
    if (ok && !endsClause(tokens, last - 1)) return true;
  }
  return false;
}

/** True when the claim at first is framed as the price of a choice: "the tradeoff was that
 * reports got slower", "the downside is ranking is weaker", "the cost of this was more
 * mismatches", "I decided that cost was worth it". A cost weighed is judgement, not a result. */
export function framedAsCost(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= first - 8; k--) {
    const t = sameSentence(tokens, k, first);
    if (!t) return false;
    if (COST_CUES.has(t.norm)) return true;
    const who = sameSentence(tokens, k - 1, first)?.norm ?? '';
    if (JUDGE_VERBS.has(t.norm) && (who === 'i' || who === 'we') && k >= first - 4) return true;
    if (pauseAfter(t) && k < first - 1) return false;
  }
  return false;
}

/** True when the amount at i is the object of another party's act: "the DBA team had pushed some
 * change", "the network team changed some dns thing", "the previous developer had written some
 * terrible queries". The speaker tells what was done to them; the vagueness is not their claim. */
export function otherPartyAct(tokens: readonly Token[], i: number): boolean {
  const verb = sameSentence(tokens, i - 1, i);
  if (!verb || !verb.tags.has('Verb') || verb.tags.has('Copula') || verb.tags.has('Modal'))
    return false;
  let k = i - 2;
  while (k > i - 5 && ACT_GAP.has(sameSentence(tokens, k, i)?.norm ?? '')) k--;
  const subject = sameSentence(tokens, k, i);
  return !!subject && OTHER_PARTIES.has(subject.norm) && !pauseAfter(subject);
}

/** True when the amount at i is what a thing does or is ("the Python workers were burning a lot of
 * CPU", "the csv building was allocating a ton of strings", "which saved me a lot of guessing", "the
 * gateway was a lot of machinery"): a description of the system or the problem, not the speaker's
 * claim. A pronoun subject ("it was throwing a bunch of errors") is left to the amount rule. */
export function thingsAmount(tokens: readonly Token[], i: number): boolean {
  const verb = sameSentence(tokens, i - 1, i);
  if (!verb || !verb.tags.has('Verb')) {
    // "saved me a lot of guessing": an object pronoun between.
    if (!verb || !AMOUNT_VERB_GAP.has(verb.norm)) return false;
  }
  let k = i - 1;
  while (k > i - 6 && (AMOUNT_VERB_GAP.has(tokens[k]?.norm ?? '') || tokens[k]?.tags.has('Verb')))
    if (!sameSentence(tokens, --k, i)) return false;
  const subject = sameSentence(tokens, k, i);
  if (!subject || k === i - 1 || pauseAfter(subject)) return false;
  if (subject.norm === 'which' || subject.norm === 'that') return true;
  // "there were a lot of objects hanging around": an existential states the amount itself.
  if (subject.norm === 'there') return false;
  return (
    subject.tags.has('Noun') && !subject.tags.has('Pronoun') && !PEOPLE_SUBJECTS.has(subject.norm)
  );
}

/** True when a deliberation ending at last names its options, reason or landing within a few
 * words ("went back and forth between Lambda and ECS", "... and compromised on local counters"). */
export function deliberationNamed(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < last + 6; k++) {
    const t = sameSentence(tokens, k, last - 1);
    if (!t) return false;
    if (DELIBERATION_NAMED.has(t.norm)) return true;
    // "went back and forth on matching in real time", "on Kafka versus SQS": the options weighed;
    // "on it", "on the design" name none.
    if (k === last && /^(on|about|over)$/.test(t.norm)) {
      const what = sameSentence(tokens, k + 1, last - 1);
      if (what && !what.tags.has('Determiner') && !what.tags.has('Pronoun')) {
        if (!/^(things|stuff|everything)$/.test(what.norm)) return true;
      }
    }
    if (LANDINGS.has(t.norm) && tokens[k + 1]?.norm === 'on') return true;
  }
  return false;
}

/** True when "with" at k leads a party ("with the customers", "with them", "with their lead"):
 * who the speaker dealt with, not how. */
export function withParty(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'with') return false;
  let j = k + 1;
  if (/^(the|our|their|my|his|her|a|an|some|all)$/.test(tokens[j]?.norm ?? '')) j++;
  const w = sameSentence(tokens, j, k);
  return !!w && (PEOPLE_SUBJECTS.has(w.norm) || /^(them|him|her|everyone)$/.test(w.norm));
}

/** True when the claim over [first, last) describes a mechanism or a backstory rather than a result:
 * a change that scales with something ("memory grew with every render", "the error grew with the
 * size of the load"), or a state held before the story in the past perfect ("that setup had been
 * stable for a year"). */
export function mechanismOrBackstory(tokens: readonly Token[], first: number, last: number) {
  // "that setup had been stable", "it had served well for years": the past perfect tells what held
  // before the story.
  const verb = tokens[first];
  if (tokens[first - 1]?.norm === 'had' && verb?.norm === 'been') return true;
  // "it had served well for three years": any past perfect with how long it held, or until when.
  if (tokens[first - 1]?.norm === 'had' && verb?.tags.has('PastTense') && heldFor(tokens, last))
    return true;
  if (diagnosed(tokens, first)) return true;
  if (sameSentence(tokens, last, first)?.norm !== 'with') return false;
  const a = sameSentence(tokens, last + 1, first)?.norm ?? '';
  const b = sameSentence(tokens, last + 2, first)?.norm ?? '';
  // "happier with each other": a reciprocal, not a scale.
  if (a === 'each' && b === 'other') return false;
  return SCALE_WITH.has(a) || (a === 'the' && SCALE_WITH.has(b));
}

/** True when the sentence names a cause before the claim at first ("the bottleneck was partition
 * skew, a handful of device IDs were really chatty, so three partitions were hot"): the states
 * explain the problem, they are not results. */
function diagnosed(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= first - 16; k--) {
    const t = sameSentence(tokens, k, first);
    // "the cause was a bad config so we rolled back and it was fine": after a step, a result.
    if (!t || t.norm === 'i' || t.norm === 'we') return false;
    const be = sameSentence(tokens, k + 1, first)?.norm ?? '';
    if (CAUSE_NOUNS.has(t.norm) && (be === 'was' || be === 'is')) return true;
  }
  return false;
}

/** True when "for" + a span of time, "until" or "before" follows within a few words of last. */
function heldFor(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < last + 3; k++) {
    const t = sameSentence(tokens, k, last - 1);
    if (!t) return false;
    if (t.norm === 'until' || t.norm === 'before') return true;
    if (t.norm === 'for') {
      const n = sameSentence(tokens, k + 1, last - 1);
      return !!n && (n.tags.has('Value') || /^(years|months|ages|a|an|the|decades)$/.test(n.norm));
    }
  }
  return false;
}
