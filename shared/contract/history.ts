import { z } from 'zod';
import { FLAG_KINDS } from '../analysis/schema';
import type { Comparison } from '../progress/compare';
import type { DrillSummary } from '../progress/drill-summary';
import { historyRowSchema, verdictSchema } from '../progress/history-row';
import { attemptIdSchema } from './attempts';
import { defineCall } from './define';

const range = z.object({ start: z.number().int(), end: z.number().int() }).nullable();

/** Two takes compared: word diff and signal deltas (see shared/progress/compare.ts). */
const comparisonSchema = z.object({
  before: historyRowSchema,
  after: historyRowSchema,
  diff: z
    .object({
      parts: z.array(
        z.object({
          kind: z.enum(['same', 'removed', 'added']),
          text: z.string(),
          a: range,
          b: range,
        }),
      ),
      stats: z.object({ same: z.number(), removed: z.number(), added: z.number() }),
      similarity: z.number(),
    })
    .nullable(),
  sentences: z
    .array(
      z.object({
        kind: z.enum(['same', 'changed', 'removed', 'added']),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    )
    .nullable(),
  deltas: z
    .array(
      z.object({
        key: z.enum([
          ...FLAG_KINDS,
          'duration',
          'quantities',
          'star',
          'ownership',
          'specificity',
          'pace',
        ]),
        label: z.string(),
        before: z.number().nullable(),
        after: z.number().nullable(),
        direction: z.enum(['better', 'worse', 'same', 'neutral']),
        sentence: z.string(),
      }),
    )
    .nullable(),
  summary: z.string(),
  problems: z.array(z.string()),
});

/** The combined summary of a drill (see shared/progress/drill-summary.ts). */
const drillSummarySchema = z.object({
  total: z.number().int(),
  analysed: z.number().int(),
  inWindow: z.number().int(),
  totalSpokenSec: z.number(),
  averages: z
    .object({
      durationSec: z.number(),
      flagsPerMinute: z.number(),
      quantities: z.number(),
      starComplete: z.number(),
    })
    .nullable(),
  flagTotals: z.record(z.enum(FLAG_KINDS), z.number().int()),
  recurringGaps: z.array(
    z.object({
      gap: z.string(),
      title: z.string(),
      count: z.number().int(),
      questionIds: z.array(z.string()),
    }),
  ),
  answers: z.array(
    z.object({
      questionId: z.string(),
      questionText: z.string(),
      attemptId: z.string().nullable(),
      durationSec: z.number().nullable(),
      band: z.enum(['short', 'on-target', 'long']).nullable(),
      verdict: verdictSchema.nullable(),
      headline: z.string().nullable(),
      followUps: z.array(z.string()),
    }),
  ),
  headline: z.string(),
});

// Compile-time checks that the wire schemas and the pure functions' types describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const schemasMatch: [
  Same<z.infer<typeof comparisonSchema>, Comparison>,
  Same<z.infer<typeof drillSummarySchema>, DrillSummary>,
] = [true, true];
void schemasMatch;

/** Calls of the history namespace: rows for the history and progress screens, comparisons, drills. */
export const historyCalls = {
  /** Every attempt with its key figures (null where not analysed yet), newest first; `damaged`
   * counts folders the attempts list shows as damaged, which have no row. */
  'history/list': defineCall(
    z.object({}).strict(),
    z.object({ rows: z.array(historyRowSchema), damaged: z.number().int() }),
  ),
  /** Word diff and signal deltas of two takes of the same question, older first. */
  'history/compare': defineCall(
    z.object({ a: attemptIdSchema, b: attemptIdSchema }).strict(),
    comparisonSchema,
  ),
  /** The combined summary of a drill's answers, with the follow-up probes for each. */
  'history/drill-summary': defineCall(
    z.object({ attemptIds: z.array(attemptIdSchema).min(1).max(10) }).strict(),
    drillSummarySchema,
  ),
};
