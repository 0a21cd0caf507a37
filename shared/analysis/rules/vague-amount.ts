import type { Doc } from '../doc';
import {
  GENERIC_NOUNS,
  SCOPE_GAP,
  SCOPE_HEADS,
  SCOPE_JUDGEMENTS,
  SOFT_QUANTIFIERS,
  VAGUE_PLACEHOLDERS,
  VAGUE_QUANTIFIERS,
} from '../lists/vague';
import {
  EFFORT_NOUNS,
  FEELING_NOUNS,
  NAMING_BEFORE,
  NEUTRAL_AMOUNTS,
  NOT_STEPS as NOT_OWN_STEPS,
} from '../lists/vague-context';
import { METRIC_NOUNS } from '../lists/outcome-words';
import { listEndAt, partialAt } from './vague-sets';
import { toldAsPast } from './vague-lesson';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { spanFinding, type Rule, type RuleContext } from './context';
import { specificsNear } from './vague-measure';
import { otherPartyAct, thingsAmount } from './vague-framing';
import { ACT_GAP, OTHER_PARTIES } from '../lists/vague-roles';
import { endsClause, pauseAfter, sameSentence } from '../token-context';
import {
  AMOUNT_PARTICLES,
  LEAD_INS,
  NOT_IN_AMOUNT,
  NOT_STEPS,
  THING_DESCRIBERS,
} from '../lists/vague-context';

const PLACEHOLDERS = phraseSet(VAGUE_PLACEHOLDERS);
const QUANTIFIERS = phraseSet(VAGUE_QUANTIFIERS);
const JUDGEMENTS = phraseSet(SCOPE_JUDGEMENTS);

/** "added retries where it made sense", "we delivered everything that mattered": the scope of a
 * step left to a judgement, standing in for which ones. Returns the end token or i. */
function judgedScopeEnd(tokens: readonly Token[], i: number): number {
  if (!SCOPE_HEADS.has(tokens[i].norm)) return i;
  let j = i + 1;
  while (j < i + 3 && SCOPE_GAP.has(sameSentence(tokens, j, i)?.norm ?? '')) j++;
  const hit = sameSentence(tokens, j, i) ? phraseAt(tokens, j, JUDGEMENTS) : null;
  if (!hit || !sameSentence(tokens, hit.last - 1, i)) return i;
  return endsClauseOrJoins(tokens, hit.last - 1) ? hit.last : i;
}

const AMOUNT_REASON = 'Vague amount: "a lot" or "some" where the interviewer wants a number.';
const AMOUNT_SUGGEST = 'Give the count or size ("14 incidents in a quarter"), or name the items.';
const PLACEHOLDER_REASON = 'Placeholder for details you did not give.';
const PLACEHOLDER_SUGGEST = 'Name the one or two things that mattered instead of "stuff" or "etc."';

/** End of what follows "a lot of": the next few words up to a preposition, conjunction or pause. */
function amountEnd(tokens: readonly Token[], j: number, ref: number): number {
  let k = j;
  while (
    k < j + 3 &&
    sameSentence(tokens, k, ref) &&
    !NOT_IN_AMOUNT.has(tokens[k].norm) &&
    tokens[k].text !== ''
  ) {
    k++;
    if (endsClause(tokens, k - 1)) break;
  }
  return k;
}

/** True when the clause of token i states a number that could size an amount ("a lot of errors,
 * about 500 a minute"); a duration does not ("shifted two hours for a lot of users"). Trouble
 * counted vaguely ("ran into a lot of issues") is sized only by a number after it: "we migrated
 * the first twenty jobs and ran into a lot of issues" counts the jobs, not the issues. */
function unitHasMetric(doc: Doc, i: number, after: boolean): boolean {
  if (!doc.unitHasMetric[doc.unitOf[i]]) return false;
  const unit = doc.unitOf[i];
  return doc.quantities.some(
    (q) => doc.unitOf[q.first] === unit && q.kind !== 'duration' && (!after || q.first > i),
  );
}

/** "some problems", "a few issues": a soft quantifier with a generic noun. */
function genericSetEnd(tokens: readonly Token[], i: number): number {
  if (!SOFT_QUANTIFIERS.has(tokens[i].norm) || tokens[i + 1]?.norm === 'of') return i;
  // "how many issues there were": a question, not an amount.
  if (tokens[i - 1]?.norm === 'how') return i;
  let j = i + 1;
  const adj = sameSentence(tokens, j, i);
  // "some weird problems", "some support tasks": one modifier before the generic noun.
  if ((adj?.tags.has('Adjective') || adj?.tags.has('Noun')) && !GENERIC_NOUNS.has(adj.norm)) j++;
  return GENERIC_NOUNS.has(sameSentence(tokens, j, i)?.norm ?? '') ? j + 1 : i;
}

/** "we tweaked some settings, ...", "set up some meetings and ...": an unnamed set as the object
 * of a step, with nothing after it that says which ("added some tests comparing X" is fine). */
function unnamedSetEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i].norm !== 'some') return i;
  const v = AMOUNT_PARTICLES.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  const verb = sameSentence(tokens, v, i);
  // "after some digging": an activity with no what, after a preposition of time.
  if (verb?.norm === 'after' && /ing$/.test(sameSentence(tokens, i + 1, i)?.norm ?? ''))
    return endsClauseOrJoins(tokens, i + 1) ? i + 2 : i;
  // "did some digging", "did some testing": an activity done, with no what.
  const did =
    (verb?.norm === 'did' || verb?.norm === 'do') &&
    /ing$/.test(sameSentence(tokens, i + 1, i)?.norm ?? '');
  if (
    !verb ||
    !verb.tags.has('Verb') ||
    verb.tags.has('Copula') ||
    (NOT_STEPS.has(verb.norm) && !did)
  )
    return i;
  let j = i + 1;
  if (sameSentence(tokens, j, i)?.tags.has('Adjective') && tokens[j + 1]?.tags.has('Noun')) j++;
  const noun = sameSentence(tokens, j, i);
  // "some settings", "some caching": a plural or an activity noun with nothing that says which.
  const unnamed =
    noun && !noun.tags.has('Pronoun') && (noun.tags.has('Plural') || /ing$/.test(noun.norm));
  if (!noun || !unnamed) return i;
  // "I did some digging first."
  const tail = sameSentence(tokens, j + 1, i)?.norm;
  return endsClauseOrJoins(tokens, j) || tail === 'first' || tail === 'too' ? j + 1 : i;
}

/** "our stuff", "their stuff", "and everything runs on EKS": a noun for a known thing or a
 * subject, not a placeholder for details left out. */
function namedThing(tokens: readonly Token[], first: number, last: number): boolean {
  // "and everything runs on EKS": the subject of what follows; the placeholder closes its clause.
  if (last - first === 2 && tokens[first + 1].norm === 'everything')
    return !endsClauseOrJoins(tokens, last - 1);
  if (tokens[first].norm !== 'stuff' || last - first !== 1) return false;
  const prev = sameSentence(tokens, first - 1, first);
  // "their own stuff": a possessive with "own" names whose things they are.
  const owner = prev?.norm === 'own' ? sameSentence(tokens, first - 2, first) : prev;
  return NAMING_BEFORE.has(owner?.norm ?? '') || partyThings(tokens, first);
}

/** True when "stuff" at i is the object of another party's act ("before they change stuff", "the
 * people who actually build the stuff", "vendors touching shared stuff"): the speaker tells what
 * others do, the word stands in for no detail of their own story. */
function partyThings(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && THING_DESCRIBERS.has(sameSentence(tokens, k, i)?.norm ?? '')) k--;
  const verb = sameSentence(tokens, k, i);
  if (!verb || !verb.tags.has('Verb') || verb.tags.has('Copula') || verb.tags.has('Modal'))
    return false;
  k--;
  while (k > i - 8) {
    const t = sameSentence(tokens, k, i);
    if (!t || !(ACT_GAP.has(t.norm) || t.tags.has('Adverb') || t.tags.has('Negative'))) break;
    k--;
  }
  const subject = sameSentence(tokens, k, i);
  if (!subject || pauseAfter(subject)) return false;
  // "the people who build": a relative clause whose head is a plural party.
  if (subject.norm === 'who')
    return !!sameSentence(tokens, k - 1, i)?.tags.has('Plural') && tokens[k - 1].norm !== 'we';
  return subject.norm === 'they' || OTHER_PARTIES.has(subject.norm);
}

/** "a bunch of monitoring and stuff like that", "lots of retries and so on": a placeholder that
 * closes the list an amount opened belongs to the same vague claim. Returns the end of the tail
 * right at `end`, or `end`. */
function listTailEnd(tokens: readonly Token[], end: number): number {
  const t = sameSentence(tokens, end, end - 1);
  if (!t || (t.norm !== 'and' && t.norm !== 'or') || pauseAfter(tokens[end - 1])) return end;
  const tail = phraseAt(tokens, end, PLACEHOLDERS) ?? phraseAt(tokens, end + 1, PLACEHOLDERS);
  return tail && sameSentence(tokens, tail.last - 1, end) ? tail.last : end;
}

/** True when token i ends its clause or is followed by and/but/or. */
export function endsClauseOrJoins(tokens: readonly Token[], i: number): boolean {
  const next = sameSentence(tokens, i + 1, i);
  return (
    endsClause(tokens, i) ||
    !next ||
    next.norm === 'and' ||
    next.norm === 'but' ||
    next.norm === 'or'
  );
}

/** True when a noun that names a kind of thing follows the amount at j ("a bunch of cron jobs"). */
function namesThing(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = sameSentence(tokens, k, j - 1);
    if (!t || t.tags.has('Pronoun') || t.tags.has('Preposition') || t.tags.has('Verb'))
      return false;
    // "a lot of complaints", "a bunch of errors": trouble counted, the claim the setup makes.
    if (METRIC_NOUNS.has(t.norm)) return false;
    if (t.tags.has('Plural') || (t.tags.has('Noun') && endsClauseOrJoins(tokens, k))) return true;
  }
  return false;
}

/** True when the amount at i is what another party did ("her team shipped lots of small
 * migrations"); what they got ("the platform team got a ton of shout-outs") is still counted. */
function othersWork(tokens: readonly Token[], i: number): boolean {
  const verb = sameSentence(tokens, i - 1, i);
  return !!verb && !NOT_OWN_STEPS.has(verb.norm) && otherPartyAct(tokens, i);
}

/** True when the amount over [from, to) is the effort a dummy subject had ("it was a lot of
 * work", "that was a lot of pressure"). */
function effortTold(tokens: readonly Token[], i: number, to: number): boolean {
  const be = sameSentence(tokens, i - 1, i)?.norm ?? '';
  const dummy = sameSentence(tokens, i - 2, i)?.norm ?? '';
  return (
    /^(was|is)$/.test(be) &&
    /^(it|that|this)$/.test(dummy) &&
    EFFORT_NOUNS.has(tokens[to - 1]?.norm ?? '')
  );
}

/** "maybe one hour or something": "or ..." right after a number rounds it; it leaves no detail out. */
function approximation(doc: Doc, first: number): boolean {
  if (doc.tokens[first].norm !== 'or') return false;
  return doc.quantities.some((q) => q.last === first);
}

/** True when one of the next few words is a vague noun ("a lot of issues", "some weird problems"). */
function countsGeneric(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3 && sameSentence(tokens, k, j - 1); k++)
    if (GENERIC_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

function find({ doc, unitParts }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  const amount = (first: number, last: number) =>
    out.push(spanFinding(doc, 'vague', first, last, AMOUNT_REASON, AMOUNT_SUGGEST));
  for (let i = 0; i < tokens.length; i++) {
    const listEnd = listEndAt(tokens, i);
    if (listEnd) {
      out.push(
        spanFinding(doc, 'vague', listEnd[0], listEnd[1], PLACEHOLDER_REASON, PLACEHOLDER_SUGGEST),
      );
      i = listEnd[1] - 1;
      continue;
    }
    const ph = phraseAt(tokens, i, PLACEHOLDERS);
    if (ph && !namedThing(tokens, ph.first, ph.last) && !approximation(doc, ph.first)) {
      const lead =
        ph.last - ph.first === 1 &&
        LEAD_INS.has(tokens[i - 1]?.norm ?? '') &&
        sameSentence(tokens, i - 1, i);
      out.push(
        spanFinding(
          doc,
          'vague',
          lead ? i - 1 : i,
          ph.last,
          PLACEHOLDER_REASON,
          PLACEHOLDER_SUGGEST,
        ),
      );
      i = ph.last - 1;
      continue;
    }
    // In the setup an amount describes the scene ("a few dozen microservices"); it stands in for a
    // claim only when what it counts is itself vague ("a lot of issues").
    const part = unitParts[doc.unitOf[i]];
    // (A one- or two-clause answer has no real parts: everything in it counts.)
    const setup = doc.units.length >= 3 && (part === 'situation' || part === 'task');
    // A lesson generalises ("some teams need a lot of pushing"); it claims no amount.
    const lesson = doc.units.length >= 3 && part === 'learning';
    if (lesson && !toldAsPast(doc, i, i + 1)) continue;
    // Only where something was done: a goal's "where it makes sense" is a plan.
    const scope = setup || lesson ? i : judgedScopeEnd(tokens, i);
    if (scope > i) {
      out.push(spanFinding(doc, 'vague', i, scope, PLACEHOLDER_REASON, PLACEHOLDER_SUGGEST));
      i = scope - 1;
      continue;
    }
    const q = phraseAt(tokens, i, QUANTIFIERS);
    // "rewrite the pipeline from a bunch of cron jobs": in the setup an amount of a named thing
    // describes the scene too.
    if (
      q &&
      setup &&
      !countsGeneric(tokens, q.last) &&
      (NEUTRAL_AMOUNTS.has(q.phrase) || namesThing(tokens, q.last))
    ) {
      i = q.last - 1;
      continue;
    }
    // "a bunch of on call toil", "a lot of in flight requests": still an amount when the next word
    // is a preposition; then the quantifier alone is the span.
    const trouble = !!q && countsGeneric(tokens, q.last);
    const qEnd =
      q && !unitHasMetric(doc, i, trouble) && sameSentence(tokens, q.last, i)
        ? Math.max(amountEnd(tokens, q.last, i), q.last + 1)
        : i;
    // "the workers were burning a lot of CPU": the problem told, unless what is counted is vague;
    // "her team shipped lots of small migrations": another party's work; "it was a lot of work":
    // the speaker's effort, not a claim.
    if (
      q &&
      qEnd > q.last &&
      ((!countsGeneric(tokens, q.last) && (thingsAmount(tokens, i) || othersWork(tokens, i))) ||
        effortTold(tokens, i, qEnd) ||
        FEELING_NOUNS.has(tokens[qEnd - 1]?.norm ?? ''))
    ) {
      i = qEnd - 1;
      continue;
    }
    if (q && qEnd > q.last) {
      amount(i, listTailEnd(tokens, qEnd));
      i = qEnd - 1;
      continue;
    }
    if (specificsNear(doc, i, i + 1)) continue;
    const partial = partialAt(doc, unitParts, i);
    if (partial) {
      amount(partial[0], partial[1]);
      i = partial[1] - 1;
      continue;
    }
    const end = Math.max(genericSetEnd(tokens, i), setup ? i : unnamedSetEnd(tokens, i));
    if (end > i && otherPartyAct(tokens, i)) {
      i = end - 1;
      continue;
    }
    if (end > i) {
      // "a few issues", "so many issues": the word before belongs to the amount.
      const lead =
        (tokens[i].norm === 'few' && tokens[i - 1]?.norm === 'a') ||
        (tokens[i].norm === 'many' && /^(so|too|very)$/.test(tokens[i - 1]?.norm ?? ''));
      amount(lead ? i - 1 : i, end);
      i = end - 1;
    }
  }
  return out;
}

/** Vague amounts and placeholders: "stuff", "etc.", "a lot of issues", "some problems". */
export const vagueAmountRule: Rule = { kind: 'vague', run: find };
