import { isNumberToken } from '../quantities';
import {
  FILLER_CLOSERS,
  FILLER_SOUNDS,
  LIKE_COMPARISON_BEFORE,
  LIKE_VERB_BEFORE,
  PADDING_OPENERS,
  YOU_KNOW_REAL_BEFORE,
} from '../lists/fillers';
import { COPULAS, DETERMINERS, SUBJECT_PRONOUNS } from '../lists/grammar';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { isClauseStart, pauseAfter, sameSentence, spanFinding, type Rule } from './context';

const CLOSERS = phraseSet(FILLER_CLOSERS);
const PERSONS = new Set([
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'everyone',
  'everybody',
  'someone',
  'people',
  'nobody',
]);
const APPROXIMATE_NEXT = new Set([
  'half',
  'maybe',
  'about',
  'around',
  'almost',
  'every',
  'literally',
  'basically',
  'super',
  'really',
  'totally',
]);
const INTENSIFIERS = new Set([
  'really',
  'very',
  'super',
  'totally',
  'complete',
  'huge',
  'massive',
  'pretty',
  'couple',
  'few',
  'bunch',
  'dozen',
]);
const UMM = 'Filler sound. A silent pause sounds more confident than "um": breathe instead.';

/** Is this "like" a pause word rather than a verb ("I'd like to"), preposition ("a tool like Kafka")
 * or comparison ("it looked like a leak")? Reads the words on both sides. */
export function likeIsFiller(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = sameSentence(tokens, i - 1, i);
  const next = sameSentence(tokens, i + 1, i);
  const next2 = sameSentence(tokens, i + 2, i);
  if (pauseAfter(prev) && pauseAfter(t)) return true;
  if (!next) return !prev || !LIKE_COMPARISON_BEFORE.has(prev.norm);
  if (next.norm === 'this' || next.norm === 'that') return false;
  if (FILLER_SOUNDS.has(next.norm) || (prev && FILLER_SOUNDS.has(prev.norm))) return true;
  if (prev && LIKE_COMPARISON_BEFORE.has(prev.norm)) return false;
  const verbBefore = !!prev && !pauseAfter(prev) && LIKE_VERB_BEFORE.has(prev.norm);
  // "up to like seven", "like half the calls": an approximation said with a pause word.
  if (
    (isNumberToken(next) || APPROXIMATE_NEXT.has(next.norm)) &&
    !(verbBefore && prev?.norm !== 'to')
  )
    return true;
  if (verbBefore) {
    // "we like rewrote it" is a pause; "we like working on it" is the verb.
    return (
      SUBJECT_PRONOUNS.has(prev.norm) && next.tags.has('PastTense') && !next.tags.has('Adjective')
    );
  }
  if ((next.norm === 'a' || next.norm === 'an') && next2 && INTENSIFIERS.has(next2.norm))
    return true;
  if (prev && COPULAS.has(prev.norm) && prev.norm !== 'felt' && prev.norm !== 'looked') {
    const subject = tokens[i - 2];
    if (subject && subject.sent === t.sent && PERSONS.has(subject.norm)) return false; // quotative "I was like"
    return !(next.norm === 'a' || next.norm === 'an' || next.norm === 'the');
  }
  if (isClauseStart(tokens, i)) {
    return (
      SUBJECT_PRONOUNS.has(next.norm) ||
      DETERMINERS.has(next.norm) ||
      next.norm === 'there' ||
      next.norm === 'so'
    );
  }
  // "the queue like backed up": between a subject and its verb.
  return (
    !!prev &&
    (prev.tags.has('Noun') || prev.tags.has('Pronoun')) &&
    next.tags.has('PastTense') &&
    next.tags.has('Verb')
  );
}

function youKnowIsFiller(tokens: readonly Token[], i: number): boolean {
  const prev = sameSentence(tokens, i - 1, i);
  if (prev && YOU_KNOW_REAL_BEFORE.has(prev.norm)) return false;
  const next = sameSentence(tokens, i + 2, i);
  // "you know how caches work": a real statement to the listener.
  return !(
    next &&
    !pauseAfter(tokens[i + 1]) &&
    (next.norm === 'how' || next.norm === 'what' || next.norm === 'that')
  );
}

function find(ctx: Parameters<Rule['run']>[0]): Finding[] {
  const { doc } = ctx;
  const { tokens } = doc;
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '') continue;
    const closer = phraseAt(tokens, i, CLOSERS);
    if (closer) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          closer.last,
          'Trailing filler: it tells the listener you ran out of things to say.',
          'End on your result or lesson, then stop.',
        ),
      );
      i = closer.last - 1;
    } else if (FILLER_SOUNDS.has(t.norm)) {
      out.push(spanFinding(doc, 'filler', i, i + 1, UMM));
    } else if (t.norm === 'like' && likeIsFiller(tokens, i)) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          '"Like" used as a pause. Drop it; the sentence works without it.',
        ),
      );
    } else if (
      t.norm === 'you' &&
      tokens[i + 1]?.norm === 'know' &&
      sameSentence(tokens, i + 1, i) &&
      youKnowIsFiller(tokens, i)
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 2,
          '"You know" as a pause: the interviewer does not know yet, so tell them.',
        ),
      );
      i++;
    } else if (t.norm === 'i' && tokens[i + 1]?.norm === 'mean' && isRestart(tokens, i)) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 2,
          '"I mean" restarts the sentence. Say the point directly.',
        ),
      );
      i++;
    } else if (
      PADDING_OPENERS.has(t.norm) &&
      (isClauseStart(tokens, i) || (pauseAfter(tokens[i - 1]) && pauseAfter(t)))
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          `"${t.text}" at the start of a sentence adds nothing. Start with the point.`,
        ),
      );
    } else if (
      t.norm === 'yeah' &&
      isClauseStart(tokens, i) &&
      (tokens[i + 1]?.norm === 'so' || pauseAfter(t))
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          '"Yeah" as an opener is filler. Start with the first fact.',
        ),
      );
    } else if (
      t.norm === 'right' &&
      /\?/.test(t.post) &&
      !DETERMINERS.has(tokens[i - 1]?.norm ?? '')
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          'Tag question "right?" asks for approval. State it and move on.',
        ),
      );
    }
  }
  return out;
}

function isRestart(tokens: readonly Token[], i: number): boolean {
  const prev = sameSentence(tokens, i - 1, i);
  const next = sameSentence(tokens, i + 2, i);
  if (prev && (prev.norm === 'what' || prev.norm === 'which' || prev.norm === 'that')) return false;
  if (next && (next.norm === 'it' || next.norm === 'to')) return false;
  return isClauseStart(tokens, i) || pauseAfter(tokens[i + 1]);
}

/** Filler words: hesitation sounds, pause "like", "you know", "I mean", "so yeah", padding openers. */
export const fillerRule: Rule = { kind: 'filler', run: find };
