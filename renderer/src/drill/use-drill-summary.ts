import { useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { api } from '../api';

type Summary = CallResponse<'history/drill-summary'>;

/** Waits for every answer's review (transcription, then analysis) and then loads the drill's
 * combined summary; `pending` counts answers still being reviewed. */
export function useDrillSummary(attemptIds: string[]) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [pending, setPending] = useState(attemptIds.length);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const finished = new Set<string>();
    const check = async () => {
      const states = await Promise.all(attemptIds.map((id) => api.call('review/get', { id })));
      states.forEach((s, i) => {
        if (s.analysis || s.job?.stage === 'failed' || s.job?.stage === 'cancelled')
          finished.add(attemptIds[i]!);
      });
      if (cancelled) return;
      setPending(attemptIds.length - finished.size);
      if (finished.size === attemptIds.length)
        setSummary(await api.call('history/drill-summary', { attemptIds }));
    };
    const off = api.on('review/progress', (job) => {
      if (attemptIds.includes(job.attemptId) && ['done', 'failed', 'cancelled'].includes(job.stage))
        void check();
    });
    check().catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      off();
    };
  }, [attemptIds]);

  return { summary, pending, error };
}
