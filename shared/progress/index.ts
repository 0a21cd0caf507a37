/** History, progress, comparison and drills: pure functions over attempts and their analyses. */
export { analysisViewSchema, type AnalysisView } from './analysis-view';
export { compareTakes, type Comparison, type CompareSide } from './compare';
export { deltaSummary, signalDeltas, type SignalDelta, type DeltaDirection } from './deltas';
export { DRILL_LENGTH, planDrill, randomSeed, type DrillPick, type DrillPlan } from './drill';
export { combineDrill, drillFollowUps, type DrillAnswer, type DrillSummary } from './drill-summary';
export {
  filterHistory,
  groupByQuestion,
  type HistoryFilter,
  type QuestionGroup,
} from './history-group';
export { buildHistoryRow, verdictOf, type HistoryRow, type Verdict } from './history-row';
export { seededRng, type Rng } from './rng';
export { localDay, progressSeries, type ProgressPoint, type SeriesOptions } from './series';
export { diffWords, tokenizeWords, type DiffPart, type WordDiff } from './word-diff';
