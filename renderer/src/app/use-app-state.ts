import { useCallback, useEffect, useState } from 'react';
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
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.call('app/info', {}), api.call('settings/get', {})])
      .then(([i, s]) => {
        setInfo(i);
        setSettings(s);
      })
      .catch((error: Error) => setLoadError(error.message));
    return api.on('settings/changed', setSettings);
  }, [setSettings]);

  // Sends only the change: the service merges it into the stored settings (shared/settings.ts
  // parses a patch without filling defaults), so a change made elsewhere meanwhile is kept.
  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      setSettings(await api.call('settings/set', patch));
    },
    [setSettings],
  );

  return { info, settings, loadError, updateSettings };
}
