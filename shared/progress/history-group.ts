import type { QuestionPattern } from '../questions/patterns';
import type { HistoryRow, Verdict } from './history-row';

/** What the history screen filters by; every field is optional and they combine with AND. */
export type HistoryFilter = {
  questionId?: string;
  pattern?: QuestionPattern;
  verdict?: Verdict;
  state?: HistoryRow['state'];
  band?: NonNullable<HistoryRow['band']>;
  /** ISO dates or times; `from` inclusive, `to` inclusive to the end of that day when a date. */
  from?: string;
  to?: string;
  /** Matches the question, the attempt's title or its headline, ignoring case. */
  text?: string;
};

/** The rows that pass every field of the filter, in their original order. */
export function filterHistory(rows: readonly HistoryRow[], filter: HistoryFilter): HistoryRow[] {
  const to = filter.to && filter.to.length === 10 ? `${filter.to}T23:59:59.999Z` : filter.to;
  const needle = filter.text?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!filter.questionId || r.questionId === filter.questionId) &&
      (!filter.pattern || r.pattern === filter.pattern) &&
      (!filter.verdict || r.verdict === filter.verdict) &&
      (!filter.state || r.state === filter.state) &&
      (!filter.band || r.band === filter.band) &&
      (!filter.from || r.createdAt >= filter.from) &&
      (!to || r.createdAt <= to) &&
      (!needle ||
        [r.questionText, r.title, r.headline ?? ''].some((s) => s.toLowerCase().includes(needle))),
  );
}

/** The attempts of one question, newest first, with its latest and best take. */
export type QuestionGroup = {
  questionId: string;
  questionText: string;
  pattern: QuestionPattern | null;
  rows: HistoryRow[];
  latest: HistoryRow;
  /** The analysed take with the fewest fixes left, then the fewest flags per minute; null when
   * none is analysed yet. */
  best: HistoryRow | null;
  analysedCount: number;
};

/** A take with the follow-up answers recorded from its review, oldest follow-up first. */
export type TakeWithFollowUps = { row: HistoryRow; followUps: HistoryRow[] };

/** Nests follow-up answers under the take they follow up (newest take first); a follow-up whose
 * take is not among `rows` (deleted, or filtered out) stands on its own. */
export function nestFollowUps(rows: readonly HistoryRow[]): TakeWithFollowUps[] {
  const byId = new Map(rows.map((r) => [r.attemptId, r]));
  const ids = new Set(byId.keys());
  // A follow-up to a follow-up goes under the take at the top of its chain (cycles stop there).
  const rootOf = (row: HistoryRow): string => {
    let current = row;
    const seen = new Set<string>();
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.parentId)) {
      seen.add(current.attemptId);
      current = byId.get(current.parentId)!;
    }
    return current.attemptId;
  };
  const children = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    if (!row.parentId || !ids.has(row.parentId)) continue;
    const root = rootOf(row);
    children.set(root, [...(children.get(root) ?? []), row]);
  }
  return [...rows]
    .filter((r) => !r.parentId || !ids.has(r.parentId))
    .sort(newestFirst)
    .map((row) => ({
      row,
      followUps: (children.get(row.attemptId) ?? []).sort((a, b) => -newestFirst(a, b)),
    }));
}

/** Groups rows by question; groups are ordered by their latest attempt, newest first. A group is
 * named after its question, never after a follow-up asked about one of its takes: the name comes
 * from a main take, else from `questionText` (the bank), else the latest row. */
export function groupByQuestion(
  rows: readonly HistoryRow[],
  questionText: (questionId: string) => string | undefined = () => undefined,
): QuestionGroup[] {
  const byQuestion = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const list = byQuestion.get(row.questionId) ?? [];
    list.push(row);
    byQuestion.set(row.questionId, list);
  }
  const groups = [...byQuestion.values()].map((list): QuestionGroup => {
    const sorted = [...list].sort(newestFirst);
    const latest = sorted[0]!;
    const analysed = sorted.filter((r) => r.state === 'analysed');
    const main = sorted.find((r) => r.parentId === null);
    return {
      questionId: latest.questionId,
      questionText: main?.questionText ?? questionText(latest.questionId) ?? latest.questionText,
      pattern: latest.pattern,
      rows: sorted,
      latest,
      best: analysed.length ? [...analysed].sort(betterFirst)[0]! : null,
      analysedCount: analysed.length,
    };
  });
  return groups.sort((a, b) => newestFirst(a.latest, b.latest));
}

/** Newest first by creation time, then by id so the order is stable. */
function newestFirst(a: HistoryRow, b: HistoryRow): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.attemptId < b.attemptId ? 1 : a.attemptId > b.attemptId ? -1 : 0;
}

function betterFirst(a: HistoryRow, b: HistoryRow): number {
  return (
    a.fixes.length - b.fixes.length ||
    (a.flagsPerMinute ?? Infinity) - (b.flagsPerMinute ?? Infinity) ||
    newestFirst(a, b)
  );
}
