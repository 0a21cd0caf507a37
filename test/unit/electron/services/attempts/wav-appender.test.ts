import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  WavAppender,
  openFileSink,
  type OpenSink,
} from '../../../../../electron/services/attempts/wav-appender';
import { parseWavHeader } from '../../../../../electron/services/wav/probe';
import { diskFullError, fillingDisk, headerField, pcm, tempDir } from './helpers';

describe('WavAppender', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'audio.wav');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a header-only file that says "no data yet"', async () => {
    const wav = await WavAppender.create(file, 16000);
    expect(fs.statSync(file).size).toBe(44);
    expect(headerField(file, 4, 4)).toBe(36);
    expect(headerField(file, 24, 4)).toBe(16000);
    expect(headerField(file, 40, 4)).toBe(0);
    await wav.close();
  });

  it('refuses to overwrite an existing file', async () => {
    fs.writeFileSync(file, 'precious');
    await expect(WavAppender.create(file, 16000)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('appends chunks in order, each on disk as soon as append returns', async () => {
    const wav = await WavAppender.create(file, 16000);
    const a = pcm(4000, 1);
    const b = pcm(8000, 2);
    await wav.append(a);
    expect(fs.readFileSync(file).subarray(44)).toEqual(a);
    await wav.append(b);
    expect(fs.readFileSync(file).subarray(44)).toEqual(Buffer.concat([a, b]));
    expect(wav.dataBytes).toBe(24000);
    expect(wav.durationSec).toBe(0.75);
    // The header is only fixed at the end; the repair handles a crash before then.
    expect(headerField(file, 40, 4)).toBe(0);
    await wav.close();
  });

  it('finalizes the header: RIFF size and data size match the samples', async () => {
    const wav = await WavAppender.create(file, 16000);
    await wav.append(pcm(16000));
    await wav.append(pcm(321, 5));
    await wav.finalize();
    await wav.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBe(44 + 2 * 16321);
    expect(parseWavHeader(bytes)).toMatchObject({
      riffSize: 36 + 2 * 16321,
      dataSize: 2 * 16321,
      sampleRate: 16000,
      channels: 1,
      bitsPerSample: 16,
    });
  });

  it('refuses a chunk with an odd number of bytes and writes nothing', async () => {
    const wav = await WavAppender.create(file, 16000);
    await expect(wav.append(Buffer.alloc(3))).rejects.toThrow(/3 bytes/);
    expect(fs.statSync(file).size).toBe(44);
    await wav.close();
    await expect(wav.append(pcm(2))).rejects.toThrow(/closed/);
  });

  it('continues after short writes until the whole chunk is written', async () => {
    const dribble: OpenSink = async (f) => {
      const real = await openFileSink(f);
      return { ...real, write: (data, position) => real.write(data.subarray(0, 7), position) };
    };
    const wav = await WavAppender.create(file, 16000, { openSink: dribble });
    const chunk = pcm(500);
    await wav.append(chunk);
    await wav.finalize();
    await wav.close();
    expect(fs.readFileSync(file).subarray(44)).toEqual(chunk);
    expect(headerField(file, 40, 4)).toBe(1000);
  });

  it('on a full disk cuts the half-written chunk off and keeps the earlier ones', async () => {
    const wav = await WavAppender.create(file, 16000, { openSink: fillingDisk(1500) });
    const first = pcm(500, 1);
    await wav.append(first);
    await expect(wav.append(pcm(500, 2))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readFileSync(file).subarray(44)).toEqual(first);
    expect(wav.dataBytes).toBe(1000);
    await wav.close();
  });

  it('treats a failed fdatasync like a failed write', async () => {
    const wav = await WavAppender.create(file, 16000, {
      openSink: fillingDisk(1e9, { failNextSyncWith: 'EIO' }),
    });
    await expect(wav.append(pcm(100))).rejects.toMatchObject({ code: 'EIO' });
    expect(fs.statSync(file).size).toBe(44);
    expect(wav.dataBytes).toBe(0);
    await wav.close();
  });

  it('uses the error the kernel gives for a full disk', () => {
    expect(diskFullError().code).toBe('ENOSPC');
  });
});
