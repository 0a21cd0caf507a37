import { useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { api } from '../api';

/** The speech model transcription would use now and what chose it. */
export type ModelInUse = CallResponse<'review/model'>;

/** Which model is in use (null while loading), refreshed when models or settings change. */
export function useModelInUse(): { model: ModelInUse | null; error: string | null } {
  const [model, setModel] = useState<ModelInUse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      void api
        .call('review/model', {})
        .then((m) => {
          setModel(m);
          setError(null);
        })
        .catch((e: Error) => setError(e.message));
    load();
    const offModels = api.on('models/state', load);
    const offSettings = api.on('settings/changed', load);
    return () => {
      offModels();
      offSettings();
    };
  }, []);
  return { model, error };
}

/** The file name of a model path, e.g. "ggml-base.en.bin". */
export function modelFileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What chose the model, in words. */
export const modelSourceLabels: Record<NonNullable<ModelInUse['source']>, string> = {
  settings: 'chosen here',
  environment: 'set by the REHEARSE_MODEL environment variable',
  installed: 'the installed model',
};
