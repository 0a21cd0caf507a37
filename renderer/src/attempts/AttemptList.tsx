import { useState } from 'react';
import type { Attempt } from '../../../shared/contract';
import { api } from '../api';
import { useNavigation } from '../app/navigation';
import { AttemptRow } from './AttemptRow';
import { ConfirmDialog } from './ConfirmDialog';
import { attemptName } from './format';
import { useAttempts } from './use-attempts';

/** Every attempt, newest first; damaged folders are listed with what is wrong, not hidden. */
export function AttemptList() {
  const { items, error } = useAttempts();
  const { navigate } = useNavigation();
  const [toDelete, setToDelete] = useState<Attempt | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  if (error) return <p className="notice notice-error">{error}</p>;
  if (!items) return <p className="muted">Loading your attempts…</p>;
  if (items.length === 0) {
    return (
      <div className="empty-card">
        <p className="empty-hint">
          No attempts yet. Record an answer in Practice and it will be listed here.
        </p>
      </div>
    );
  }
  return (
    <>
      <ul className="attempt-list" aria-label="Attempts">
        {items.map((item) =>
          item.state === 'ok' ? (
            <AttemptRow
              key={item.attempt.id}
              attempt={item.attempt}
              onOpen={() => navigate({ screen: 'review', attemptId: item.attempt.id })}
              onDelete={() => setToDelete(item.attempt)}
            />
          ) : (
            <li key={item.id} className="attempt-row damaged" data-attempt-id={item.id}>
              <span className="attempt-name">Damaged recording</span>
              <span className="attempt-meta">{item.problem}</span>
            </li>
          ),
        )}
      </ul>
      {deleteError && <p className="notice notice-error">{deleteError}</p>}
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this attempt?"
        body={
          toDelete
            ? `"${attemptName(toDelete)}" and its recording will be removed from this computer. This cannot be undone.`
            : ''
        }
        confirmLabel="Delete"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const target = toDelete;
          setToDelete(null);
          if (target)
            api
              .call('attempts/delete', { id: target.id })
              .catch((e: Error) => setDeleteError(e.message));
        }}
      />
    </>
  );
}
