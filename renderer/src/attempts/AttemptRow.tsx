import { useState } from 'react';
import type { Attempt } from '../../../shared/contract';
import { api } from '../api';
import { attemptName, attemptSubtitle } from './format';

/** One attempt in a list: open it, rename it inline, or ask to delete it. */
export function AttemptRow(props: { attempt: Attempt; onOpen: () => void; onDelete: () => void }) {
  const { attempt } = props;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(attempt.title);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    try {
      await api.call('attempts/rename', { id: attempt.id, title: title.trim() });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <li className="attempt-row" data-attempt-id={attempt.id}>
      {editing ? (
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="visually-hidden" htmlFor={`title-${attempt.id}`}>
            Name of this take
          </label>
          <input
            id={`title-${attempt.id}`}
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
          <span className="attempt-name">{attemptName(attempt)}</span>
          <span className="attempt-meta">
            {attemptSubtitle(attempt)}
            {attempt.status === 'recovered' && <span className="badge">Recovered</span>}
          </span>
        </button>
      )}
      {!editing && (
        <div className="attempt-actions">
          <button
            type="button"
            className="button"
            onClick={() => setEditing(true)}
            aria-label={`Rename ${attemptName(attempt)}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="button danger"
            onClick={props.onDelete}
            aria-label={`Delete ${attemptName(attempt)}`}
          >
            Delete
          </button>
        </div>
      )}
      {error && <p className="notice notice-error">{error}</p>}
    </li>
  );
}
