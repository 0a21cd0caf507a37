import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GGML_HEADER_BYTES,
  GGML_MAGIC,
  parseGgmlHeader,
} from '../../../../../electron/services/models/ggml-header';
import {
  dtwPresetFor,
  readDtwPreset,
} from '../../../../../electron/services/transcription/dtw-preset';

/** A whisper ggml header with the given vocabulary, layer counts and mel bands (f16). */
function header(nVocab: number, audioLayers: number, textLayers: number, nMels = 80): Buffer {
  const b = Buffer.alloc(GGML_HEADER_BYTES);
  b.writeUInt32LE(GGML_MAGIC, 0);
  const params = [nVocab, 1500, 384, 6, audioLayers, 448, 384, 6, textLayers, nMels, 1];
  params.forEach((v, i) => b.writeInt32LE(v, 4 + i * 4));
  return b;
}

function preset(nVocab: number, audio: number, text: number, nMels = 80) {
  const check = parseGgmlHeader(header(nVocab, audio, text, nMels));
  if (!check.ok) throw new Error(check.reason);
  return dtwPresetFor(check.info);
}

describe('dtwPresetFor', () => {
  it('names the preset of each released model shape', () => {
    expect(preset(51864, 4, 4)).toBe('tiny.en');
    expect(preset(51865, 4, 4)).toBe('tiny');
    expect(preset(51864, 6, 6)).toBe('base.en');
    expect(preset(51865, 6, 6)).toBe('base');
    expect(preset(51864, 12, 12)).toBe('small.en');
    expect(preset(51865, 12, 12)).toBe('small');
    expect(preset(51864, 24, 24)).toBe('medium.en');
    expect(preset(51865, 24, 24)).toBe('medium');
    expect(preset(51865, 32, 32)).toBe('large.v2');
    expect(preset(51866, 32, 32, 128)).toBe('large.v3');
    expect(preset(51866, 32, 4, 128)).toBe('large.v3.turbo');
  });

  it('gives none for shapes without known alignment heads (distilled or custom models)', () => {
    expect(preset(51865, 32, 2)).toBeNull(); // distil-large: 2 decoder layers
    expect(preset(51864, 12, 4)).toBeNull();
    expect(preset(51865, 8, 8)).toBeNull();
  });
});

describe('readDtwPreset', () => {
  it('reads the preset from a model file, and null for a missing or foreign file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-dtw-'));
    try {
      const model = path.join(dir, 'm.bin');
      await writeFile(model, Buffer.concat([header(51864, 6, 6), Buffer.alloc(64)]));
      expect(await readDtwPreset(model)).toBe('base.en');
      const gguf = path.join(dir, 'g.bin');
      await writeFile(gguf, Buffer.from('GGUF0000000000000000'));
      expect(await readDtwPreset(gguf)).toBeNull();
      expect(await readDtwPreset(path.join(dir, 'missing.bin'))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
