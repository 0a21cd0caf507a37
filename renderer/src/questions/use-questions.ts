import { useCallback, useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { api } from '../api';

/** The question bank (built-in and the user's own) and the company focus, kept fresh. */
export function useQuestions() {
  const [data, setData] = useState<CallResponse<'questions/list'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api
      .call('questions/list', {})
      .then((next) => {
        setData(next);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    reload();
    return api.on('questions/changed', reload);
  }, [reload]);
  return { questions: data?.questions ?? null, focus: data?.focus ?? null, error, reload };
}
