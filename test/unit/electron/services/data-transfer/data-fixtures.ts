import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createAppServices, type AppServices } from '../../../../../electron/services/app-services';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import type { CallName, CallResponse } from '../../../../../shared/contract';

/** Services over a data folder, started and repaired, as the preview runs them. */
export async function startServices(dataDir: string): Promise<AppServices> {
  const services = createAppServices({
    dataDir,
    settings: new FileSettingsStore(dataDir),
    transport: 'preview',
    version: '1.2.3',
  });
  await services.ready;
  return services;
}

/** Calls like a transport does; returns the data or throws the bridge error (code and message). */
export async function call<N extends CallName>(
  services: AppServices,
  name: N,
  payload: unknown,
): Promise<CallResponse<N>> {
  const result = await dispatchCall(services.handlers, name, payload);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.data as CallResponse<N>;
}

/** Everything a data folder holds that an export carries: each attempt's files by content hash,
 * the stories and the custom questions. */
export function snapshot(dataDir: string) {
  const root = path.join(dataDir, 'attempts');
  const attempts: Record<string, Record<string, string>> = {};
  for (const id of fs.existsSync(root) ? fs.readdirSync(root).sort() : []) {
    const folder = path.join(root, id);
    attempts[id] = Object.fromEntries(
      fs
        .readdirSync(folder)
        .sort()
        .map((name) => [
          name,
          createHash('sha1')
            .update(fs.readFileSync(path.join(folder, name)))
            .digest('hex'),
        ]),
    );
  }
  const read = (name: string) => {
    const file = path.join(dataDir, name);
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  };
  return {
    attempts,
    stories: read('stories.json')?.stories ?? [],
    questions: read('questions.json')?.questions ?? [],
  };
}
