import type { z } from 'zod';
import type {
  FLAG_KINDS,
  STAR_PARTS,
  answerAnalysisSchema,
  answerFlagSchema,
  flagSchema,
  followUpSchema,
  quantitySchema,
  starSchema,
  summarySchema,
  durationSignalSchema,
  paceSignalSchema,
  ownershipSignalSchema,
  specificitySignalSchema,
} from './schema';

/** A span flag kind. */
export type FlagKind = (typeof FLAG_KINDS)[number];
/** A STAR-L part. */
export type StarPart = (typeof STAR_PARTS)[number];
/** A highlighted span. */
export type Flag = z.infer<typeof flagSchema>;
/** A flag about the whole answer. */
export type AnswerFlag = z.infer<typeof answerFlagSchema>;
/** A stated quantity. */
export type Quantity = z.infer<typeof quantitySchema>;
/** STAR-L structure. */
export type StarAnalysis = z.infer<typeof starSchema>;
/** A follow-up question. */
export type FollowUp = z.infer<typeof followUpSchema>;
/** The read-first summary. */
export type Summary = z.infer<typeof summarySchema>;
/** Duration signal. */
export type DurationSignal = z.infer<typeof durationSignalSchema>;
/** Pace signal. */
export type PaceSignal = z.infer<typeof paceSignalSchema>;
/** Ownership signal. */
export type OwnershipSignal = z.infer<typeof ownershipSignalSchema>;
/** Specificity signal. */
export type SpecificitySignal = z.infer<typeof specificitySignalSchema>;
/** The full analysis of one answer. */
export type AnswerAnalysis = z.infer<typeof answerAnalysisSchema>;

/** A finding before times are attached: what rules return. */
export type Finding = Omit<Flag, 'startSec' | 'endSec'>;
