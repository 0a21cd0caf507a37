import { createAppServices } from '../../../../../electron/services/app-services';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import type { CallName } from '../../../../../shared/contract';

// Run by bounded-json.test.ts in its own process, so its peak memory is this call's alone:
// makes one bridge call on <dataDir> and prints {"answer":…,"peakMiB":…,"ms":…}.
const [dataDir, name, input] = process.argv.slice(2) as [string, CallName, string];
const services = createAppServices({
  dataDir,
  settings: new FileSettingsStore(dataDir),
  transport: 'preview',
  version: '0.0.0',
});
await services.ready;
const started = Date.now();
const answer = await dispatchCall(services.handlers, name, JSON.parse(input));
const ms = Date.now() - started;
await services.dispose();
const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ answer, peakMiB, ms }) + '\n');
