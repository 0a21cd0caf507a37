import { createAppServices } from '../../../../../electron/services/app-services';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import { pcm } from './helpers';

// Run as a separate process by app-services.test.ts, which kills it with SIGKILL mid-recording:
// starts a recording in <dataDir>, sends 250 ms chunks through the bridge and prints
// "chunk <seq> <attemptId>" after each one the service has acknowledged, then waits to be killed.
const dataDir = process.argv[2]!;
const chunks = Number(process.argv[3]);
const services = createAppServices({
  dataDir,
  settings: new FileSettingsStore(dataDir),
  transport: 'preview',
  version: '0.0.0-test',
});
const created = await dispatchCall(services.handlers, 'attempts/create', {
  questionId: 'incident',
  questionText: 'Tell me about a production incident.',
  sampleRate: 16000,
  deviceLabel: 'Crash test',
});
if (!created.ok) throw new Error(created.error.message);
const { id } = created.data as { id: string };
for (let seq = 0; seq < chunks; seq++) {
  const pcmBase64 = pcm(4000, seq + 1).toString('base64');
  const appended = await dispatchCall(services.handlers, 'attempts/append-audio', {
    id,
    seq,
    pcm: pcmBase64,
  });
  if (!appended.ok) throw new Error(appended.error.message);
  process.stdout.write(`chunk ${seq} ${id}\n`);
}
setInterval(() => undefined, 60_000);
