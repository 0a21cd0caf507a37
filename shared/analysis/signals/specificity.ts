import type { Doc } from '../doc';
import { findTechTerms } from '../tech';
import type { SpecificitySignal } from '../types';

/** Below this many technical terms per minute, the story could have been told by a non-engineer. */
const SHALLOW_PER_MINUTE = 5;
/** Also shallow when fewer distinct terms than this are named, however short the answer. */
const SHALLOW_DISTINCT = 5;

/** Technical terms per minute of speaking time. */
export function specificitySignal(doc: Doc, seconds: number): SpecificitySignal {
  const hits = findTechTerms(doc.tokens);
  const distinct = new Set(hits.map((h) => h.phrase));
  const minutes = seconds / 60;
  return {
    technicalTerms: hits.length,
    distinctTerms: distinct.size,
    perMinute: minutes > 0 ? Math.round((hits.length / minutes) * 10) / 10 : 0,
    terms: [...distinct].slice(0, 30),
  };
}

/** The `too-shallow` verdict: few technical terms, and no measured impact to show the story's
 * specifics instead (a scope or priority story with "from 45 minutes to 8" was told by the
 * engineer who measured it). */
export function isTooShallow(s: SpecificitySignal, impactNumbers = 0): boolean {
  return (
    impactNumbers === 0 && (s.perMinute < SHALLOW_PER_MINUTE || s.distinctTerms < SHALLOW_DISTINCT)
  );
}
