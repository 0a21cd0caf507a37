import { z } from 'zod';
import { FLAG_KINDS, STAR_PARTS } from '../analysis/schema';
import type { AnswerAnalysis } from '../analysis/types';

const count = z.number().int().nonnegative();
const gapItem = z.object({ gap: z.string() });

/**
 * The part of an analysis.json that history, progress, comparison and drills read. Parsing only
 * these fields (unknown ones are dropped) keeps history working when the engine adds fields; the
 * type check at the bottom fails to compile if the engine's schema stops providing them.
 */
export const analysisViewSchema = z.object({
  wordCount: count,
  flags: z.array(
    z.object({ kind: z.enum(FLAG_KINDS), start: count, end: count, text: z.string() }),
  ),
  flagCounts: z.record(z.string(), count),
  answerFlags: z.array(z.object({ kind: z.string(), reason: z.string() })),
  signals: z.object({
    duration: z.object({
      seconds: z.number().nonnegative(),
      estimated: z.boolean(),
      band: z.enum(['short', 'on-target', 'long']),
      targetMinSec: z.number().nonnegative(),
      targetMaxSec: z.number().nonnegative(),
    }),
    pace: z.object({ wordsPerMinute: z.number().nullable() }),
    ownership: z.object({ iActions: count, weActions: count, iShare: z.number().nullable() }),
    impact: z.object({ count, quantities: z.array(z.object({ text: z.string() })) }),
    specificity: z.object({ perMinute: z.number().nonnegative() }),
  }),
  star: z.object({ present: z.array(z.enum(STAR_PARTS)) }),
  followUps: z.array(gapItem.extend({ question: z.string(), why: z.string() })),
  summary: z.object({
    headline: z.string(),
    fixes: z.array(gapItem.extend({ title: z.string(), detail: z.string() })),
  }),
});

/** The fields of an analysis this module depends on. */
export type AnalysisView = z.infer<typeof analysisViewSchema>;

/** Compile-time guard: every full analysis must still be readable as a view. */
const viewOfAnalysis = (analysis: AnswerAnalysis): AnalysisView => analysis;
void viewOfAnalysis;

/** How many flags of `kind` an analysis counts (0 when the kind is missing). */
export function flagCount(view: AnalysisView, kind: (typeof FLAG_KINDS)[number]): number {
  return view.flagCounts[kind] ?? view.flags.filter((f) => f.kind === kind).length;
}
