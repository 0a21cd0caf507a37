import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeWav } from '../../../../../electron/services/wav/checks';
import { writeRepairedWav } from '../../../../../electron/services/wav/repair';
import { makeWav, sine } from '../transcription/make-wav';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-repair-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeRepairedWav', () => {
  it('writes the real data size into a copy of a header left at 0, samples unchanged', async () => {
    const original = makeWav(sine(1.5, 0.4), { declaredDataBytes: 0, extraChunk: true });
    const source = path.join(dir, 'unfixed.wav');
    const repaired = path.join(dir, 'repaired.wav');
    await writeFile(source, original);
    const info = await probeWav(source);
    expect(info.sizeUnknown).toBe(true);
    await writeRepairedWav(source, info, repaired);
    const fixed = await probeWav(repaired);
    expect(fixed).toMatchObject({
      sizeUnknown: false,
      truncated: false,
      dataBytes: info.dataBytes,
      sampleRate: 16000,
    });
    const bytes = await readFile(repaired);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.subarray(fixed.dataOffset).equals(original.subarray(info.dataOffset))).toBe(true);
  });
});
