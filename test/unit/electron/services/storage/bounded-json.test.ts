import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import { REPO_ROOT } from '../../../../../electron/services/transcription/engine-paths';
import { call, startServices } from '../data-transfer/data-fixtures';
import { ROUGH_TAKE, recordAttempt, writeReview } from '../history/review-fixtures';
import { craftedAnalysis, craftedTranscript } from './crafted-json';

// Issue 13, item 4: a crafted transcript.json or analysis.json (every element wrong) made zod
// collect an issue per field: 8 MB took 1.7 GB, 48 MB ran the server out of heap. Each call runs
// in its own process and its peak resident memory is measured; the bound is stated here.
const PEAK_BOUND_MIB = 300;
const exec = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const ID = '20260314-153000-000-0a1b2c3d';

async function peakCall(dataDir: string, name: string, input: unknown) {
  const { stdout } = await exec(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'peak-call.ts'), dataDir, name, JSON.stringify(input)],
    { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as {
    answer: { ok: boolean; data?: unknown };
    peakMiB: number;
    ms: number;
  };
}

let root: string;
let baselineMiB: number;
let exportPath: string;
let attemptId: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bounded-'));
  // The same call on an empty data folder: what the process needs anyway.
  baselineMiB = (await peakCall(path.join(root, 'empty'), 'review/get', { id: ID })).peakMiB;
  console.log(`baseline (no files): peak ${baselineMiB} MiB (load ${os.loadavg()[0]!.toFixed(2)})`);
  // A real export with one reviewed take, whose transcript.json is replaced per test.
  const source = path.join(root, 'source');
  const services = await startServices(source);
  const store = new AttemptStore({ dataDir: source });
  const attempt = await recordAttempt(store, 'pi-incident', 'Tell me about an incident.', {
    seed: 1,
  });
  writeReview(store, attempt, ROUGH_TAKE);
  attemptId = attempt.id;
  fs.mkdirSync(path.join(root, 'out'));
  exportPath = (await call(services, 'data/export', { folder: path.join(root, 'out') })).path;
  await services.dispose();
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe.each([8, 48])('a crafted %i MB transcript.json and analysis.json', (mb) => {
  it(`review/get answers "none stored" in bounded memory (under ${PEAK_BOUND_MIB} MiB)`, async () => {
    const dataDir = path.join(root, `review-${mb}`);
    const folder = path.join(dataDir, 'attempts', ID);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'transcript.json'), craftedTranscript(mb));
    fs.writeFileSync(path.join(folder, 'analysis.json'), craftedAnalysis(mb));
    const { answer, peakMiB, ms } = await peakCall(dataDir, 'review/get', { id: ID });
    console.log(
      `review/get, ${mb} MB files: peak ${peakMiB} MiB, ${ms} ms (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
    expect(answer).toMatchObject({ ok: true, data: { transcript: null, analysis: null } });
    expect(peakMiB).toBeLessThan(PEAK_BOUND_MIB);
  }, 120_000);

  it(`data/import leaves out the crafted transcript in bounded memory (under ${PEAK_BOUND_MIB} MiB)`, async () => {
    fs.writeFileSync(
      path.join(exportPath, 'attempts', attemptId, 'transcript.json'),
      craftedTranscript(mb),
    );
    const { answer, peakMiB, ms } = await peakCall(path.join(root, `import-${mb}`), 'data/import', {
      folder: exportPath,
    });
    console.log(
      `data/import, ${mb} MB transcript: peak ${peakMiB} MiB, ${ms} ms (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
    expect(answer.ok).toBe(true);
    expect(JSON.stringify(answer.data)).toMatch(
      /imported without its transcript\.json, which is damaged/,
    );
    expect(peakMiB).toBeLessThan(PEAK_BOUND_MIB);
  }, 120_000);
});
