import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeWav } from '../../../../../electron/services/wav/checks';
import { makeWav, sine } from '../transcription/make-wav';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-probe-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, data: Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, data);
  return p;
}

describe('probeWav', () => {
  it('reads a 16 kHz mono 16-bit header', async () => {
    const info = await probeWav(await file('a.wav', makeWav(sine(2, 0.5))));
    expect(info).toMatchObject({
      encoding: 'pcm',
      sampleRate: 16000,
      channels: 1,
      bitsPerSample: 16,
      dataOffset: 44,
    });
    expect(info.durationSec).toBeCloseTo(2);
    expect(info.truncated).toBe(false);
  });

  it('reads 8-bit, stereo 44.1 kHz, float and extensible headers, skipping other chunks', async () => {
    const eight = await probeWav(await file('b.wav', makeWav(sine(1, 0.5), { bits: 8 })));
    expect(eight).toMatchObject({ bitsPerSample: 8, blockAlign: 1 });
    const stereo = await probeWav(
      await file(
        'c.wav',
        makeWav(sine(1, 0.5, 44100), { sampleRate: 44100, channels: 2, extraChunk: true }),
      ),
    );
    expect(stereo).toMatchObject({ sampleRate: 44100, channels: 2, blockAlign: 4 });
    expect(stereo.dataOffset).toBeGreaterThan(44);
    expect(stereo.durationSec).toBeCloseTo(1);
    const float = await probeWav(
      await file('d.wav', makeWav(sine(1, 0.5), { bits: 32, float: true, extensible: true })),
    );
    expect(float).toMatchObject({ encoding: 'float', bitsPerSample: 32 });
  });

  it('uses the samples present when the header claims more (truncated file)', async () => {
    const full = makeWav(sine(2, 0.5));
    const info = await probeWav(await file('t.wav', full.subarray(0, 44 + 16000)));
    expect(info.truncated).toBe(true);
    expect(info.durationSec).toBeCloseTo(0.5);
  });

  it('uses the samples present when a recorder left the size at 0', async () => {
    const info = await probeWav(
      await file('z.wav', makeWav(sine(1, 0.5), { declaredDataBytes: 0 })),
    );
    expect(info.durationSec).toBeCloseTo(1);
    expect(info.truncated).toBe(false);
  });

  it('says the file is empty for 0 bytes and for a header without samples', async () => {
    await expect(probeWav(await file('e.wav', Buffer.alloc(0)))).rejects.toMatchObject({
      code: 'audio-empty',
    });
    await expect(probeWav(await file('h.wav', makeWav([])))).rejects.toMatchObject({
      code: 'audio-empty',
      message: expect.stringMatching(/no audio samples/),
    });
  });

  it('says a file is not a WAV file when the header is missing or cut', async () => {
    await expect(
      probeWav(await file('r.wav', Buffer.from('not audio at all, just text'))),
    ).rejects.toMatchObject({
      code: 'audio-unreadable',
      message: expect.stringMatching(/no RIFF\/WAVE header/),
    });
    await expect(
      probeWav(await file('c.wav', makeWav(sine(1, 0.5)).subarray(0, 30))),
    ).rejects.toMatchObject({
      code: 'audio-unreadable',
    });
  });
});
