import { isNumberToken } from '../quantities';
import {
  FILLER_SOUNDS,
  LIKE_COMPARISON_BEFORE,
  LIKE_VERB_BEFORE,
  YOU_KNOW_REAL_BEFORE,
} from '../lists/fillers';
import { COPULAS, DETERMINERS, SUBJECT_PRONOUNS } from '../lists/grammar';
import type { Token } from '../tokens';
import { isClauseStart, pauseAfter, sameSentence } from '../token-context';
import {
  AMOUNT_NEXT,
  APPROXIMATE_NEXT,
  HAVING_VERBS,
  INTENSIFIERS,
  LIKE_DEMONSTRATIVES,
  LIKE_JOINERS,
  PERSONS,
  SWEEPING,
  TELLING,
} from '../lists/fillers';

/** Is this "like" a pause word rather than a verb ("I'd like to"), preposition ("a tool like Kafka")
 * or comparison ("it looked like a leak")? Reads the words on both sides. */
export function likeIsFiller(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = sameSentence(tokens, i - 1, i);
  const next = sameSentence(tokens, i + 1, i);
  const next2 = sameSentence(tokens, i + 2, i);
  if (pauseAfter(prev) && pauseAfter(t)) return true;
  // "a price my director didn't like.": the verb, at the end of its sentence.
  if (!next)
    return !prev || !(LIKE_COMPARISON_BEFORE.has(prev.norm) || LIKE_VERB_BEFORE.has(prev.norm));
  if (next.norm === 'this' || next.norm === 'that') return false;
  if (FILLER_SOUNDS.has(next.norm) || (prev && FILLER_SOUNDS.has(prev.norm))) return true;
  if (prev && LIKE_COMPARISON_BEFORE.has(prev.norm)) return false;
  // "at this like e-commerce startup": no comparison sits between a demonstrative and its noun.
  if (prev && LIKE_DEMONSTRATIVES.has(prev.norm) && !pauseAfter(prev)) return true;
  // "and like traffic was growing", "where like everything was a priority", "and like looked at the
  // logs": after a word that joins clauses, "like" before a subject or a verb is a pause.
  if (prev && LIKE_JOINERS.has(prev.norm) && !pauseAfter(t) && opensClauseAfter(next)) return true;
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
  // "for like most of the day", "had like a fraction of the data": after a preposition or a verb of
  // having or taking, "like" cannot compare, so before an amount or a noun phrase it is a pause.
  const amountNext = DETERMINERS.has(next.norm) || AMOUNT_NEXT.has(next.norm);
  if (
    prev &&
    amountNext &&
    ((prev.tags.has('Preposition') && prev.norm !== 'like') || HAVING_VERBS.has(prev.norm))
  )
    return true;
  // "it was like a really bad day" / "like a bad message": the pause word before a plain
  // description; "it was like a maze" (a bare noun) is a comparison.
  const described = next2?.tags.has('Adjective') && !next2.tags.has('Noun');
  if (
    (next.norm === 'a' || next.norm === 'an') &&
    next2 &&
    (INTENSIFIERS.has(next2.norm) || (described && !!prev && COPULAS.has(prev.norm)))
  )
    return true;
  if (prev && COPULAS.has(prev.norm) && prev.norm !== 'felt' && prev.norm !== 'looked') {
    const subject = tokens[i - 2];
    // Quotative "I was like, okay ..." reports a thought; "we were like trying to ..." is a pause.
    const quotative = subject && subject.sent === t.sent && PERSONS.has(subject.norm);
    if (quotative) return next.tags.has('Gerund');
    return !(next.norm === 'a' || next.norm === 'an' || next.norm === 'the');
  }
  if (isClauseStart(tokens, i)) {
    return (
      SUBJECT_PRONOUNS.has(next.norm) ||
      DETERMINERS.has(next.norm) ||
      next.norm === 'there' ||
      next.norm === 'so' ||
      PERSONS.has(next.norm) ||
      SWEEPING.has(next.norm)
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

/** A word that starts a clause or a step: a subject, a determiner, a sweeping word, or a past verb
 * with the subject left out. */
function opensClauseAfter(next: Token): boolean {
  return (
    SUBJECT_PRONOUNS.has(next.norm) ||
    PERSONS.has(next.norm) ||
    SWEEPING.has(next.norm) ||
    next.norm === 'there' ||
    (DETERMINERS.has(next.norm) && next.norm !== 'what' && next.norm !== 'which') ||
    (next.tags.has('PastTense') && next.tags.has('Verb') && !next.tags.has('Adjective'))
  );
}

/** "You know" as a pause, not in a question ("do you know ...") or a statement to the listener. */
export function youKnowIsFiller(tokens: readonly Token[], i: number): boolean {
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

/** "I mean" restarting a sentence, not "what I mean is" or "I mean to". */
export function isRestart(tokens: readonly Token[], i: number): boolean {
  const prev = sameSentence(tokens, i - 1, i);
  const next = sameSentence(tokens, i + 2, i);
  if (prev && (prev.norm === 'what' || prev.norm === 'that')) return false;
  if (next?.norm === 'to') return false; // "I mean to fix it"
  // "I mean it." is sincerity; "I mean, it happens" / "I mean it happens" restarts the sentence.
  if (next?.norm === 'it' && !isClauseStart(tokens, i)) return false;
  // "by fast I mean under 200 ms": a definition.
  for (let k = i - 1; k >= i - 5 && sameSentence(tokens, k, i); k--) {
    if (tokens[k].norm === 'by') return false;
    if (pauseAfter(tokens[k])) break;
  }
  // A transcript without commas runs the restart on ("after i mean i learned", "which i mean could
  // mean anything"): a spoken "I mean" that is none of the above restarts the thought.
  return true;
}

/** "Actually" that contrasts ("it was actually the DNS, not the database") or "honestly" that
 * qualifies candour ("I told him honestly that ...") is meaning, not padding: only a word that opens
 * its sentence or clause can pad, and "actually" followed by a contrast ("not", "but") is kept. */
export function realCandour(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.norm !== 'actually' && t.norm !== 'honestly') return false;
  for (let k = i + 1; k < i + 8 && sameSentence(tokens, k, i); k++)
    if (tokens[k].norm === 'not' && t.norm === 'actually' && /,/.test(tokens[k - 1].post))
      return true;
  const prev = sameSentence(tokens, i - 1, i);
  // "I told the sales lead, Jonas, honestly that ...": a verb of telling a few words before.
  if (t.norm === 'honestly')
    for (let k = i - 1; k >= i - 5 && sameSentence(tokens, k, i); k--) {
      if (TELLING.has(tokens[k].norm)) return true;
      if (/[.;:!?]/.test(tokens[k].post)) break;
    }
  return !!prev && !pauseAfter(prev) && (prev.tags.has('Verb') || prev.tags.has('Pronoun'));
}
