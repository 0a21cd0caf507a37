import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attempt } from '../../../shared/contract';
import { api } from '../api';
import { Recorder, type RecordingRequest, type StopReason } from './recorder';

/** Recording state for the screen: idle, starting, recording (with live figures), stopping. */
export type RecordingState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'recording'; elapsedSec: number; level: number; attemptId: string }
  | { phase: 'stopping' };

/** Drives one Recorder for the Practice screen and reports what happened in words. */
export function useRecording(onFinished: (attempt: Attempt, note: string | null) => void) {
  const [state, setState] = useState<RecordingState>({ phase: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const recorder = useRef<Recorder | null>(null);
  const level = useRef(0);

  useEffect(() => {
    if (state.phase !== 'recording') return;
    const timer = setInterval(() => {
      const r = recorder.current;
      if (r)
        setState({
          phase: 'recording',
          elapsedSec: r.elapsedSec(),
          level: level.current,
          attemptId: r.attempt.id,
        });
    }, 100);
    return () => clearInterval(timer);
  }, [state.phase]);

  const start = useCallback(
    async (request: RecordingRequest) => {
      setError(null);
      setState({ phase: 'starting' });
      try {
        recorder.current = await Recorder.start(api, request, {
          onLevel: (rms) => (level.current = rms),
          onAutoStop: (_reason: StopReason, message: string) => {
            const r = recorder.current;
            recorder.current = null;
            setState({ phase: 'idle' });
            void r?.stop().then((attempt) => onFinished(attempt, message));
          },
        });
        setState({
          phase: 'recording',
          elapsedSec: 0,
          level: 0,
          attemptId: recorder.current.attempt.id,
        });
      } catch (e) {
        setState({ phase: 'idle' });
        setError((e as Error).message);
      }
    },
    [onFinished],
  );

  const stop = useCallback(async () => {
    const r = recorder.current;
    if (!r) return;
    recorder.current = null;
    setState({ phase: 'stopping' });
    try {
      const attempt = await r.stop('stopped');
      setState({ phase: 'idle' });
      onFinished(attempt, r.uploader.error ? r.uploader.error.message : null);
    } catch (e) {
      setState({ phase: 'idle' });
      setError(`The recording could not be saved completely: ${(e as Error).message}`);
    }
  }, [onFinished]);

  // Stop a recording left running when the screen goes away, so its audio is kept.
  useEffect(() => () => void recorder.current?.stop('stopped'), []);

  return { state, error, start, stop };
}
