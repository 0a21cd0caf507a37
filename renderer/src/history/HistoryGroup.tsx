import type { QuestionGroup } from '../../../shared/progress/history-group';
import type { HistoryRow } from '../../../shared/progress/history-row';
import { HistoryRowItem } from './HistoryRowItem';

/** One question's takes, newest first, with their figures and the actions on each. */
export function HistoryGroup(props: {
  group: QuestionGroup;
  selected: string[];
  onToggleSelect: (row: HistoryRow) => void;
  onOpen: (row: HistoryRow) => void;
  onDelete: (row: HistoryRow) => void;
  onDeleteAll: () => void;
}) {
  const { group } = props;
  return (
    <section className="history-group" aria-label={group.questionText}>
      <div className="history-group-head">
        <h2>{group.questionText}</h2>
        <span className="muted">
          {group.rows.length} take{group.rows.length === 1 ? '' : 's'}
        </span>
        <button type="button" className="button danger small" onClick={props.onDeleteAll}>
          Delete all takes
        </button>
      </div>
      <ul className="attempt-list">
        {group.rows.map((row) => (
          <HistoryRowItem
            key={row.attemptId}
            row={row}
            selected={props.selected.includes(row.attemptId)}
            onToggleSelect={() => props.onToggleSelect(row)}
            onOpen={() => props.onOpen(row)}
            onDelete={() => props.onDelete(row)}
          />
        ))}
      </ul>
    </section>
  );
}
