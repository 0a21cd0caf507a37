import { MODALS } from '../lists/grammar';
import {
  GENERIC_NOUNS,
  GENERIC_OBJECTS,
  SOFT_QUANTIFIERS,
  VAGUE_ACTION_PHRASES,
  VAGUE_ACTION_VERBS,
  VAGUE_PLACEHOLDERS,
  VAGUE_QUANTIFIERS,
} from '../lists/vague';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Doc } from '../doc';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { ACTION_REASON, ACTION_SUGGEST } from './reasons';
import {
  endsClause,
  sameSentence,
  sentenceHasMetric,
  spanFinding,
  type Rule,
  type RuleContext,
} from './context';

const PLACEHOLDERS = phraseSet(VAGUE_PLACEHOLDERS);
const QUANTIFIERS = phraseSet(VAGUE_QUANTIFIERS);
const ACTIONS = phraseSet(VAGUE_ACTION_VERBS);
const OBJECTS = phraseSet(GENERIC_OBJECTS);
const ACTION_PHRASES = phraseSet(VAGUE_ACTION_PHRASES);
const HOW_FOLLOWS = new Set(['by', 'using', 'with', 'via', 'through', 'because']);
const PARTICLES = new Set(['out', 'up']);
const ATTEMPT_VERBS = new Set(['try', 'tried', 'managed', 'had', 'have']);
const NOT_IN_AMOUNT = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'to',
  'from',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'because',
  'so',
  'than',
]);
const LEAD_INS = new Set(['and', 'some', 'other', 'this', 'that']);

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

/** A number in the same clause as token i ("a lot of errors, about 500 a minute" is specific). */
function unitHasMetric(doc: Doc, i: number): boolean {
  return doc.unitHasMetric[doc.unitOf[i]];
}

function subjectBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3 && tokens[k].sent === tokens[i].sent; k--) {
    const w = tokens[k].norm;
    if (w === 'we' || w === 'i' || w === 'they') return k;
    if (
      ![
        'kind',
        'of',
        'sort',
        'just',
        'then',
        'eventually',
        'basically',
        'finally',
        'also',
        'quickly',
      ].includes(w)
    )
      break;
  }
  return i;
}

/** True when a "to + verb" earlier in the clause governs this verb too ("asked them to test and fix it"). */
function underInfinitive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 6 && tokens[k].sent === tokens[i].sent; k--) {
    if (tokens[k].norm === 'to') return !ATTEMPT_VERBS.has(tokens[k - 1]?.norm ?? '');
    if (/[,;]/.test(tokens[k].post)) return false;
  }
  return false;
}

/** "we handled it", "dealt with it", "figured it out": an action with a generic object and no "how". */
function vagueActionEnd(tokens: readonly Token[], i: number): number {
  const whole = phraseAt(tokens, i, ACTION_PHRASES);
  if (whole) return whole.last;
  const verb = phraseAt(tokens, i, ACTIONS);
  if (!verb) return i;
  const prev = sameSentence(tokens, i - 1, i);
  if (prev && (prev.norm === 'how' || MODALS.has(prev.norm))) return i;
  if (prev?.norm === 'to' && !ATTEMPT_VERBS.has(tokens[i - 2]?.norm ?? '')) return i;
  if (prev && (prev.norm === 'and' || prev.norm === 'or') && underInfinitive(tokens, i)) return i; // "to use them and fix them"
  const obj = phraseAt(tokens, verb.last, OBJECTS);
  if (!obj || !sameSentence(tokens, obj.first, i)) return i;
  let end = obj.last;
  if (verb.last - verb.first === 1 && PARTICLES.has(tokens[end]?.norm ?? '')) end++;
  const next = sameSentence(tokens, end, i);
  if (next && HOW_FOLLOWS.has(next.norm)) return i;
  const objWord = tokens[obj.first].norm;
  // "figured out that the producer...", "fixed this race": a clause or a real noun follows.
  if (
    (objWord === 'that' || objWord === 'this') &&
    obj.last - obj.first === 1 &&
    next &&
    !endsClause(tokens, obj.first)
  ) {
    if (
      next.tags.has('Noun') ||
      next.tags.has('Determiner') ||
      next.tags.has('Adjective') ||
      next.tags.has('Pronoun')
    )
      return i;
  }
  return end;
}

function find({ doc }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const ph = phraseAt(tokens, i, PLACEHOLDERS);
    if (ph) {
      const lead =
        ph.last - ph.first === 1 &&
        LEAD_INS.has(tokens[i - 1]?.norm ?? '') &&
        sameSentence(tokens, i - 1, i)
          ? i - 1
          : i;
      out.push(spanFinding(doc, 'vague', lead, ph.last, PLACEHOLDER_REASON, PLACEHOLDER_SUGGEST));
      i = ph.last - 1;
      continue;
    }
    const q = phraseAt(tokens, i, QUANTIFIERS);
    if (q && !unitHasMetric(doc, i)) {
      const end = amountEnd(tokens, q.last, i);
      if (end > q.last) {
        out.push(spanFinding(doc, 'vague', i, end, AMOUNT_REASON, AMOUNT_SUGGEST));
        i = end - 1;
        continue;
      }
    }
    if (sentenceHasMetric(doc, i)) continue;
    if (SOFT_QUANTIFIERS.has(t.norm) && tokens[i + 1]?.norm !== 'of') {
      let j = i + 1;
      if (
        sameSentence(tokens, j, i) &&
        tokens[j].tags.has('Adjective') &&
        !GENERIC_NOUNS.has(tokens[j].norm)
      )
        j++;
      if (sameSentence(tokens, j, i) && GENERIC_NOUNS.has(tokens[j].norm)) {
        const first = tokens[i - 1]?.norm === 'a' && t.norm === 'few' ? i - 1 : i;
        out.push(spanFinding(doc, 'vague', first, j + 1, AMOUNT_REASON, AMOUNT_SUGGEST));
        i = j;
        continue;
      }
    }
    const end = vagueActionEnd(tokens, i);
    if (end > i) {
      out.push(
        spanFinding(doc, 'vague', subjectBefore(tokens, i), end, ACTION_REASON, ACTION_SUGGEST),
      );
      i = end - 1;
      continue;
    }
    // "we restarted things and ...": bare "things" as the object of a past-tense verb.
    const prev = sameSentence(tokens, i - 1, i);
    if (t.norm === 'things' && prev?.tags.has('PastTense') && endsClauseOrJoins(tokens, i)) {
      out.push(spanFinding(doc, 'vague', i, i + 1, ACTION_REASON, ACTION_SUGGEST));
    }
  }
  return out;
}

function endsClauseOrJoins(tokens: readonly Token[], i: number): boolean {
  const next = sameSentence(tokens, i + 1, i);
  return (
    endsClause(tokens, i) ||
    !next ||
    next.norm === 'and' ||
    next.norm === 'but' ||
    next.norm === 'or'
  );
}

/** Vague references: "stuff", "etc.", "a lot of issues", "some problems", "we handled it". */
export const vagueReferenceRule: Rule = { kind: 'vague', run: find };
