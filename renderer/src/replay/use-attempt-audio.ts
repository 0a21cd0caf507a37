import { useEffect, useState } from 'react';
import { api } from '../api';

/** The streamed URL of an attempt's audio.wav for the player, once its first bytes answer; or
 * the reason it cannot be played (the server's message, e.g. "The audio file … is missing"). */
export function useAttemptAudio(attemptId: string | undefined) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!attemptId) return;
    const controller = new AbortController();
    const source = api.audioUrl(attemptId);
    setUrl(null);
    setError(null);
    // Only the 44-byte header is asked for: a check that the recording is there, so a missing
    // file gets its message here rather than a silent, empty player.
    fetch(source, { headers: { Range: 'bytes=0-43' }, signal: controller.signal })
      .then(async (response) => {
        if (response.ok) return setUrl(source);
        const reason = (await response.text()).trim();
        setError(reason || `The recording could not be loaded (HTTP ${response.status}).`);
      })
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(`The recording could not be loaded: ${e.message}`);
      });
    return () => controller.abort();
  }, [attemptId]);

  return { url, error };
}
