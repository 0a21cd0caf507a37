import { nestFollowUps, type QuestionGroup } from '../../../shared/progress/history-group';
import type { HistoryRow } from '../../../shared/progress/history-row';
import { plural } from '../ui/format';
import { HistoryRowItem } from './HistoryRowItem';

/** One question's takes, newest first, each with the follow-up answers recorded from its review
 * nested under it, with their figures and the actions on each. */
export function HistoryGroup(props: {
  group: QuestionGroup;
  selected: string[];
  onToggleSelect: (row: HistoryRow) => void;
  onOpen: (row: HistoryRow) => void;
  onDelete: (row: HistoryRow) => void;
  onDeleteAll: () => void;
}) {
  const { group } = props;
  const takes = nestFollowUps(group.rows);
  const item = (row: HistoryRow, takeNumber?: number) => (
    <HistoryRowItem
      row={row}
      takeNumber={takeNumber}
      selected={props.selected.includes(row.attemptId)}
      onToggleSelect={() => props.onToggleSelect(row)}
      onOpen={() => props.onOpen(row)}
      onDelete={() => props.onDelete(row)}
    />
  );
  return (
    <section className="history-group" aria-label={group.questionText}>
      <div className="history-group-head">
        <h2>{group.questionText}</h2>
        <span className="muted">
          {plural(takes.length, 'take')}
          {group.rows.length > takes.length &&
            `, ${plural(group.rows.length - takes.length, 'follow-up')}`}
        </span>
        <button type="button" className="button danger small" onClick={props.onDeleteAll}>
          {group.rows.length === 1 ? 'Delete this take' : 'Delete all takes'}
        </button>
      </div>
      <ul className="attempt-list">
        {takes.map(({ row, followUps }, i) => (
          <li key={row.attemptId} className="take-item">
            {/* Newest first, numbered from the oldest: the first take ever is "Take 1". */}
            {item(row, takes.length - i)}
            {followUps.length > 0 && (
              <ul
                className="attempt-list follow-up-takes"
                aria-label={`Follow-up answers to this take`}
              >
                {followUps.map((child) => (
                  <li key={child.attemptId}>{item(child)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
