/**
 * Transcription speed and memory: the same two-minute espeak-ng answer transcribed by the app's
 * service, by whisper-cli alone with the same flags, and by faster-whisper on the same weights
 * (the CTranslate2 folder the fixture script extracts), with decoding matched: beam 5 against
 * beam 5 (the app's whole-file default) and greedy against greedy (the live path's open-segment
 * decoding). Goals: app / whisper-cli <= 1.05, app / faster-whisper <= 1.0. Also whisper-cli
 * without DTW word times, to show what they cost.
 * Run: npx tsx bench/transcription-bench.ts [runs]   (needs `pip install faster-whisper`; set
 * PYTHON to a virtualenv's python that has it)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILLER_PROMPT, Transcriber } from '../electron/services/transcription/index';
import {
  LIVE_DECODE,
  WHOLE_FILE_DECODE,
  type DecodeSettings,
} from '../electron/services/transcription/live/engine-settings';
import { buildWhisperArgs } from '../electron/services/transcription/whisper-args';
import { readDtwPreset } from '../electron/services/transcription/dtw-preset';
import { REPO_ROOT } from '../electron/services/transcription/engine-paths';
import { INCIDENT_ANSWER } from '../test/integration/helpers/answers';
import { speak } from '../test/integration/helpers/audio';
import { MODEL, requireEngine, WHISPER_CLI } from '../test/integration/helpers/engine';
import {
  childrenCpuSec,
  measureProcess,
  ownCpuSec,
  watchPeak,
} from '../test/integration/helpers/process-stats';
import { wordErrorRate } from '../test/integration/helpers/wer';

const CT2_MODEL =
  process.env.REHEARSE_CT2_MODEL ||
  path.join(REPO_ROOT, '.cache', 'test-models', 'faster-whisper-tiny.en');
const PYTHON = process.env.PYTHON || 'python3';

// The app's decoding: the given beam (1 = greedy), English, the same initial prompt, word times.
const FASTER_WHISPER = `
import json, sys
from faster_whisper import WhisperModel
model_dir, audio, threads, prompt, beam = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
model = WhisperModel(model_dir, device="cpu", compute_type="default", cpu_threads=threads)
segments, info = model.transcribe(audio, language="en", beam_size=beam, best_of=max(beam, 2), initial_prompt=prompt, word_timestamps=True)
print(json.dumps({"text": " ".join(s.text.strip() for s in segments)}))
`;

type Sample = {
  wallMs: number;
  cpuSec: number;
  peakBytes: number;
  wer: number;
  overheadMs?: number;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The app's service; also how long it spent outside whisper-cli (checks before, parsing after). */
async function runApp(wav: string, threads: number, decode?: DecodeSettings): Promise<Sample> {
  const transcriber = new Transcriber({
    whisperCliPath: WHISPER_CLI,
    modelPath: MODEL,
    threads,
    decode,
  });
  const watcher = watchPeak(() => transcriber.activeJob?.pid);
  const started = performance.now();
  const t = await transcriber.enqueue(wav).promise;
  const ended = performance.now();
  const seen = await watcher.stop();
  const overheadMs =
    seen.firstSeenMs !== null && seen.lastSeenMs !== null
      ? seen.firstSeenMs - started + (ended - seen.lastSeenMs)
      : undefined;
  return {
    wallMs: ended - started,
    cpuSec: 0,
    peakBytes: seen.peakBytes,
    wer: wordErrorRate(INCIDENT_ANSWER, t.text),
    overheadMs,
  };
}

async function runCli(wav: string, threads: number, dtw = true): Promise<Sample> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-bench-'));
  try {
    const args = buildWhisperArgs({
      modelPath: MODEL,
      audioPath: wav,
      outputBase: path.join(dir, 'out'),
      threads,
      prompt: FILLER_PROMPT,
      // The app's flags exactly, DTW word times (and -nfa) included.
      dtwPreset: dtw ? await readDtwPreset(MODEL) : null,
    });
    const r = await measureProcess(WHISPER_CLI, args);
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path.join(dir, 'out.json'), 'utf8'));
    const text = json.transcription.map((s: { text: string }) => s.text).join(' ');
    return {
      wallMs: r.wallMs,
      cpuSec: 0,
      peakBytes: r.peakBytes,
      wer: wordErrorRate(INCIDENT_ANSWER, text),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runFasterWhisper(wav: string, threads: number, beam: number): Promise<Sample> {
  const r = await measureProcess(PYTHON, [
    '-c',
    FASTER_WHISPER,
    CT2_MODEL,
    wav,
    String(threads),
    FILLER_PROMPT,
    String(beam),
  ]);
  const { text } = JSON.parse(r.stdout.trim().split('\n').pop()!);
  return {
    wallMs: r.wallMs,
    cpuSec: 0,
    peakBytes: r.peakBytes,
    wer: wordErrorRate(INCIDENT_ANSWER, text),
  };
}

/** Runs the three-way comparison and prints wall time, real-time factor, peak memory and ratios. */
export async function runTranscriptionBench(
  runs = Number(process.env.BENCH_RUNS) || 3,
): Promise<void> {
  requireEngine();
  const wav = await speak(INCIDENT_ANSWER, 140);
  const threads = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL }).threads;
  const audioSec = (
    await new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL }).enqueue(wav).promise
  ).audioDurationSec;
  const ways: [string, (w: string, t: number) => Promise<Sample>][] = [
    ['app (Transcriber)', (w, t) => runApp(w, t, WHOLE_FILE_DECODE)],
    ['whisper-cli alone', runCli],
    // What DTW word times (with -nfa, which they need) cost: the same run without them.
    ['whisper-cli, no DTW', (w, t) => runCli(w, t, false)],
    ['faster-whisper', (w, t) => runFasterWhisper(w, t, WHOLE_FILE_DECODE.beamSize)],
    // Greedy against greedy: the decoding the live path uses for what the user waits on.
    ['app, greedy', (w, t) => runApp(w, t, LIVE_DECODE.open)],
    ['faster-whisper, greedy', (w, t) => runFasterWhisper(w, t, 1)],
  ];
  const samples = new Map<string, Sample[]>(ways.map(([name]) => [name, []]));
  // Interleaved so a slow spell on the machine hits every way alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of ways) {
      try {
        const cpuBefore = (await childrenCpuSec()) + ownCpuSec();
        const sample = await run(wav, threads);
        sample.cpuSec = (await childrenCpuSec()) + ownCpuSec() - cpuBefore;
        samples.get(name)!.push(sample);
      } catch (error) {
        console.error(`${name} failed: ${String(error).slice(0, 500)}`);
      }
    }
  }
  const summary = new Map<string, Sample>();
  console.log(
    `\nTranscription bench: ${audioSec.toFixed(1)} s espeak-ng answer, tiny.en, ${threads} threads, median of ${runs}`,
  );
  console.log('  way                  wall      RTF    CPU time   peak RSS   WER');
  for (const [name, list] of samples) {
    if (list.length === 0) continue;
    const pick = (key: 'wallMs' | 'cpuSec' | 'peakBytes' | 'wer') =>
      median(list.map((x) => x[key]));
    const s: Sample = {
      wallMs: pick('wallMs'),
      cpuSec: pick('cpuSec'),
      peakBytes: pick('peakBytes'),
      wer: pick('wer'),
    };
    summary.set(name, s);
    console.log(
      `  ${name.padEnd(20)} ${(s.wallMs / 1000).toFixed(2).padStart(6)} s  ${(s.wallMs / 1000 / audioSec).toFixed(3)}  ` +
        `${s.cpuSec.toFixed(1).padStart(6)} s  ` +
        `${(s.peakBytes / 2 ** 20).toFixed(0).padStart(6)} MiB  ${(100 * s.wer).toFixed(1)}%`,
    );
  }
  const overheads = (samples.get('app (Transcriber)') ?? []).flatMap((x) => x.overheadMs ?? []);
  const cli = summary.get('whisper-cli alone');
  if (overheads.length > 0 && cli) {
    // Load-independent view of the ratio: the app's own time outside whisper-cli (checks, level
    // analysis, spawn, JSON parsing), added to whisper-cli's own time.
    const overhead = median(overheads);
    console.log(
      `  app time outside whisper-cli: ${overhead.toFixed(0)} ms (median), so app / whisper-cli = ` +
        `${((cli.wallMs + overhead) / cli.wallMs).toFixed(3)} on this machine's whisper-cli time`,
    );
  }
  const pairs: [string, string][] = [
    ['app (Transcriber)', 'whisper-cli alone'],
    ['app (Transcriber)', 'faster-whisper'],
    ['app, greedy', 'faster-whisper, greedy'],
  ];
  for (const [mine, peer] of pairs) {
    const app = summary.get(mine);
    const other = summary.get(peer);
    if (!app || !other) continue;
    const ratio = (a: number, b: number, digits = 3) => (a / b).toFixed(digits);
    console.log(
      `  ${mine} / ${peer}: wall ${ratio(app.wallMs, other.wallMs)}, CPU ${ratio(app.cpuSec, other.cpuSec)}, ` +
        `memory ${ratio(app.peakBytes, other.peakBytes, 2)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runTranscriptionBench(process.argv[2] ? Number(process.argv[2]) : undefined);
}
