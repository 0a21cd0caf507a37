import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transcriber } from '../../../../../electron/services/transcription/index';
import { makeWav } from './make-wav';

// The engine is never reached here: every case is decided before whisper-cli would start.
// The stand-in fails loudly if it is run. Real runs are in test/integration/transcription.
let dir: string;
let cli: string;
let model: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-transcriber-'));
  cli = path.join(dir, 'whisper-cli');
  await writeFile(cli, '#!/bin/sh\necho "must not run" >&2\nexit 99\n');
  await chmod(cli, 0o755);
  model = path.join(dir, 'ggml-test.bin');
  await writeFile(model, Buffer.from('lmgg0000', 'latin1'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function noise(seconds: number, amplitude: number): Float64Array {
  let seed = 42;
  const out = new Float64Array(seconds * 16000);
  for (let i = 0; i < out.length; i++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    out[i] = amplitude * (seed / 2 ** 32 - 0.5) * 2;
  }
  return out;
}

describe('Transcriber (decisions made before the engine runs)', () => {
  it('answers "no speech" for silence and steady noise without starting whisper-cli', async () => {
    const progress: number[] = [];
    const t = new Transcriber({
      whisperCliPath: cli,
      modelPath: model,
      onProgress: (_id, p) => progress.push(p),
    });
    for (const [name, samples] of [
      ['silence', new Float64Array(16000 * 5)],
      ['noise', noise(5, 0.5)],
    ] as const) {
      const file = path.join(dir, `${name}.wav`);
      await writeFile(file, makeWav(samples));
      const transcript = await t.enqueue(file).promise;
      expect(transcript).toMatchObject({
        noSpeech: true,
        text: '',
        words: [],
        model: 'ggml-test.bin',
      });
      expect(transcript.audioDurationSec).toBeCloseTo(5);
    }
    expect(progress).toEqual([0, 100, 0, 100]);
  });

  it('refuses audio over the maximum length before reading its samples', async () => {
    const t = new Transcriber({ whisperCliPath: cli, modelPath: model, maxAudioSec: 60 });
    const file = path.join(dir, 'long.wav');
    await writeFile(file, makeWav(new Float64Array(16000 * 61)));
    await expect(t.enqueue(file).promise).rejects.toMatchObject({ code: 'audio-too-long' });
  });

  it('uses the core count for threads unless told otherwise', () => {
    expect(
      new Transcriber({ whisperCliPath: cli, modelPath: model }).threads,
    ).toBeGreaterThanOrEqual(1);
    expect(new Transcriber({ whisperCliPath: cli, modelPath: model, threads: 3 }).threads).toBe(3);
  });

  it('has no active job when idle', () => {
    expect(new Transcriber({ whisperCliPath: cli, modelPath: model }).activeJob).toBeUndefined();
  });
});
