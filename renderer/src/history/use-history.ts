import { useCallback, useEffect, useState } from 'react';
import type { HistoryRow } from '../../../shared/progress/history-row';
import { api } from '../api';

/** History rows with their figures, reloaded when attempts change or a review finishes. */
export function useHistory() {
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api
      .call('history/list', {})
      .then((result) => {
        setRows(result.rows);
        setDamaged(result.damaged);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    reload();
    const offAttempts = api.on('attempts/changed', reload);
    const offReview = api.on('review/progress', (job) => {
      if (job.stage === 'done') reload();
    });
    return () => {
      offAttempts();
      offReview();
    };
  }, [reload]);
  return { rows, damaged, error, reload };
}
