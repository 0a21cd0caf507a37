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
  // A failed download's message, kept on its model's row (where the user pressed Download).
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});

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
      setRowErrors(({ [event.modelId]: _, ...rest }) =>
        event.status === 'failed' ? { ...rest, [event.modelId]: event.error.message } : rest,
      );
      reload();
    });
    return () => {
      offProgress();
      offState();
    };
  }, [reload]);

  /** Runs a model call, showing its error message if it fails: on the row of `modelId` when the
   * action is one model's, else above the list. */
  const run = useCallback(
    async (action: () => Promise<unknown>, modelId?: string) => {
      setError(null);
      if (modelId) setRowErrors(({ [modelId]: _, ...rest }) => rest);
      try {
        await action();
      } catch (e) {
        const message = (e as Error).message;
        if (modelId) setRowErrors((all) => ({ ...all, [modelId]: message }));
        else setError(message);
      }
      reload();
    },
    [reload],
  );

  return { list, progress, error, rowErrors, run };
}
