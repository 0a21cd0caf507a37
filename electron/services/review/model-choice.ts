import type { ModelManager } from '../models/model-manager';
import type { SettingsStore } from '../settings/settings-store';

/** The model transcription uses and what chose it; both null when there is none. */
export type ModelInUse = {
  path: string | null;
  source: 'settings' | 'environment' | 'installed' | null;
};

/** Which model transcription would use now: the one chosen in Settings if installed, else
 * REHEARSE_MODEL (development and tests), else the best installed one. */
export async function modelInUse(
  settings: SettingsStore,
  models: ModelManager,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ModelInUse> {
  const chosen = settings.get().modelId;
  const fromSettings = chosen ? models.modelPath(chosen) : null;
  if (fromSettings) return { path: fromSettings, source: 'settings' };
  if (env.REHEARSE_MODEL) return { path: env.REHEARSE_MODEL, source: 'environment' };
  const fallback = await models.resolveDefault();
  const fallbackPath = fallback ? models.modelPath(fallback) : null;
  if (fallbackPath) return { path: fallbackPath, source: 'installed' };
  return { path: null, source: null };
}

/** The model file to transcribe with (see modelInUse). Throws a message that says how to get a
 * model when there is none. */
export async function chooseModelPath(
  settings: SettingsStore,
  models: ModelManager,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const { path } = await modelInUse(settings, models, env);
  if (path) return path;
  throw Object.assign(new Error('no model'), {
    code: 'no-model',
    message:
      'No speech model is installed yet, so this answer cannot be transcribed. Open Settings, download base.en (or add a model file you already have), then press Retry.',
  });
}
