import { useMemo } from 'react';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { focusedReview } from '../../../shared/review/focused-review';
import { useQuestions } from '../questions/use-questions';

/** The review's Fix-first list and follow-ups ranked for the company chosen in Questions (kept
 * fresh: switching the focus reorders an open review). */
export function useFocusedReview(analysis: AnswerAnalysis | null) {
  const { focus } = useQuestions();
  return useMemo(() => (analysis ? focusedReview(analysis, focus) : null), [analysis, focus]);
}
