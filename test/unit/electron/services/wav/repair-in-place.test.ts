import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairWavFile } from '../../../../../electron/services/wav/repair';
import { WavAppender } from '../../../../../electron/services/attempts/wav-appender';
import { buildWavHeader } from '../../../../../electron/services/wav/format';
import { parseWavHeader } from '../../../../../electron/services/wav/probe';
import { pcm, tempDir } from '../attempts/helpers';

let dir: string;
let serial = 0;
beforeAll(() => (dir = tempDir('rehearse-repair-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Records `chunks` through the real appender and returns the file and every sample written. */
async function record(chunks: number[], finalize: boolean): Promise<{ file: string; all: Buffer }> {
  const file = path.join(dir, `take-${serial++}.wav`);
  // fdatasync is not what these tests are about; skipping it keeps hundreds of runs fast.
  const wav = await WavAppender.create(file, 16000, { syncEachChunk: false });
  const parts = chunks.map((samples, i) => pcm(samples, i + 1));
  for (const part of parts) await wav.append(part);
  if (finalize) await wav.finalize();
  await wav.close();
  return { file, all: Buffer.concat(parts) };
}

/** Checks a repaired file is a valid WAV holding exactly the whole samples before `cut`. */
function expectValidPrefix(file: string, all: Buffer, cut: number): void {
  const bytes = fs.readFileSync(file);
  const present = Math.max(0, cut - 44);
  const kept = present - (present % 2);
  expect(bytes.length).toBe(44 + kept);
  expect(parseWavHeader(bytes)).toMatchObject({
    riffSize: 36 + kept,
    formatTag: 1,
    channels: 1,
    sampleRate: 16000,
    byteRate: 32000,
    blockAlign: 2,
    bitsPerSample: 16,
    dataSize: kept,
  });
  expect(bytes.subarray(44).equals(all.subarray(0, kept))).toBe(true);
}

describe('repairWavFile', () => {
  it('keeps every whole sample of a file cut at any point, header included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        async (chunks, finalize, where, scribble) => {
          const { file, all } = await record(chunks, finalize);
          const cut = Math.floor(where * (44 + all.length));
          fs.truncateSync(file, cut);
          if (scribble && cut > 0) {
            // A crash can leave garbage in the header too: it must not matter.
            const fd = fs.openSync(file, 'r+');
            fs.writeSync(fd, Buffer.alloc(Math.min(cut, 44), 0xa5), 0, Math.min(cut, 44), 0);
            fs.closeSync(fd);
          }
          const repair = await repairWavFile(file, 16000);
          expectValidPrefix(file, all, cut);
          expect(repair.bytesBefore).toBe(cut);
          expect(repair.droppedBytes).toBe(cut > 44 ? (cut - 44) % 2 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('recovers a file cut inside its header as an empty recording', async () => {
    for (const cut of [0, 1, 4, 12, 43]) {
      const { file, all } = await record([100], false);
      fs.truncateSync(file, cut);
      const repair = await repairWavFile(file, 16000);
      expect(repair.dataBytes).toBe(0);
      expectValidPrefix(file, all, cut);
    }
  });

  it('drops exactly the trailing half sample', async () => {
    const { file, all } = await record([1000], false);
    fs.truncateSync(file, 44 + 777);
    expect(await repairWavFile(file, 16000)).toEqual({
      bytesBefore: 821,
      dataBytes: 776,
      droppedBytes: 1,
    });
    expectValidPrefix(file, all, 821);
  });

  it('shrinks a header that claims more than the file holds', async () => {
    const { file, all } = await record([2000, 2000], true);
    fs.truncateSync(file, 44 + 5000);
    await repairWavFile(file, 16000);
    expectValidPrefix(file, all, 44 + 5000);
  });

  it('leaves a finished, intact file as it was', async () => {
    const { file } = await record([1234, 99], true);
    const before = fs.readFileSync(file);
    await repairWavFile(file, 16000);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('writes an empty WAV where the audio file is missing', async () => {
    const file = path.join(dir, 'never-written.wav');
    expect((await repairWavFile(file, 16000)).dataBytes).toBe(0);
    expect(fs.readFileSync(file).equals(buildWavHeader(16000, 0))).toBe(true);
  });
});
