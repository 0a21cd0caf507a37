import { z } from 'zod';

/** Span flag kinds, exactly the taxonomy's (shared/feedback-taxonomy.md). */
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

/** A quantity the speaker stated ("380 milliseconds", "3x", "40%"). */
export const quantitySchema = z.object({
  kind: z.enum(QUANTITY_KINDS),
  start: offset,
  end: offset,
  text: z.string(),
  ...timed,
});

/** Spoken length against the 90 to 120 s window. */
export const durationSignalSchema = z.object({
  seconds,
  /** True when estimated from the word count at 150 wpm (no word timings). */
  estimated: z.boolean(),
  source: z.enum(['word-timings', 'word-count']),
  band: z.enum(['short', 'on-target', 'long']),
  targetMinSec: seconds,
  targetMaxSec: seconds,
  /** Seconds below 90 (short) or above 120 (long); 0 on target. */
  secondsOutside: seconds,
  wordCount: z.number().int().nonnegative(),
  /** Words that fit the window at this speaker's pace (150 wpm when unknown). */
  wordBudget: z.object({
    min: z.number().int(),
    max: z.number().int(),
    wordsPerMinute: z.number(),
  }),
  /** Words to add (short) or cut (long) to land inside the window; 0 on target. */
  wordsToChange: z.number().int(),
  audioDurationSec: seconds.optional(),
});

/** A silence between two words longer than the threshold. */
export const pauseSchema = z.object({
  afterOffset: offset,
  startSec: seconds,
  endSec: seconds,
  durationSec: seconds,
});

/** Speaking rate and long pauses, from word timings. */
export const paceSignalSchema = z.object({
  /** Words per minute over speaking time; null without word timings. */
  wordsPerMinute: z.number().nullable(),
  estimated: z.boolean(),
  longPauseThresholdSec: seconds,
  longPauses: z.array(pauseSchema),
});

/** "I did" against "we did": action statements, not raw pronouns. */
export const ownershipSignalSchema = z.object({
  iActions: z.number().int().nonnegative(),
  weActions: z.number().int().nonnegative(),
  /** iActions / (iActions + weActions), null when there are none. */
  iShare: z.number().min(0).max(1).nullable(),
});

/** Measured impact: the quantities stated. */
export const impactSignalSchema = z.object({
  count: z.number().int().nonnegative(),
  quantities: z.array(quantitySchema),
});

/** Technical specificity: technical terms per minute. */
export const specificitySignalSchema = z.object({
  technicalTerms: z.number().int().nonnegative(),
  distinctTerms: z.number().int().nonnegative(),
  perMinute: z.number().nonnegative(),
  terms: z.array(z.string()),
});

/** One STAR-L part: where it starts and its share of the answer. */
export const starPartSchema = z.object({
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

/** The three things to fix first. */
export const summarySchema = z.object({
  headline: z.string(),
  fixes: z.array(
    z.object({
      title: z.string(),
      detail: z.string(),
      gap: z.string(),
      examples: z.array(z.string()),
    }),
  ),
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
  }),
  star: starSchema,
  followUps: z.array(followUpSchema),
  summary: summarySchema,
});
