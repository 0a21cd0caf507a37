import { useCallback, useEffect, useState } from 'react';
import type { AttemptListItem } from '../../../shared/contract';
import { api } from '../api';

/** The attempts list, reloaded whenever the other side reports a change. */
export function useAttempts() {
  const [items, setItems] = useState<AttemptListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api
      .call('attempts/list', {})
      .then((list) => {
        setItems(list);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    reload();
    return api.on('attempts/changed', reload);
  }, [reload]);
  return { items, error, reload };
}
