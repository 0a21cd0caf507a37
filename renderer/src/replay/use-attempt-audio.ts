import { useEffect, useState } from 'react';
import { api } from '../api';
import { base64ToBytes } from '../recording/base64';

/** Loads an attempt's audio.wav across the bridge into a blob: URL for the player. */
export function useAttemptAudio(attemptId: string | undefined) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!attemptId) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    setUrl(null);
    setError(null);
    api
      .call('attempts/audio', { id: attemptId })
      .then(({ wav }) => {
        if (cancelled) return;
        const bytes = base64ToBytes(wav);
        objectUrl = URL.createObjectURL(
          new Blob([bytes.buffer as ArrayBuffer], { type: 'audio/wav' }),
        );
        setUrl(objectUrl);
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attemptId]);

  return { url, error };
}
