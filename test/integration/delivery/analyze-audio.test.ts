import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answerAnalysisSchema } from '../../../shared/analysis';
import { concat, synth } from '../helpers/audio';
import { MODEL } from '../helpers/engine';
import { voicedSpeech } from '../helpers/voiced-speech';

const run = promisify(execFile);
const BIN = path.join(process.cwd(), 'bin', 'rehearse.js');

describe('rehearse analyze on a recording (real whisper-cli)', () => {
  it('lists the delivery signals under signals, with the pause before the payoff', async () => {
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
    expect(delivery.pauses.pauses).toHaveLength(1);
    const [pause] = delivery.pauses.pauses;
    expect(pause.durationSec).toBeGreaterThan(2.3);
    // The STAR-L engine places the closing sentence in the result or the learning; either way the
    // pause sits before the payoff, so it is one to fix.
    expect(['result', 'learning']).toContain(pause.beforePart);
    expect(pause.toFix).toBe(true);
    expect(String(out.text).slice(0, pause.afterOffset!)).toMatch(/milliseconds\.?$/i);
    expect(delivery.pace.windows.length).toBeGreaterThan(0);
    expect(delivery.pitch.medianHz).toBeGreaterThan(80);
    expect(delivery.volume.tooQuiet).toBe(false);
  });
});
