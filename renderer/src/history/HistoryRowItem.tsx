import { useState } from 'react';
import { rowDuration, type HistoryRow } from '../../../shared/progress/history-row';
import { api } from '../api';
import { attemptSubtitle } from '../ui/format';
import { rowFigures } from './format-row';

/** One take in the history: select for comparison, open, rename inline, delete. */
export function HistoryRowItem(props: {
  row: HistoryRow;
  /** The take's number among its question's takes, oldest first; absent for follow-ups. */
  takeNumber?: number;
  selected: boolean;
  onToggleSelect: () => void;
  onOpen: () => void;
  onDelete: () => void;
}) {
  const { row } = props;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(row.title);
  const [error, setError] = useState<string | null>(null);
  // A follow-up is named by the question it answers, so it reads as a child of its take; a take by
  // its number, with what to fix on a line of its own (whole, never clipped mid-word).
  const name =
    row.title ||
    (row.parentId ? row.questionText : props.takeNumber ? `Take ${props.takeNumber}` : 'Take');
  const subtitle = attemptSubtitle(row.createdAt, rowDuration(row));
  const fixLine =
    row.state !== 'analysed'
      ? null
      : row.fixes.length
        ? `Fix first: ${row.fixes.join(' · ')}`
        : 'Nothing major to fix';

  const save = () =>
    api
      .call('attempts/rename', { id: row.attemptId, title: title.trim() })
      .then(() => {
        setEditing(false);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));

  return (
    <div
      className="attempt-row history-row"
      data-attempt-id={row.attemptId}
      data-follow-up={row.parentId ? 'true' : undefined}
    >
      <label className="compare-pick">
        <input type="checkbox" checked={props.selected} onChange={props.onToggleSelect} />
        <span className="visually-hidden">
          Select {name} ({subtitle}) for comparison
        </span>
      </label>
      {editing ? (
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="visually-hidden" htmlFor={`title-${row.attemptId}`}>
            Name of this take
          </label>
          <input
            id={`title-${row.attemptId}`}
            value={title}
            maxLength={200}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button">
            Save
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="attempt-open" onClick={props.onOpen}>
          <span className="attempt-name">
            {row.parentId && <span className="badge">Follow-up</span>}
            {name}
          </span>
          <span className="attempt-meta">{subtitle}</span>
          {fixLine && <span className="attempt-fixes">{fixLine}</span>}
        </button>
      )}
      <dl className="figures">
        {rowFigures(row).map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {!editing && (
        <div className="attempt-actions">
          <button
            type="button"
            className="button"
            onClick={() => setEditing(true)}
            aria-label={`Rename ${name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="button danger"
            onClick={props.onDelete}
            aria-label={`Delete ${name}`}
          >
            Delete
          </button>
        </div>
      )}
      {error && <p className="notice notice-error">{error}</p>}
    </div>
  );
}
