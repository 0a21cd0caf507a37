import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppServices } from '../electron/services/app-services';
import { dispatchCall } from '../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../electron/services/settings/file-settings-store';

// What writing a recording costs per chunk, through the real bridge dispatch (zod + base64 +
// append + fdatasync), with and without the per-chunk fdatasync that bounds what a power cut loses.
// The budget is the chunk interval: 250 ms chunks must be written well within 250 ms.

type Case = { label: string; chunkMs: number; sync: boolean };

const CASES: Case[] = [
  { label: '250 ms chunks, fdatasync each', chunkMs: 250, sync: true },
  { label: '250 ms chunks, no sync', chunkMs: 250, sync: false },
  { label: '1 s chunks, fdatasync each', chunkMs: 1000, sync: true },
  { label: '1 s chunks, no sync', chunkMs: 1000, sync: false },
];

/** Seconds of audio each case records. */
const AUDIO_SEC = 120;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function runCase(c: Case, dataDir: string): Promise<string> {
  const services = createAppServices({
    dataDir,
    settings: new FileSettingsStore(dataDir),
    transport: 'preview',
    version: 'bench',
    appender: { syncEachChunk: c.sync },
  });
  const created = await dispatchCall(services.handlers, 'attempts/create', {
    questionId: 'bench',
    questionText: 'Bench question',
    sampleRate: 16000,
    deviceLabel: 'bench',
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.data as { id: string }).id;
  const samples = (16000 * c.chunkMs) / 1000;
  const chunk = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) chunk.writeInt16LE(Math.round(8000 * Math.sin(i / 7)), i * 2);
  const base64 = chunk.toString('base64');
  const times: number[] = [];
  const count = (AUDIO_SEC * 1000) / c.chunkMs;
  for (let seq = 0; seq < count; seq++) {
    const start = process.hrtime.bigint();
    const result = await dispatchCall(services.handlers, 'attempts/append-audio', {
      id,
      seq,
      pcm: base64,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(result.error.message);
  }
  await dispatchCall(services.handlers, 'attempts/finish', { id, reason: 'stopped' });
  await services.dispose();
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const f = (ms: number) => ms.toFixed(2).padStart(7);
  return `${c.label.padEnd(32)} n=${String(count).padStart(4)}  mean ${f(mean)} ms  p50 ${f(percentile(times, 50))} ms  p95 ${f(percentile(times, 95))} ms  max ${f(times.at(-1)!)} ms  (budget ${c.chunkMs} ms)`;
}

/** Measures per-chunk append cost with and without fdatasync, on the temp folder's filesystem. */
export async function runCaptureWriteBench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-capture-bench-'));
  try {
    console.log(
      `capture-write: ${AUDIO_SEC} s of 16 kHz mono 16-bit audio per case, in ${dataDir}`,
    );
    for (const c of CASES) console.log(await runCase(c, dataDir));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runCaptureWriteBench();
}
