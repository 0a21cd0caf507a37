import type { ModelManager } from '../models/model-manager';
import type { SettingsStore } from '../settings/settings-store';

/** Which model file to transcribe with: the one chosen in Settings if installed, else
 * REHEARSE_MODEL (development and tests), else the best installed one. Throws a message that
 * says how to get a model when there is none. */
export async function chooseModelPath(
  settings: SettingsStore,
  models: ModelManager,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const chosen = settings.get().modelId;
  const fromSettings = chosen ? models.modelPath(chosen) : null;
  if (fromSettings) return fromSettings;
  if (env.REHEARSE_MODEL) return env.REHEARSE_MODEL;
  const fallback = await models.resolveDefault();
  const fallbackPath = fallback ? models.modelPath(fallback) : null;
  if (fallbackPath) return fallbackPath;
  throw Object.assign(new Error('no model'), {
    code: 'no-model',
    message:
      'No speech model is installed yet, so this answer cannot be transcribed. Open Settings, download base.en (or add a model file you already have), then press Retry.',
  });
}
