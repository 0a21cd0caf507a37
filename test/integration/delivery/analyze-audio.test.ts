import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readMonoSamples } from '../../../electron/services/wav/samples';
import { answerAnalysisSchema } from '../../../shared/analysis';
import { concat, synth } from '../helpers/audio';
import { MODEL } from '../helpers/engine';
import { voicedSpeech } from '../helpers/voiced-speech';

const run = promisify(execFile);
const BIN = path.join(process.cwd(), 'bin', 'rehearse.js');

describe('rehearse analyze on a recording (real whisper-cli)', () => {
  it('lists the delivery and content signals under signals, with the inserted pause placed in the text', async () => {
    const parts = await Promise.all(
      [
        'I owned the migration of the billing service to a new queue.',
        'I wrote the consumer and moved the traffic over in three steps.',
        'The latency dropped from eight hundred to one hundred milliseconds.',
        'Next time I would write the runbook before the rollout.',
      ].map((s) => voicedSpeech(s)),
    );
    const gap = await synth('silence-2.5', 2.5);
    const file = await concat('analyze-pause-before-learning', [
      ...parts.slice(0, 3),
      gap,
      parts[3],
    ]);
    const { stdout } = await run(process.execPath, [
      BIN,
      'analyze',
      file,
      '--json',
      '--model',
      MODEL,
    ]);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    const analysis = answerAnalysisSchema.parse(out);
    const delivery = analysis.signals.delivery!;
    expect(Object.keys(delivery).sort()).toEqual([
      'durationSec',
      'pace',
      'pauses',
      'pitch',
      'volume',
    ]);
    expect(Object.keys(analysis.signals.content!).sort()).toEqual([
      'balance',
      'collaboration',
      'repetition',
      'tangents',
      'tradeoff',
    ]);
    expect(delivery.pauses.pauses).toHaveLength(1);
    const [pause] = delivery.pauses.pauses;
    // Found from the audio itself, where it was inserted, whatever the word timings say.
    const { samples, sampleRate } = await readMonoSamples(
      await concat('analyze-pause-head', parts.slice(0, 3)),
    );
    expect(Math.abs(pause.startSec - samples.length / sampleRate)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(pause.durationSec - 2.5)).toBeLessThanOrEqual(0.2);
    // Placed in the text by the word timings (tiny.en's can drift by a word or two): after a
    // word, before a part, and flagged when that part is the payoff.
    expect(pause.afterOffset).toBeGreaterThan(0);
    expect(pause.afterOffset!).toBeLessThanOrEqual(String(out.text).length);
    expect(pause.toFix).toBe(pause.beforePart === 'result' || pause.beforePart === 'learning');
    expect(delivery.pace.windows.length).toBeGreaterThan(0);
    expect(delivery.pitch.medianHz).toBeGreaterThan(80);
    expect(delivery.volume.tooQuiet).toBe(false);
  });
});
