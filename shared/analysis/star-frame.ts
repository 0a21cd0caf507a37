/** How a unit stands to the story's past: its head word after openers, a step said with the
 * speaker left out, an imperative, a maxim, and the reflection frames of a lesson (a method judged,
 * the speaker's would / should, the present). Read by star-l.ts. */
import { wordCount, type Doc } from './doc';
import { ACTION_BASE, STATIVE_VERBS } from './lists/action-verbs';
import { COPULAS, OPENERS } from './lists/grammar';
import {
  DUMMY_SUBJECTS,
  HEAD_ADVERBS,
  HEDGING_VERBS,
  OPINION_BEFORE,
  PERSONAL,
  REFLECTIVE_MODALS,
} from './lists/star-cues';
import type { Token } from './tokens';

/** A unit with no pronoun and no past-tense verb: terse advice ("Check listeners first next time"). */
export function subjectless(doc: Doc, u: number): boolean {
  const { tokens } = doc;
  for (let k = doc.units[u].first; k < doc.units[u].last; k++) {
    const t = tokens[k];
    if (t.tags.has('Pronoun') || t.tags.has('PastTense')) return false;
  }
  return true;
}

/** First word of a unit after openers ("so", "um", "then"), or -1. */
export function headOf(doc: Doc, u: number): number {
  const { tokens } = doc;
  const { first, last } = doc.units[u];
  let i = first;
  while (i < last && headOpener(tokens[i])) i++;
  return i < last ? i : -1;
}

/** A word before a unit's head. "Probably should have profiled first": a sentence adverb before
 * the verb is an opener too. */
function headOpener(t: Token): boolean {
  return OPENERS.has(t.norm) || t.text === '' || HEAD_ADVERBS.has(t.norm);
}

/** A past-tense verb of doing with no subject before it: "Checked the dashboards first", "Moved
 * sending to a worker pool". Not a state ("was", "had") nor something done to the speaker ("got
 * moved onto the team"). */
export function impliedStep(tokens: readonly Token[], h: number): boolean {
  const v = tokens[h];
  if (!v.tags.has('PastTense') || v.tags.has('Noun') || v.tags.has('Adjective')) return false;
  if (COPULAS.has(v.norm) || STATIVE_VERBS.has(v.norm)) return false;
  const next = tokens[h + 1];
  return !(next && next.sent === v.sent && next.tags.has('PastTense'));
}

export type Frame = 'maxim' | 'method' | 'modal' | 'present' | null;

/** How a unit stands to the story's past: a maxim (an imperative, or "you" in the present), a
 * method judged (an -ing subject: "reading the tests first is how I start"), the speaker's would /
 * should ("what I'd keep is", "I should have"), or present tense with no past verb. */
export function reflectionFrame(doc: Doc, u: number): Frame {
  const { tokens } = doc;
  const { first, last } = doc.units[u];
  // "I think" alone is a hedge, not a frame.
  if (wordCount(tokens, first, last) < 4) return null;
  if (isMaxim(doc, u)) return 'maxim';
  const h = headOf(doc, u);
  if (h < 0) return null;
  const head = tokens[h];
  if (head.tags.has('Gerund') && !PERSONAL.has(tokens[h + 1]?.norm ?? '')) return 'method';
  let past = false;
  let present = false;
  for (let k = h; k < last; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    // "I would say that part went to plan" hedges a report; it is no reflection.
    if (
      REFLECTIVE_MODALS.has(t.norm) &&
      PERSONAL.has(prev?.norm ?? '') &&
      k > h - 1 &&
      !HEDGING_VERBS.has(tokens[k + 1]?.norm ?? '')
    )
      return 'modal';
    if (t.tags.has('PastTense') && t.tags.has('Verb')) past = true;
    else if (
      t.tags.has('Verb') &&
      t.tags.has('PresentTense') &&
      !t.tags.has('Gerund') &&
      !OPINION_BEFORE.has(t.norm) &&
      // "that's pretty much it" closes the answer; "priorities are hard" states a rule.
      ((t.tags.has('Copula') && !DUMMY_SUBJECTS.has(prev?.norm ?? '')) ||
        (prev && (prev.tags.has('Pronoun') || prev.tags.has('Noun'))))
    )
      present = true;
  }
  return present && !past ? 'present' : null;
}

/** A unit that states a rule rather than an event: it opens with a bare verb (an imperative) or it
 * speaks in the present to a generic "you", with no past-tense verb and no number. */
export function isMaxim(doc: Doc, u: number): boolean {
  const { tokens } = doc;
  const { first, last } = doc.units[u];
  const i = headOf(doc, u);
  if (i < 0) return false;
  if (imperative(doc, u)) return true;
  let past = tokens[i].tags.has('PastTense');
  let you = false;
  for (let k = first; k < last; k++) {
    if (tokens[k].tags.has('PastTense') && k > i) past = true;
    if (tokens[k].norm === 'you') you = true;
  }
  return you && !past && !doc.unitHasMetric[u];
}

/** A unit that opens on a bare verb with no past verb after it: "Ask what the contract needs",
 * "Get it back up". "Support and the payments team only showed up on Monday" is not one: a noun
 * that can be read as a verb heads a subject when a past verb follows it. */
export function imperative(doc: Doc, u: number): boolean {
  const { tokens } = doc;
  let i = headOf(doc, u);
  if (i < 0) return false;
  // "With no customer yet, build the smallest thing": a fronted phrase, then the bare verb.
  if (tokens[i].tags.has('Preposition')) {
    let k = i;
    while (k < i + 6 && k < doc.units[u].last - 1 && !/,/.test(tokens[k].post)) k++;
    if (/,/.test(tokens[k].post) && k + 1 < doc.units[u].last) i = k + 1;
  }
  const head = tokens[i];
  // "Measure first.", "Ask sales for names": the tagger reads a sentence's first word as a noun;
  // a verb of doing that opens its sentence, not followed by a verb, is the bare verb.
  const opensSentence = tokens[i - 1]?.sent !== head.sent;
  const nounRead =
    head.tags.has('Noun') &&
    opensSentence &&
    ACTION_BASE.has(head.norm) &&
    !tokens[i + 1]?.tags.has('Verb') &&
    !/^(and|or|of)$/.test(tokens[i + 1]?.norm ?? '');
  if (
    !nounRead &&
    (!(head.tags.has('Infinitive') || head.tags.has('Imperative')) || head.tags.has('Noun'))
  )
    return false;
  // "Export: five weeks" labels a list item, "Rewrite of the engine" names a thing, "wait, let me
  // back up" steers the telling.
  if (/[:,]/.test(head.post) || tokens[i + 1]?.norm === 'of') return false;
  if (PERSONAL.has(tokens[i + 1]?.norm ?? '')) return false;
  // ("Get the priorities agreed up front": a participle after the object completes "get".)
  const causative = /^(get|have|keep)$/.test(head.norm);
  for (let k = i + 1; k < doc.units[u].last; k++)
    if (
      tokens[k].tags.has('PastTense') &&
      !(causative && (tokens[k - 1].tags.has('Noun') || tokens[k - 1].tags.has('Plural')))
    )
      return false;
  return true;
}
