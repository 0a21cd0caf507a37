import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLevels } from '../../../../../electron/services/wav/levels';
import { probeWav } from '../../../../../electron/services/wav/checks';
import { makeWav, sine, type MakeWavOptions } from '../transcription/make-wav';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-levels-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function levelsOf(
  samples: ArrayLike<number>,
  options: MakeWavOptions = {},
): Promise<Float32Array> {
  const p = path.join(dir, `${Math.random().toString(36).slice(2)}.wav`);
  await writeFile(p, makeWav(samples, options));
  return readLevels(p, await probeWav(p));
}

// A sine of amplitude A has an RMS of A/sqrt(2): -9.03 dBFS at A = 0.5.
const SINE_HALF_DB = 20 * Math.log10(0.5 / Math.SQRT2);

describe('readLevels', () => {
  it.each<[string, MakeWavOptions]>([
    ['16-bit mono', {}],
    ['8-bit', { bits: 8 }],
    ['24-bit (3-byte samples across read boundaries)', { bits: 24 }],
    ['32-bit int', { bits: 32 }],
    ['32-bit float', { bits: 32, float: true }],
    ['64-bit float', { bits: 64, float: true }],
    ['stereo 44.1 kHz', { sampleRate: 44100, channels: 2 }],
  ])('measures a sine at its RMS level in %s', async (_name, options) => {
    const rate = options.sampleRate ?? 16000;
    const levels = await levelsOf(sine(3, 0.5, rate), options);
    expect(levels.length).toBe(Math.ceil((3 * rate) / Math.round(rate * 0.03)));
    const inner = levels.subarray(0, levels.length - 1);
    for (const level of inner) expect(level).toBeCloseTo(SINE_HALF_DB, 0);
  });

  it('gives -Infinity for digital silence and finds a burst where it is', async () => {
    const samples = new Float64Array(16000 * 2);
    samples.set(sine(0.3, 0.5), 16000);
    const levels = await levelsOf(samples);
    expect(levels[0]).toBe(-Infinity);
    const loud = [...levels].map((l, i) => (l > -20 ? i : -1)).filter((i) => i >= 0);
    expect(loud[0]! * 0.03).toBeCloseTo(1, 1);
    expect((loud.at(-1)! + 1) * 0.03).toBeCloseTo(1.3, 1);
  });
});
