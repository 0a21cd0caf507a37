/** Benchmark of the delivery signals (pace over time, pauses, volume, pitch) on a 120 s recording. */
import { fileURLToPath } from 'node:url';
import { readMonoSamples } from '../electron/services/wav/samples';
import { analyzeDelivery } from '../shared/delivery';
import { frameLevels } from '../shared/delivery/levels';
import type { TranscriptWord } from '../shared/transcript';
import { concat } from '../test/integration/helpers/audio';
import { voicedSpeech } from '../test/integration/helpers/voiced-speech';

/** Goal from the issue: the audio signals of a 120 s recording in under 300 ms. */
const GOAL_MS = 300;
const SECONDS = 120;

const SENTENCES = [
  'I owned the migration of the billing service to a new queue.',
  'The latency dropped from eight hundred to one hundred milliseconds.',
  'Next time I would write the runbook before the rollout.',
  'I paired with the database team on the cutover plan, and we rehearsed it twice.',
];

/** A 120 s espeak-ng answer (sentences at alternating pitch settings), cut to exactly 120 s. */
async function recording(): Promise<string> {
  const parts = await Promise.all(SENTENCES.map((s, i) => voicedSpeech(s, { pitch: 30 + 15 * i })));
  const one = await concat('bench-delivery-cycle', parts);
  const { samples, sampleRate } = await readMonoSamples(one);
  const copies = Math.ceil((SECONDS * sampleRate) / samples.length);
  return concat(`bench-delivery-${SECONDS}s-x${copies}`, Array(copies).fill(one));
}

/** Word timings at 150 wpm over the recording (the word-level parts cost little either way). */
function words(seconds: number): TranscriptWord[] {
  return Array.from({ length: Math.floor((seconds * 150) / 60) }, (_, i) => ({
    text: i % 12 === 11 ? 'word.' : 'word',
    start: i * 0.4,
    end: i * 0.4 + 0.3,
    p: 0.9,
    charStart: i * 6,
    charEnd: i * 6 + 4,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Prints the median time of analyzeDelivery on 120 s of 16 kHz speech, against one level pass. */
export async function runDeliveryBench(): Promise<void> {
  const { samples: all, sampleRate } = await readMonoSamples(await recording());
  const samples = all.subarray(0, SECONDS * sampleRate);
  const timed = words(SECONDS);
  const text = timed.map((w) => w.text).join(' ');
  const time = (run: () => unknown, runs: number) => {
    run();
    const ts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      run();
      ts.push(performance.now() - t0);
    }
    return median(ts);
  };
  const full = time(
    () => analyzeDelivery({ samples, sampleRate, text, words: timed, segments: [] }),
    9,
  );
  // Baseline: one RMS pass over the same samples, the least any audio analysis must do.
  const base = time(() => frameLevels(samples, sampleRate), 9);
  console.log(`Delivery signals (analyzeDelivery on ${SECONDS} s of 16 kHz speech, median of 9)`);
  console.log(
    `  pace, pauses, volume, pitch: ${full.toFixed(1)} ms  (goal < ${GOAL_MS} ms: ${full < GOAL_MS ? 'met' : 'NOT met'})`,
  );
  console.log(`  baseline, one 10 ms RMS pass over the samples: ${base.toFixed(1)} ms`);
  console.log(`  ratio delivery/baseline: ${(full / base).toFixed(1)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runDeliveryBench();
