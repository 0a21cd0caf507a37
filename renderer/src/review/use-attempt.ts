import { useEffect, useState } from 'react';
import type { Attempt } from '../../../shared/contract';
import { api } from '../api';

/** One attempt by id, kept fresh when it changes (e.g. renamed), or the newest one if no id. */
export function useAttempt(attemptId: string | undefined) {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        let id = attemptId;
        if (!id) {
          const list = await api.call('attempts/list', {});
          const newest = list.find((item) => item.state === 'ok');
          id = newest?.state === 'ok' ? newest.attempt.id : undefined;
        }
        const next = id ? await api.call('attempts/get', { id }) : null;
        if (!cancelled) {
          setAttempt(next);
          setError(null);
        }
      } catch (e) {
        if (!cancelled) setError((e as Error).message);
      } finally {
        if (!cancelled) setLoading(false);
      }
    };
    void load();
    const off = api.on('attempts/changed', ({ id }) => {
      if (id === attemptId) void load();
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [attemptId]);

  return { attempt, error, loading };
}
