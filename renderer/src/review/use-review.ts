import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import type { ReviewJob } from '../../../shared/contract/review';
import type { Transcript } from '../../../shared/transcript';
import { api } from '../api';

/** What the review screen knows about an attempt's transcript and feedback. */
export type ReviewData = {
  transcript: Transcript | null;
  analysis: AnswerAnalysis | null;
  job: ReviewJob | null;
  loading: boolean;
  /** A bridge failure (not a failed job: that is in job.error). */
  error: string | null;
};

const FINISHED: ReviewJob['stage'][] = ['done', 'failed', 'cancelled'];

/** Loads an attempt's stored transcript and feedback; when there are none and nothing is running
 * (a fresh recording), starts the review, follows its progress and reloads when it is done.
 * An older attempt with stored results shows them at once, without starting anything. */
export function useReview(attemptId: string | undefined) {
  const [data, setData] = useState<ReviewData>({
    transcript: null,
    analysis: null,
    job: null,
    loading: true,
    error: null,
  });
  // Counts progress events: a call's answer is older than any event that arrived while it was on
  // its way, so it must not overwrite that event's newer stage.
  const events = useRef(0);

  const load = useCallback(
    async (startIfMissing: boolean) => {
      if (!attemptId) return;
      const seen = events.current;
      try {
        const stored = await api.call('review/get', { id: attemptId });
        let job = stored.job;
        if (startIfMissing && !stored.analysis && (!job || job.stage === 'done'))
          job = await api.call('review/start', { id: attemptId, force: false });
        setData((d) => ({
          ...stored,
          job: events.current === seen ? job : d.job,
          loading: false,
          error: null,
        }));
      } catch (e) {
        setData((d) => ({ ...d, loading: false, error: (e as Error).message }));
      }
    },
    [attemptId],
  );

  useEffect(() => {
    if (!attemptId) return;
    // Subscribe first, so no progress event is lost between the read and the subscription.
    const off = api.on('review/progress', (job) => {
      if (job.attemptId !== attemptId) return;
      events.current++;
      setData((d) => ({ ...d, job }));
      if (job.stage === 'done') void load(false);
    });
    void load(true);
    return off;
  }, [attemptId, load]);

  /** Starts the review; `wholeFile` transcribes the whole recording again ("Transcribe again,
   * whole file"), replacing the stored transcript and feedback. */
  const start = useCallback(
    async (wholeFile = false) => {
      if (!attemptId) return;
      const seen = events.current;
      try {
        const job = await api.call('review/start', { id: attemptId, force: wholeFile });
        setData((d) => ({ ...d, job: events.current === seen ? job : d.job, error: null }));
      } catch (e) {
        setData((d) => ({ ...d, error: (e as Error).message }));
      }
    },
    [attemptId],
  );

  const cancel = useCallback(async () => {
    if (!attemptId) return;
    await api.call('review/cancel', { id: attemptId }).catch((e: Error) => {
      setData((d) => ({ ...d, error: e.message }));
    });
  }, [attemptId]);

  const running = !!data.job && !FINISHED.includes(data.job.stage);
  return { ...data, running, start, cancel };
}
