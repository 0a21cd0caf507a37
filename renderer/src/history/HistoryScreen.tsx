import { useCallback, useMemo, useState, type RefObject } from 'react';
import { filterHistory, groupByQuestion } from '../../../shared/progress/history-group';
import type { HistoryRow } from '../../../shared/progress/history-row';
import { api } from '../api';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { plural } from '../ui/format';
import { CompareView } from './CompareView';
import { HistoryGroup } from './HistoryGroup';
import { ProgressCharts } from './ProgressCharts';
import { useQuestions } from '../questions/use-questions';
import { useHistory } from './use-history';

type PendingDelete =
  | { kind: 'one'; row: HistoryRow }
  | { kind: 'question'; questionId: string; text: string; count: number };

/** History: every attempt grouped by question, filterable, with progress charts and take-to-take
 * comparison. */
export function HistoryScreen(props: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { rows, damaged, error } = useHistory();
  const { route, navigate } = useNavigation();
  const [questionId, setQuestionId] = useState('');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const filtered = useMemo(
    () => filterHistory(rows ?? [], { questionId: questionId || undefined, text }),
    [rows, questionId, text],
  );
  const bank = useQuestions().questions;
  const bankText = useCallback((id: string) => bank?.find((q) => q.id === id)?.text, [bank]);
  const groups = useMemo(() => groupByQuestion(filtered, bankText), [filtered, bankText]);
  const questionOptions = useMemo(() => groupByQuestion(rows ?? [], bankText), [rows, bankText]);
  const selectedRows = (rows ?? []).filter((r) => selected.includes(r.attemptId));
  const sameQuestion =
    selectedRows.length === 2 && selectedRows[0]!.questionId === selectedRows[1]!.questionId;

  const toggle = (row: HistoryRow) =>
    setSelected((s) =>
      s.includes(row.attemptId)
        ? s.filter((id) => id !== row.attemptId)
        : [...s, row.attemptId].slice(-2),
    );
  const compare = () => {
    const [a, b] = [...selectedRows].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    navigate({ screen: 'history', compare: [a!.attemptId, b!.attemptId] });
  };
  const confirmDelete = () => {
    const target = pending;
    setPending(null);
    if (!target) return;
    const done =
      target.kind === 'one'
        ? api.call('attempts/delete', { id: target.row.attemptId })
        : api.call('data/delete-question-attempts', {
            questionId: target.questionId,
            confirm: 'delete-question-attempts',
          });
    done.catch((e: Error) => setActionError(e.message));
  };

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        History
      </h1>
      <p className="lead">
        Every answer you recorded, grouped by question, and how your takes are improving.
      </p>
      {(error || actionError) && <p className="notice notice-error">{error ?? actionError}</p>}
      {damaged > 0 && (
        <p className="notice notice-warning">
          {plural(damaged, 'recording folder is', 'recording folders are')} damaged and not listed;
          see the data folder in Settings.
        </p>
      )}
      {route.compare && (
        <CompareView ids={route.compare} onClose={() => navigate({ screen: 'history' })} />
      )}
      {!rows ? (
        <p className="muted">Loading your attempts…</p>
      ) : rows.length === 0 ? (
        <div className="empty-card">
          <p className="empty-hint">
            No takes yet. Record an answer in Practice and it will be listed here.
          </p>
        </div>
      ) : (
        <>
          <div className="history-filters">
            <div className="field">
              <label htmlFor="history-question">Question</label>
              <select
                id="history-question"
                value={questionId}
                onChange={(e) => setQuestionId(e.target.value)}
              >
                <option value="">All questions</option>
                {questionOptions.map((g) => (
                  <option key={g.questionId} value={g.questionId}>
                    {g.questionText}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="history-search">Search</label>
              <input
                id="history-search"
                type="search"
                value={text}
                placeholder="Title, question or feedback"
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <button
              type="button"
              className="button primary"
              disabled={!sameQuestion}
              onClick={compare}
              title="Tick two takes of the same question"
            >
              Compare selected takes
            </button>
          </div>
          {selected.length === 2 && !sameQuestion && (
            <p className="notice notice-warning">
              Pick two takes of the same question to compare them.
            </p>
          )}
          <ProgressCharts
            rows={rows}
            questionId={questionId || undefined}
            questionText={(id) =>
              questionOptions.find((g) => g.questionId === id)?.questionText ?? id
            }
          />
          {groups.map((group) => (
            <HistoryGroup
              key={group.questionId}
              group={group}
              selected={selected}
              onToggleSelect={toggle}
              onOpen={(row) => navigate({ screen: 'review', attemptId: row.attemptId })}
              onDelete={(row) => setPending({ kind: 'one', row })}
              onDeleteAll={() =>
                setPending({
                  kind: 'question',
                  questionId: group.questionId,
                  text: group.questionText,
                  count: group.rows.length,
                })
              }
            />
          ))}
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'question'
            ? pending.count === 1
              ? 'Delete 1 take?'
              : `Delete all ${pending.count} takes?`
            : 'Delete this take?'
        }
        body={
          pending?.kind === 'question'
            ? `${pending.count === 1 ? 'The recording' : 'Every recording'} of "${pending.text}" will be removed from this computer. This cannot be undone.`
            : 'The recording, its transcript and its feedback will be removed from this computer. This cannot be undone.'
        }
        confirmLabel="Delete"
        onCancel={() => setPending(null)}
        onConfirm={confirmDelete}
      />
    </section>
  );
}
