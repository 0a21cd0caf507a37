import type { FlagKind } from '../../../../shared/analysis/types';
import type { AnalysisView } from '../../../../shared/progress/analysis-view';
import type { HistoryRow } from '../../../../shared/progress/history-row';
import { buildHistoryRow } from '../../../../shared/progress/history-row';
import { questions } from '../../../../shared/questions/bank';

/** What a test sets on an analysis view; everything else gets a plain default. */
export type ViewSpec = {
  seconds?: number;
  flags?: Partial<Record<FlagKind, number>>;
  quantities?: number;
  star?: AnalysisView['star']['present'];
  iShare?: number | null;
  wpm?: number | null;
  termsPerMinute?: number;
  fixes?: string[];
  followUps?: string[];
};

/** An analysis view as the engine would store it, with the given figures. */
export function view(spec: ViewSpec = {}): AnalysisView {
  const seconds = spec.seconds ?? 100;
  const band = seconds < 90 ? 'short' : seconds > 120 ? 'long' : 'on-target';
  const flags = Object.entries(spec.flags ?? {}).flatMap(([kind, n]) =>
    Array.from({ length: n }, (_, i) => ({
      kind: kind as FlagKind,
      start: i * 10,
      end: i * 10 + 2,
      text: 'um',
    })),
  );
  const flagCounts: Record<string, number> = {
    filler: 0,
    hedge: 0,
    vague: 0,
    blame: 0,
    'we-ownership': 0,
    buzzword: 0,
    ...spec.flags,
  };
  return {
    wordCount: Math.round(seconds * 2.5),
    flags,
    flagCounts,
    answerFlags: [],
    signals: {
      duration: { seconds, estimated: false, band, targetMinSec: 90, targetMaxSec: 120 },
      pace: { wordsPerMinute: spec.wpm === undefined ? 150 : spec.wpm },
      ownership: {
        iActions: 3,
        weActions: 1,
        iShare: spec.iShare === undefined ? 0.75 : spec.iShare,
      },
      impact: {
        count: spec.quantities ?? 0,
        quantities: Array.from({ length: spec.quantities ?? 0 }, () => ({ text: '40%' })),
      },
      specificity: { perMinute: spec.termsPerMinute ?? 4 },
    },
    star: { present: spec.star ?? ['situation', 'task', 'action', 'result', 'learning'] },
    followUps: (spec.followUps ?? []).map((question) => ({ question, gap: 'vague', why: 'test' })),
    summary: {
      headline: `${seconds} s`,
      fixes: (spec.fixes ?? []).map((gap) => ({ gap, title: `Fix ${gap}`, detail: 'd' })),
    },
  };
}

/** A history row for an analysed (or, with analysis null, unanalysed) attempt. */
export function row(
  id: string,
  createdAt: string,
  questionId: string,
  analysis: AnalysisView | null,
  hasTranscript = false,
): HistoryRow {
  const question = questions.find((q) => q.id === questionId);
  return buildHistoryRow(
    {
      attempt: {
        id,
        questionId,
        questionText: question?.text ?? 'A question that was deleted',
        title: '',
        createdAt,
        status: 'complete',
        endReason: 'stopped',
        durationSec: 130,
        sampleRate: 16000,
        deviceLabel: 'mic',
        parentId: null,
      },
      hasTranscript,
      analysis,
    },
    questions,
  );
}
