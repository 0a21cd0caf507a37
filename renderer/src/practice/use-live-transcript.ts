import { useEffect, useState } from 'react';
import type { LiveUpdate } from '../../../shared/contract/live';
import { api } from '../api';

/** The newest live transcription update of one recording, or null before its first. */
export function useLiveTranscript(attemptId: string): LiveUpdate | null {
  const [update, setUpdate] = useState<LiveUpdate | null>(null);
  useEffect(() => {
    setUpdate(null);
    return api.on('live/update', (next) => {
      if (next.attemptId === attemptId) setUpdate(next);
    });
  }, [attemptId]);
  return update;
}
