import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {
  rssMiB,
  startPreviewProcess,
  type PreviewProcess,
} from '../test/unit/electron/preview/support/preview-process';

// `npm run bench -- server`: the preview server under load, each figure beside a bare Node http
// server serving the same bytes in the same run. 20,000 page requests at 500 in parallel
// (latency, peak RSS), and ten parallel replays of a 10-minute take (peak RSS; goal < 200 MiB).

const REQUESTS = 20_000;
const PARALLEL = 500;
const REPLAYS = 10;
const TAKE_SEC = 600;
const RSS_GOAL_MIB = 200;

type Server = { port: number; pid: number; stop(): Promise<void> };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Samples a process's RSS every 20 ms while `work` runs; resolves with work's result and the peak. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>) {
  let peak = rssMiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 20);
  try {
    return { result: await work(), peak: Math.max(peak, rssMiB(pid)) };
  } finally {
    clearInterval(timer);
  }
}

/** One GET, fully read; resolves with its latency in ms (or -1 on a failure). */
function get(agent: http.Agent, port: number, urlPath: string): Promise<number> {
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.get({ agent, host: '127.0.0.1', port, path: urlPath }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve(res.statusCode === 200 ? Number(process.hrtime.bigint() - start) / 1e6 : -1),
      );
      res.on('error', () => resolve(-1));
    });
    req.on('error', () => resolve(-1));
  });
}

async function load(port: number, urlPath: string, total: number, parallel: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: parallel });
  const times: number[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next++ < total) times.push(await get(agent, port, urlPath));
    }),
  );
  agent.destroy();
  const ok = times.filter((t) => t >= 0).sort((a, b) => a - b);
  return {
    p50: percentile(ok, 50),
    p99: percentile(ok, 99),
    failed: times.length - ok.length,
    perSec: Math.round(times.length / ((Date.now() - started) / 1000)),
  };
}

async function startBare(page: string, audio: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'support/bare-server.mjs'), page, audio],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve) =>
    child.stdout!.once('data', (d) => resolve(String(d))),
  );
  return {
    port: (JSON.parse(line) as { port: number }).port,
    pid: child.pid!,
    stop: async () => {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

const asServer = (p: PreviewProcess): Server => ({ port: p.port, pid: p.child.pid!, stop: p.stop });

/** Records a take of `seconds` through the preview's own calls; returns its id and WAV path. */
async function recordTake(p: PreviewProcess, seconds: number) {
  const call = async (name: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${p.port}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${p.token}` },
      body: JSON.stringify(body),
    });
    const result = (await res.json()) as { ok: boolean; data: { id: string }; error?: unknown };
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  const { id } = await call('attempts/create', {
    questionId: 'bench',
    questionText: 'Tell me about a production incident you handled.',
    sampleRate: 16000,
    deviceLabel: 'bench',
  });
  const chunk = Buffer.alloc(16000 * 2 * 10);
  for (let i = 0; i < chunk.length / 2; i++)
    chunk.writeInt16LE(Math.round(6000 * Math.sin(i / 9)), i * 2);
  for (let seq = 0; seq < seconds / 10; seq++) {
    await call('attempts/append-audio', { id, seq, pcm: chunk.toString('base64') });
  }
  await call('attempts/finish', { id, reason: 'stopped' });
  return { id, wav: path.join(p.dataDir, 'attempts', id, 'audio.wav') };
}

/** Ten listeners reading the whole take at once, as ten replays would. */
const replays = (port: number, urlPath: string) => {
  const agent = new http.Agent({ keepAlive: false });
  return Promise.all(Array.from({ length: REPLAYS }, () => get(agent, port, urlPath)));
};

/** Runs the server benchmark and prints its table. */
export async function runServerBench(): Promise<void> {
  console.log(
    `load: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1, 5, 15 min) on ${os.cpus().length} cores`,
  );
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-server-bench-'));
  const page = path.join(scratch, 'index.html');
  try {
    // 1. Page requests. Both servers serve the same index.html bytes.
    let preview = await startPreviewProcess();
    fs.copyFileSync(path.join(preview.staticDir, 'index.html'), page);
    const take = await recordTake(preview, TAKE_SEC);
    const bare = await startBare(page, take.wav);
    const rows: string[][] = [];
    for (const [label, server] of [
      ['bare node http (baseline)', bare],
      ['preview', asServer(preview)],
    ] as const) {
      const { result, peak } = await withPeakRss(server.pid, () =>
        load(server.port, '/', REQUESTS, PARALLEL),
      );
      rows.push([
        label,
        `${result.p50.toFixed(1)} ms`,
        `${result.p99.toFixed(1)} ms`,
        `${result.perSec}/s`,
        `${result.failed}`,
        `${peak.toFixed(0)} MiB`,
      ]);
    }
    console.log(`\n${REQUESTS} GET / at ${PARALLEL} in parallel:`);
    console.table(
      rows.map(([server, p50, p99, rate, failed, rss]) => ({
        server,
        p50,
        p99,
        rate,
        failed,
        'peak RSS': rss,
      })),
    );

    // 2. Ten parallel replays of a 10-minute take, on a fresh preview holding only that take.
    const size = fs.statSync(take.wav).size;
    const dataDir = path.join(scratch, 'data');
    fs.cpSync(path.join(preview.dataDir, 'attempts'), path.join(dataDir, 'attempts'), {
      recursive: true,
    });
    const wav = path.join(dataDir, 'attempts', take.id, 'audio.wav');
    await Promise.all([preview.stop(), bare.stop()]);
    preview = await startPreviewProcess({ dataDir });
    const bareAudio = await startBare(page, wav);
    const audioPath = `/media/attempts/${take.id}/audio.wav?token=${preview.token}`;
    const replayRows = [];
    for (const [label, server, urlPath] of [
      ['bare node http, fs stream (baseline)', bareAudio, '/audio.wav'],
      ['preview, byte stream', asServer(preview), audioPath],
    ] as const) {
      const before = rssMiB(server.pid);
      const { result, peak } = await withPeakRss(server.pid, () => replays(server.port, urlPath));
      replayRows.push({
        server: label,
        failed: result.filter((t) => t < 0).length,
        'RSS before': `${before.toFixed(0)} MiB`,
        'peak RSS': `${peak.toFixed(0)} MiB`,
        goal: peak < RSS_GOAL_MIB ? `< ${RSS_GOAL_MIB} MiB: met` : `< ${RSS_GOAL_MIB} MiB: MISSED`,
      });
    }
    console.log(
      `\n${REPLAYS} parallel replays of a ${TAKE_SEC / 60}-minute take (${(size / 2 ** 20).toFixed(1)} MiB WAV):`,
    );
    console.table(replayRows);
    await Promise.all([bareAudio.stop(), preview.stop()]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
