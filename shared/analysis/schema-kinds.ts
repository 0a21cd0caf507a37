/** The closed vocabularies of the analysis: flag kinds, answer-flag kinds, parts, quantities. */

/** Span flag kinds, exactly those of docs/feedback-taxonomy.md. */
export const FLAG_KINDS = [
  'filler',
  'hedge',
  'vague',
  'blame',
  'we-ownership',
  'buzzword',
] as const;
/** Answer-level flags: the taxonomy's four plus duration and structure gaps the summary needs. */
export const ANSWER_FLAG_KINDS = [
  'no-metric',
  'too-shallow',
  'long-setup',
  'no-learning',
  'too-short',
  'too-long',
  'no-action',
  'no-result',
  'action-not-largest',
  'low-ownership',
] as const;
/** STAR-L parts in speaking order. */
export const STAR_PARTS = ['situation', 'task', 'action', 'result', 'learning'] as const;
/** Kinds of stated quantity. */
export const QUANTITY_KINDS = [
  'percent',
  'multiplier',
  'latency',
  'duration',
  'money',
  'size',
  'rate',
  'count',
  'number',
] as const;
