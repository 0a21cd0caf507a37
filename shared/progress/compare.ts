import type { AnalysisView } from './analysis-view';
import { deltaSummary, signalDeltas, type SignalDelta } from './deltas';
import type { HistoryRow } from './history-row';
import { sentenceRows, type SentenceRow } from './sentence-diff';
import { diffWords, type WordDiff } from './word-diff';

/** One take as the comparison needs it: its row, transcript text and analysis (null if not yet). */
export type CompareSide = { row: HistoryRow; text: string | null; analysis: AnalysisView | null };

/** Two takes of one question side by side: the word diff and every signal's change. */
export type Comparison = {
  /** The older take. */
  before: HistoryRow;
  /** The newer take. */
  after: HistoryRow;
  /** Null when either take has no transcript yet. */
  diff: WordDiff | null;
  /** The takes sentence by sentence (reworded ones paired); null without both transcripts. */
  sentences: SentenceRow[] | null;
  /** Null when either take has no analysis yet. */
  deltas: SignalDelta[] | null;
  /** The changes in one line; '' without deltas. */
  summary: string;
  /** Why part of the comparison is missing, and what to do. */
  problems: string[];
};

/** Compares two takes, older first whatever order they are given in. */
export function compareTakes(x: CompareSide, y: CompareSide): Comparison {
  const [first, second] =
    x.row.createdAt <= y.row.createdAt ? ([x, y] as const) : ([y, x] as const);
  const problems: string[] = [];
  const name = (side: CompareSide) => (side === first ? 'The earlier take' : 'The later take');
  for (const side of [first, second]) {
    if (side.text === null) {
      problems.push(
        `${name(side)} has no transcript yet: open it (its review transcribes it), then compare again to see the sentences side by side.`,
      );
    } else if (side.analysis === null) {
      problems.push(
        `${name(side)} has no feedback yet: open it (its review analyses it), then compare again to see how each figure changed.`,
      );
    }
  }
  const both = first.text !== null && second.text !== null;
  const diff = both ? diffWords(first.text!, second.text!) : null;
  const sentences = both ? sentenceRows(first.text!, second.text!) : null;
  const deltas =
    first.analysis && second.analysis ? signalDeltas(first.analysis, second.analysis) : null;
  return {
    before: first.row,
    after: second.row,
    diff,
    sentences,
    deltas,
    summary: deltas ? deltaSummary(deltas) : '',
    problems,
  };
}
