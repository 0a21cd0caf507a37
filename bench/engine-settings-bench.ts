import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILLER_PROMPT } from '../electron/services/transcription/index';
import type { DecodeSettings } from '../electron/services/transcription/live/engine-settings';
import { transcribeFile } from '../electron/services/transcription/transcribe-file';
import { REPO_ROOT } from '../electron/services/transcription/engine-paths';
import { composeAnswer } from '../test/e2e/support/answer-audio';
import { INCIDENT_ANSWER } from '../test/integration/helpers/answers';
import { jfkWav, JFK_TEXT } from '../test/integration/helpers/audio';
import { MODEL, WHISPER_CLI } from '../test/integration/helpers/engine';
import { sentenceStartErrors } from '../test/integration/helpers/sentence-timing';
import { wordErrorRate } from '../test/integration/helpers/wer';

const QUANTIZE = path.join(REPO_ROOT, 'vendor', 'whisper', 'bin', 'whisper-quantize');
const THREADS = os.availableParallelism();
const SENTENCES = Number(process.env.ENGINE_BENCH_SENTENCES ?? 5);

const base: DecodeSettings = {
  beamSize: 1,
  bestOf: 2,
  temperatureInc: 0.2,
  flashAttn: true,
  dtw: false,
};

/** The settings compared: whisper-cli's defaults (what the app used before), then one change
 * at a time from greedy decoding with flash attention. */
const CONFIGS: { name: string; decode: DecodeSettings; model?: 'q8_0' | 'q5_1' }[] = [
  {
    name: 'beam 5, fallback, DTW (-nfa)',
    decode: { ...base, beamSize: 5, bestOf: 5, flashAttn: false, dtw: true },
  },
  { name: 'beam 5, fallback, flash attn', decode: { ...base, beamSize: 5, bestOf: 5 } },
  { name: 'greedy, fallback, DTW (-nfa)', decode: { ...base, flashAttn: false, dtw: true } },
  { name: 'greedy, fallback, flash attn', decode: base },
  { name: 'greedy, no fallback, flash attn', decode: { ...base, temperatureInc: 0 } },
  { name: 'greedy, fallback, flash attn, q8_0', decode: base, model: 'q8_0' },
  { name: 'greedy, fallback, flash attn, q5_1', decode: base, model: 'q5_1' },
];

/** Makes a quantized copy of the test model with whisper.cpp's own tool (cached). */
function quantized(type: 'q8_0' | 'q5_1'): string {
  const out = MODEL.replace(/\.bin$/, `-${type}.bin`);
  if (!existsSync(out)) execFileSync(QUANTIZE, [MODEL, out, type], { stdio: 'ignore' });
  return out;
}

/**
 * The table behind the engine's defaults (docs/engine-settings.md): for each decoding setting,
 * wall time and WER on a composed spoken answer (the incident answer's first sentences, each
 * spoken on its own with known gaps) and on jfk, and how far the first word of each sentence lands from where its voice starts (after the app's fitting to speech
 * onsets). Same machine, same run, same audio for every row.
 */
export async function runEngineSettingsBench(): Promise<void> {
  // The answer's first five sentences (about 45 s): long enough for several sentence starts and a
  // second 30 s window, short enough that every row finishes on a busy machine.
  const sentences = INCIDENT_ANSWER.match(/[^.]+\./g)!
    .map((s) => s.trim())
    .slice(0, SENTENCES);
  const reference = sentences.join(' ');
  const answer = await composeAnswer('timing-incident-head', sentences, {
    leadSec: 1,
    gapSec: 0.8,
    tailSec: 4,
  });
  const jfk = await jfkWav();
  console.log(
    `load: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${THREADS} threads)`,
  );
  console.log(
    '| settings | answer s | answer WER | worst start error s | starts found | jfk s | jfk WER |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const config of CONFIGS) {
    const modelPath = config.model ? quantized(config.model) : MODEL;
    const run = async (file: string) => {
      const started = performance.now();
      const transcript = await transcribeFile(file, {
        cliPath: WHISPER_CLI,
        modelPath,
        threads: THREADS,
        maxAudioSec: 1200,
        timeoutMs: 3_600_000,
        prompt: FILLER_PROMPT,
        signal: new AbortController().signal,
        decode: config.decode,
      });
      return { transcript, sec: (performance.now() - started) / 1000 };
    };
    const a = await run(answer.file);
    const j = await run(jfk);
    const errors = sentenceStartErrors(a.transcript, answer.sentences);
    const found = errors.filter((e) => e.foundSec !== null);
    const worst = Math.max(...found.map((e) => Math.abs(e.foundSec! - e.knownSec)));
    const wer = (ref: string, text: string) => `${(100 * wordErrorRate(ref, text)).toFixed(1)}%`;
    console.log(
      `| ${config.name} | ${a.sec.toFixed(1)} | ${wer(reference, a.transcript.text)} | ` +
        `${worst.toFixed(2)} | ${found.length}/${errors.length} | ${j.sec.toFixed(1)} | ${wer(JFK_TEXT, j.transcript.text)} |`,
    );
  }
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runEngineSettingsBench();
