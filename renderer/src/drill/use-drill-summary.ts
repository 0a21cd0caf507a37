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
    let loaded = false;
    const finished = new Set<string>();
    const check = async () => {
      if (loaded) return;
      const states = await Promise.all(attemptIds.map((id) => api.call('review/get', { id })));
      states.forEach((s, i) => {
        if (s.analysis || s.job?.stage === 'failed' || s.job?.stage === 'cancelled')
          finished.add(attemptIds[i]!);
      });
      if (cancelled || loaded) return;
      setPending(attemptIds.length - finished.size);
      if (finished.size < attemptIds.length) return;
      const result = await api.call('history/drill-summary', { attemptIds });
      if (cancelled || loaded) return;
      loaded = true;
      setError(null);
      setSummary(result);
    };
    const run = () => {
      check().catch((e: Error) => !cancelled && setError(e.message));
    };
    const off = api.on('review/progress', (job) => {
      if (attemptIds.includes(job.attemptId) && ['done', 'failed', 'cancelled'].includes(job.stage))
        run();
    });
    // The progress events are the fast path; asking again every few seconds means a missed event
    // (the event stream reconnecting under load) never leaves the drill waiting for ever.
    const poll = setInterval(() => (loaded ? clearInterval(poll) : run()), 3000);
    run();
    return () => {
      cancelled = true;
      clearInterval(poll);
      off();
    };
  }, [attemptIds]);

  return { summary, pending, error };
}
