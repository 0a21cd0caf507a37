import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import type { CallName } from '../../../../../shared/contract';
import { startServices } from '../data-transfer/data-fixtures';

// Run by bounded-json.test.ts in its own process, so its peak memory is this call's alone:
// makes one bridge call on <dataDir> and prints {"answer":…,"peakMiB":…,"ms":…}.
const [dataDir, name, input] = process.argv.slice(2) as [string, CallName, string];
const services = await startServices(dataDir);
const started = Date.now();
const answer = await dispatchCall(services.handlers, name, JSON.parse(input));
const ms = Date.now() - started;
await services.dispose();
const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ answer, peakMiB, ms }) + '\n');
