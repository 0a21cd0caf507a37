import { FLAG_KINDS } from '../analysis/schema';
import type { FlagKind } from '../analysis/types';
import type { Question } from '../questions/question';
import { questionKey } from '../questions/custom';
import { flagCount, type AnalysisView } from './analysis-view';
import { round, verdictOf, type Verdict } from './history-row';

/** One answer of a drill: its question and, once analysed, its analysis. */
export type DrillAnswer = {
  question: Pick<Question, 'id' | 'text' | 'guidance'>;
  attemptId: string | null;
  analysis: AnalysisView | null;
};

/** A fix the engine asked for in more than one answer of the drill. */
type RecurringGap = { gap: string; title: string; count: number; questionIds: string[] };

/** The combined summary shown at the end of a drill. */
export type DrillSummary = {
  total: number;
  analysed: number;
  inWindow: number;
  totalSpokenSec: number;
  averages: {
    durationSec: number;
    flagsPerMinute: number;
    quantities: number;
    starComplete: number;
  } | null;
  flagTotals: Record<FlagKind, number>;
  recurringGaps: RecurringGap[];
  answers: {
    questionId: string;
    questionText: string;
    attemptId: string | null;
    durationSec: number | null;
    band: AnalysisView['signals']['duration']['band'] | null;
    verdict: Verdict | null;
    headline: string | null;
    /** The probes for the optional follow-up round, most useful first. */
    followUps: string[];
  }[];
  headline: string;
};

/** Follow-up probes for one answer: the engine's (about this answer's gaps) first, then the
 * question's likely follow-ups; duplicates dropped. */
export function drillFollowUps(
  question: Pick<Question, 'guidance'>,
  analysis: AnalysisView | null,
  max = 3,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const probe of [
    ...(analysis?.followUps.map((f) => f.question) ?? []),
    ...question.guidance.followUps,
  ]) {
    const key = questionKey(probe);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(probe);
    }
  }
  return out.slice(0, max);
}

/** Combines the analyses of a drill's answers into one summary; unanalysed answers are listed but
 * not averaged. */
export function combineDrill(answers: readonly DrillAnswer[]): DrillSummary {
  const done = answers.filter(
    (a): a is DrillAnswer & { analysis: AnalysisView } => a.analysis !== null,
  );
  const seconds = done.map((a) => a.analysis.signals.duration.seconds);
  const mean = (values: number[]) => round(values.reduce((s, v) => s + v, 0) / values.length);
  const flagTotals = Object.fromEntries(
    FLAG_KINDS.map((k) => [k, done.reduce((s, a) => s + flagCount(a.analysis, k), 0)]),
  ) as Record<FlagKind, number>;
  const perMinute = done.map((a) => {
    const total = FLAG_KINDS.reduce((s, k) => s + flagCount(a.analysis, k), 0);
    const minutes = a.analysis.signals.duration.seconds / 60;
    return minutes > 0 ? total / minutes : 0;
  });
  const inWindow = done.filter((a) => a.analysis.signals.duration.band === 'on-target').length;
  const recurringGaps = recurring(done);
  return {
    total: answers.length,
    analysed: done.length,
    inWindow,
    totalSpokenSec: round(seconds.reduce((s, v) => s + v, 0)),
    averages: done.length
      ? {
          durationSec: mean(seconds),
          flagsPerMinute: mean(perMinute),
          quantities: mean(done.map((a) => a.analysis.signals.impact.count)),
          starComplete: mean(done.map((a) => new Set(a.analysis.star.present).size)),
        }
      : null,
    flagTotals,
    recurringGaps,
    answers: answers.map((a) => ({
      questionId: a.question.id,
      questionText: a.question.text,
      attemptId: a.attemptId,
      durationSec: a.analysis ? round(a.analysis.signals.duration.seconds) : null,
      band: a.analysis?.signals.duration.band ?? null,
      verdict: a.analysis ? verdictOf(a.analysis) : null,
      headline: a.analysis?.summary.headline ?? null,
      followUps: drillFollowUps(a.question, a.analysis),
    })),
    headline: headline(answers.length, done.length, inWindow, recurringGaps),
  };
}

/** Fixes that came up in at least two answers, most frequent first. */
function recurring(done: readonly (DrillAnswer & { analysis: AnalysisView })[]): RecurringGap[] {
  const byGap = new Map<string, RecurringGap>();
  for (const answer of done) {
    for (const fix of answer.analysis.summary.fixes) {
      const entry = byGap.get(fix.gap) ?? {
        gap: fix.gap,
        title: fix.title,
        count: 0,
        questionIds: [],
      };
      if (!entry.questionIds.includes(answer.question.id)) {
        entry.count++;
        entry.questionIds.push(answer.question.id);
      }
      byGap.set(fix.gap, entry);
    }
  }
  return [...byGap.values()].filter((g) => g.count >= 2).sort((a, b) => b.count - a.count);
}

function headline(total: number, analysed: number, inWindow: number, gaps: RecurringGap[]): string {
  const answers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;
  if (analysed === 0) return `${answers(total)} recorded; none has feedback yet.`;
  const counted =
    analysed === total ? answers(total) : `${analysed} of ${answers(total)} with feedback`;
  const window = `${inWindow} of ${analysed} in the time window`;
  if (!gaps.length) return `${counted}, ${window}. No fix came up in more than one answer.`;
  const themes = gaps
    .slice(0, 3)
    .map((g) => `${g.title.toLowerCase()} (${g.count} of ${analysed})`)
    .join('; ');
  return `${counted}, ${window}. Across the drill: ${themes}.`;
}
