import { TECH_PHRASES, TECH_WORDS } from './lists/tech-terms';
import { findPhrases, phraseSet, type PhraseHit } from './phrase-match';
import type { Token } from './tokens';

const TECH_SET = phraseSet([...TECH_PHRASES, ...TECH_WORDS]);
/** Single-word technical terms, for quick membership checks. */
export const TECH_WORD_SET: ReadonlySet<string> = new Set(TECH_WORDS);

/** Technical terms in the answer, longest match first ("circuit breaker" counts once). */
export function findTechTerms(tokens: readonly Token[]): PhraseHit[] {
  return findPhrases(tokens, TECH_SET);
}
