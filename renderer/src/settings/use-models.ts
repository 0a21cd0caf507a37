import { useCallback, useEffect, useState } from 'react';
import type { CallResponse, EventPayload } from '../../../shared/contract';
import { api } from '../api';

type ModelList = CallResponse<'models/list'>;
type Progress = EventPayload<'models/progress'>;

/** The model list with live download progress; reloads when a download changes state. */
export function useModels() {
  const [list, setList] = useState<ModelList | null>(null);
  const [progress, setProgress] = useState<Record<string, Progress>>({});
  const [error, setError] = useState<string | null>(null);

  // A reload must not clear an error the user has not seen yet (a refused file path, say): errors
  // are cleared only when the user acts again.
  const reload = useCallback(() => {
    api
      .call('models/list', {})
      .then(setList)
      .catch((e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    reload();
    const offProgress = api.on('models/progress', (p) =>
      setProgress((all) => ({ ...all, [p.modelId]: p })),
    );
    const offState = api.on('models/state', (event) => {
      if (event.status === 'failed') setError(event.error.message);
      reload();
    });
    return () => {
      offProgress();
      offState();
    };
  }, [reload]);

  /** Runs a model call, showing its error message if it fails. */
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setError(null);
      try {
        await action();
      } catch (e) {
        setError((e as Error).message);
      }
      reload();
    },
    [reload],
  );

  return { list, progress, error, run };
}
