import { z } from 'zod';
import { QUANTITY_KINDS } from './schema-kinds';

export * from './schema-content';
export * from './schema-delivery';

const offset = z.number().int().nonnegative();
const seconds = z.number().nonnegative();
const timed = { startSec: seconds.optional(), endSec: seconds.optional() };

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
const pauseSchema = z.object({
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
