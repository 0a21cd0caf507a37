/** Reasons and suggestions shared between rules and the follow-up probes that key on them. */

/** Vague outcome: "it got better", "a huge improvement". */
export const OUTCOME_REASON =
  'Vague outcome: the interviewer will ask what changed and by how much.';
/** The taxonomy's own wording for the outcome suggestion. */
export const OUTCOME_SUGGEST = 'Say what changed and by how much: which metric, from what to what?';
/** Vague action: "we handled it", "dealt with it". */
export const ACTION_REASON = 'Vague action: it says something was done, not what you did or how.';
/** Suggestion for vague actions. */
export const ACTION_SUGGEST = 'Name the fix: what did you change, where, and why that?';
