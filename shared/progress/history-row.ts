import { z } from 'zod';
import { FLAG_KINDS, STAR_PARTS } from '../analysis/schema';
import type { Attempt } from '../contract/attempts';
import { questionPatternSchema } from '../questions/patterns';
import { takeDuration, type TakeDuration } from '../review/duration';
import type { Question } from '../questions/question';
import { flagCount, type AnalysisView } from './analysis-view';

/** Where an attempt is on its way to feedback. */
const rowStateSchema = z.enum(['recording', 'recorded', 'transcribed', 'analysed']);

/** How close an analysed answer is to ready: the engine's top fixes left (none, one, two or more). */
export const verdictSchema = z.enum(['ready', 'almost', 'work-on-it']);

/** A verdict. */
export type Verdict = z.infer<typeof verdictSchema>;

const perKind = z.record(z.enum(FLAG_KINDS), z.number().nonnegative());
const nullableNumber = z.number().nullable();

/** One attempt in the history, with its key figures (null where it has no analysis yet). */
export const historyRowSchema = z.object({
  attemptId: z.string(),
  questionId: z.string(),
  questionText: z.string(),
  /** The question's pattern; null when the question is no longer in the bank. */
  pattern: questionPatternSchema.nullable(),
  title: z.string(),
  createdAt: z.string(),
  parentId: z.string().nullable(),
  state: rowStateSchema,
  /** Something the user should know about this row (e.g. an unreadable analysis.json). */
  note: z.string().nullable(),
  recordingSec: z.number().nonnegative(),
  /** Spoken length from the analysis (silence at both ends not counted). */
  spokenSec: nullableNumber,
  /** spokenSec when analysed, else the recording's length. */
  durationSec: z.number().nonnegative(),
  band: z.enum(['short', 'on-target', 'long']).nullable(),
  targetMinSec: nullableNumber,
  targetMaxSec: nullableNumber,
  verdict: verdictSchema.nullable(),
  headline: z.string().nullable(),
  fixes: z.array(z.string()),
  flagCounts: perKind.nullable(),
  flagsPerMinute: nullableNumber,
  flagsPerMinuteByKind: perKind.nullable(),
  metricsStated: z.number().int().nullable(),
  starParts: z.array(z.enum(STAR_PARTS)).nullable(),
  /** STAR-L parts present, 0 to 5. */
  starComplete: z.number().int().min(0).max(5).nullable(),
  wordsPerMinute: nullableNumber,
  /** Share of action statements told with "I". */
  iShare: nullableNumber,
});

/** One history row. */
export type HistoryRow = z.infer<typeof historyRowSchema>;

/** What the Node side knows about one attempt when it builds a row. */
export type AttemptRecord = {
  attempt: Attempt;
  hasTranscript: boolean;
  analysis: AnalysisView | null;
  /** Set when analysis.json exists but could not be read. */
  analysisProblem?: string | null;
};

/** The verdict of an analysis: how many of the engine's top fixes remain. */
export function verdictOf(view: AnalysisView): Verdict {
  const fixes = view.summary.fixes.length;
  return fixes === 0 ? 'ready' : fixes === 1 ? 'almost' : 'work-on-it';
}

/** Builds the history row of one attempt; `questions` gives the pattern of its question. */
export function buildHistoryRow(record: AttemptRecord, questions: readonly Question[]): HistoryRow {
  const { attempt, analysis } = record;
  const base = {
    attemptId: attempt.id,
    questionId: attempt.questionId,
    questionText: attempt.questionText,
    pattern: questions.find((q) => q.id === attempt.questionId)?.pattern ?? null,
    title: attempt.title,
    createdAt: attempt.createdAt,
    parentId: attempt.parentId,
    note: record.analysisProblem ?? null,
    recordingSec: attempt.durationSec,
  };
  if (!analysis) {
    const state =
      attempt.status === 'recording'
        ? 'recording'
        : record.hasTranscript
          ? 'transcribed'
          : 'recorded';
    return { ...base, ...emptyFigures(attempt.durationSec), state };
  }
  const duration = analysis.signals.duration;
  const minutes = duration.seconds / 60;
  const counts = Object.fromEntries(FLAG_KINDS.map((k) => [k, flagCount(analysis, k)])) as Record<
    (typeof FLAG_KINDS)[number],
    number
  >;
  const total = FLAG_KINDS.reduce((sum, k) => sum + counts[k], 0);
  // Under a second of speech has no meaningful rate.
  const rate = (n: number) => (duration.seconds >= 1 ? round(n / minutes) : null);
  const byKind = duration.seconds >= 1 ? mapValues(counts, (n) => rate(n) ?? 0) : null;
  return {
    ...base,
    state: 'analysed',
    spokenSec: round(duration.seconds),
    durationSec: round(duration.seconds),
    band: duration.band,
    targetMinSec: duration.targetMinSec,
    targetMaxSec: duration.targetMaxSec,
    verdict: verdictOf(analysis),
    headline: analysis.summary.headline,
    fixes: analysis.summary.fixes.map((f) => f.title),
    flagCounts: counts,
    flagsPerMinute: rate(total),
    flagsPerMinuteByKind: byKind,
    metricsStated: analysis.signals.impact.count,
    starParts: STAR_PARTS.filter((p) => analysis.star.present.includes(p)),
    starComplete: new Set(analysis.star.present).size,
    wordsPerMinute: analysis.signals.pace.wordsPerMinute,
    iShare: analysis.signals.ownership.iShare,
  };
}

function emptyFigures(recordingSec: number) {
  return {
    spokenSec: null,
    durationSec: recordingSec,
    band: null,
    targetMinSec: null,
    targetMaxSec: null,
    verdict: null,
    headline: null,
    fixes: [],
    flagCounts: null,
    flagsPerMinute: null,
    flagsPerMinuteByKind: null,
    metricsStated: null,
    starParts: null,
    starComplete: null,
    wordsPerMinute: null,
    iShare: null,
  };
}

/** Two decimals: enough for a chart, short enough to read. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function mapValues<K extends string>(o: Record<K, number>, f: (n: number) => number) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as number)])) as Record<
    K,
    number
  >;
}

/** The row's durations by the one shared definition (shared/review/duration.ts). */
export function rowDuration(row: HistoryRow): TakeDuration {
  const analysed =
    row.spokenSec !== null && row.band && row.targetMinSec !== null && row.targetMaxSec !== null;
  return takeDuration({
    recordedSec: row.recordingSec,
    duration: analysed
      ? {
          seconds: row.spokenSec!,
          estimated: false,
          band: row.band!,
          targetMinSec: row.targetMinSec!,
          targetMaxSec: row.targetMaxSec!,
        }
      : null,
  });
}
