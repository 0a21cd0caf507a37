import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { api } from '../api';

/** The app-wide state every screen may need: app info, settings, and how to change them. */
export type AppState = {
  info: AppInfo | null;
  settings: Settings | null;
  loadError: string | null;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
};

/** Loads app info and settings once, and keeps settings in sync with `settings/changed`. */
export function useAppState(): AppState {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setState] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The latest settings, also between a change being sent and its answer arriving.
  const latest = useRef<Settings | null>(null);
  const setSettings = useCallback((next: Settings) => {
    latest.current = next;
    setState(next);
  }, []);

  useEffect(() => {
    Promise.all([api.call('app/info', {}), api.call('settings/get', {})])
      .then(([i, s]) => {
        setInfo(i);
        setSettings(s);
      })
      .catch((error: Error) => setLoadError(error.message));
    return api.on('settings/changed', setSettings);
  }, [setSettings]);

  // Sends every setting, not only the patch: the patch schema fills the keys it is not given with
  // their defaults (zod 4 applies defaults inside .partial()), so picking a question in Practice
  // reset the microphone, the theme and the rest, and choosing a microphone forgot the question.
  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const base = latest.current ?? (await api.call('settings/get', {}));
      latest.current = { ...base, ...patch };
      try {
        setSettings(await api.call('settings/set', latest.current));
      } catch (error) {
        latest.current = base; // not saved: the next change must not carry it along
        throw error;
      }
    },
    [setSettings],
  );

  return { info, settings, loadError, updateSettings };
}
