// Cues about the people in a story, shared by partner finding (partners.ts, partner-name.ts) and
// the hero signal's reading of what the others do (hero-others.ts, hero-process.ts): one home, so
// a fix to what counts as a person's verb of help reaches both.
import { CONTRIBUTION_VERBS, OTHERS_WORDS, PARTNER_FAULT_VERBS } from '../lists/content-cues';
import { ACTION_PAST } from '../lists/action-verbs';
import { PARTY_HEADS } from '../lists/blame';
import { CUSTOMER_WORDS, LEARNED_OF } from '../lists/hero';
import { DETERMINERS } from '../lists/grammar';
import type { Token } from '../tokens';

/** Compromise's tags that mark a token as a person's name. */
export const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName'];

/** A contribution verb within `span` tokens after i, in the same sentence: one of the list, or
 * any past verb of doing that is not a fault ("Dana rewrote the client", not "Dana broke it"). */
export function contributionAfter(tokens: readonly Token[], i: number, span: number): boolean {
  for (
    let j = i + 1;
    j <= i + span && j < tokens.length && tokens[j].sent === tokens[i].sent;
    j++
  ) {
    const w = tokens[j].norm;
    const prev = tokens[j - 1]?.norm ?? '';
    // "on an old Samsung, I wrote a fallback": the verb after another subject is not theirs
    // ("my manager, Ravi, and we decided" is theirs too).
    if (w === 'i' || (w === 'we' && prev !== 'and')) return false;
    // "Tomasz broke the build": the person's verb is a fault, whatever follows it; "found out"
    // learns of the work.
    if (PARTNER_FAULT_VERBS.has(w) || learnedOf(tokens, j)) return false;
    // "the SRE on call took forty minutes to acknowledge": a delay, not a part in the work.
    if (tookTime(tokens, j)) return false;
    if (DETERMINERS.has(prev) || prev === 'to') continue;
    if (CONTRIBUTION_VERBS.has(w) || ACTION_PAST.has(w)) return true;
  }
  return false;
}

/** Units of time a delay is told in ("took two days", "took a week", "took ages"). */
const TIME_SPANS = /^(ages|forever|minutes?|hours?|days?|weeks?|months?|years?|while)$/;

/** "took forty minutes to reply", "took a week", "took ages": the verb at j tells a delay. */
export function tookTime(tokens: readonly Token[], j: number): boolean {
  if (tokens[j].norm !== 'took') return false;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const u = tokens[k];
    if (TIME_SPANS.test(u.norm)) return true;
    if (
      !u.tags.has('Value') &&
      !/^(a|an|about|almost|over|nearly|like|the|whole|full)$/.test(u.norm)
    )
      return false;
  }
  return false;
}

/** How long an apposition after a name may run ("Marek, a contractor who was with us, wrote"). */
const APPOSITION_SPAN = 12;

/** An apposition from `from` closed by a comma and followed by a verb of doing. */
export function appositionThenActs(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + APPOSITION_SPAN && tokens[k]?.sent === tokens[from].sent; k++) {
    if (!/,/.test(tokens[k].post)) continue;
    const v = tokens[k + 1];
    return (
      v !== undefined &&
      v.sent === tokens[k].sent &&
      !PARTNER_FAULT_VERBS.has(v.norm) &&
      (CONTRIBUTION_VERBS.has(v.norm) || ACTION_PAST.has(v.norm))
    );
  }
  return false;
}

/** "found out", "heard about": the verb at j learns of the work instead of doing part of it. */
export function learnedOf(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.norm;
  return LEARNED_OF.some(([a, b]) => a === tokens[j].norm && b === next);
}

/** How far back the person a pronoun stands for is looked for. */
const ANTECEDENT_SPAN = 15;

/** The last person named before a pronoun is a customer's ("sent the spec to the customer
 * contact, she confirmed it"): the customer answers, they take no part in the work. */
export function customerBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ANTECEDENT_SPAN); k--) {
    const w = tokens[k].norm;
    if (CUSTOMER_WORDS.has(w)) return true;
    if (
      OTHERS_WORDS.has(w) ||
      PARTY_HEADS.has(w) ||
      NAME_TAGS.some((tag) => tokens[k].tags.has(tag))
    )
      return false;
  }
  return false;
}
