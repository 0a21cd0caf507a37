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
/** Blame: a failure pinned on others. */
export const BLAME_REASON =
  'Blame: it pins the failure on others, and interviewers hear defensiveness.';
/** Suggestion for blame. */
export const BLAME_SUGGEST =
  'State what happened neutrally ("the config change was not announced"), then say what you did about it and what you changed so it cannot recur.';
/** Vague, found by the clause model rather than a rule: said without the specifics. */
export const VAGUE_CLAUSE_REASON =
  'Vague: it says what happened without the specifics an interviewer will ask for next.';
/** Suggestion for a vague clause. */
export const VAGUE_CLAUSE_SUGGEST =
  'Add the specifics: what exactly was done or changed, by whom, and by how much.';
