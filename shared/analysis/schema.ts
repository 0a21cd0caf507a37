import { z } from 'zod';
import { ANSWER_FLAG_KINDS, FLAG_KINDS, STAR_PARTS } from './schema-kinds';
import {
  durationSignalSchema,
  impactSignalSchema,
  ownershipSignalSchema,
  paceSignalSchema,
  specificitySignalSchema,
} from './schema-signals';
import { contentSignalsSchema, memorizedSignalSchema } from './schema-content';
import { deliverySignalSchema } from './schema-delivery';

export * from './schema-kinds';
export * from './schema-signals';

const offset = z.number().int().nonnegative();
const seconds = z.number().nonnegative();
/** Time fields are present only when the transcript has word timings. */
const timed = { startSec: seconds.optional(), endSec: seconds.optional() };

/** One highlighted span: `text === answerText.slice(start, end)`. */
export const flagSchema = z.object({
  kind: z.enum(FLAG_KINDS),
  start: offset,
  end: offset,
  text: z.string(),
  reason: z.string(),
  suggestion: z.string().optional(),
  ...timed,
});

/** A flag about the whole answer, with the number behind it in `reason`. */
export const answerFlagSchema = z.object({
  kind: z.enum(ANSWER_FLAG_KINDS),
  reason: z.string(),
  suggestion: z.string(),
});

/** One STAR-L part: where it starts and its share of the answer. */
const starPartSchema = z.object({
  part: z.enum(STAR_PARTS),
  present: z.boolean(),
  start: offset.nullable(),
  end: offset.nullable(),
  ...timed,
  wordCount: z.number().int().nonnegative(),
  wordShare: z.number().min(0).max(1),
  /** Share of speaking time; null without word timings. */
  timeShare: z.number().min(0).max(1).nullable(),
});

/** The whole STAR-L picture of an answer. */
export const starSchema = z.object({
  parts: z.array(starPartSchema),
  present: z.array(z.enum(STAR_PARTS)),
  /** Contiguous stretches in order, for the audio timeline. */
  segments: z.array(z.object({ part: z.enum(STAR_PARTS), start: offset, end: offset, ...timed })),
  setupShare: z.number().min(0).max(1),
  longSetup: z.boolean(),
  noLearning: z.boolean(),
  actionIsLargest: z.boolean(),
});

/** The question an interviewer would ask next about a gap. */
export const followUpSchema = z.object({
  question: z.string(),
  /** The gap behind it: a flag kind or answer-flag kind. */
  gap: z.string(),
  why: z.string(),
  /** The span it is about, when there is one. */
  start: offset.optional(),
  end: offset.optional(),
});

/** One thing to fix: what, why in numbers, the gap behind it, and the phrases that show it. */
const fixSchema = z.object({
  title: z.string(),
  detail: z.string(),
  gap: z.string(),
  examples: z.array(z.string()),
});

/** The three things to fix first. */
export const summarySchema = z.object({
  headline: z.string(),
  fixes: z.array(fixSchema),
  /** Further fixes, in the engine's order (absent in older analyses). */
  moreFixes: z.array(fixSchema).optional(),
});

/** Everything the engine says about one answer; plain JSON (stored as analysis.json). */
export const answerAnalysisSchema = z.object({
  version: z.literal(1),
  questionId: z.string().optional(),
  wordCount: z.number().int().nonnegative(),
  hasWordTimings: z.boolean(),
  flags: z.array(flagSchema),
  flagCounts: z.record(z.enum(FLAG_KINDS), z.number().int().nonnegative()),
  answerFlags: z.array(answerFlagSchema),
  signals: z.object({
    duration: durationSignalSchema,
    pace: paceSignalSchema,
    ownership: ownershipSignalSchema,
    impact: impactSignalSchema,
    specificity: specificitySignalSchema,
    /** From the recording itself (absent for text input): pace over time, pauses, volume, pitch. */
    delivery: deliverySignalSchema.optional(),
    /** Repetition, tradeoffs, collaboration, balance and tangents (absent in older analyses). */
    content: contentSignalsSchema.optional(),
    /** Word-for-word overlap with earlier takes of the same question (reviews of recordings). */
    memorized: memorizedSignalSchema.optional(),
  }),
  star: starSchema,
  followUps: z.array(followUpSchema),
  summary: summarySchema,
});
