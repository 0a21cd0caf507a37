import { spawnSync } from 'node:child_process';
import path from 'node:path';

// `npm run bench`: every benchmark, each printing its figures and its ratio against the baseline
// it names, measured in the same run. `npm run bench -- analysis capture` runs a subset.
const root = path.resolve(import.meta.dirname, '..');

const benches: Record<string, { file: string; fn: string }> = {
  analysis: { file: './analysis-bench', fn: 'runAnalysisBench' },
  transcription: { file: './transcription-bench', fn: 'runTranscriptionBench' },
  fillers: { file: './filler-fidelity', fn: 'runFillerFidelity' },
  'capture-write': { file: './capture-write-bench', fn: 'runCaptureWriteBench' },
  capture: { file: './capture-health-bench', fn: 'runCaptureHealthBench' },
  'engine-settings': { file: './engine-settings-bench', fn: 'runEngineSettingsBench' },
  live: { file: './live-bench', fn: 'runLiveBench' },
  server: { file: './server-bench', fn: 'runServerBench' },
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(benches);
const unknown = names.filter((n) => !benches[n]);
if (unknown.length) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}.`,
  );
  process.exit(2);
}

// The capture bench drives the browser preview, which serves the built renderer.
if (names.includes('capture') || names.includes('live')) {
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) process.exit(1);
}

for (const name of names) {
  const bench = benches[name]!;
  console.log(`\n=== ${name}`);
  const mod = (await import(bench.file)) as Record<string, () => Promise<unknown>>;
  await mod[bench.fn]!();
}
