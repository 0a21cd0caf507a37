import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transcriber } from '../../../electron/services/transcription/index';
import { concat, JFK_TEXT, jfkWav, sox, sparseWav, synth, wavHeader } from '../helpers/audio';
import {
  bytesReadSoFar,
  MODEL,
  requireEngine,
  SKIP_ENGINE_TESTS,
  WHISPER_CLI,
} from '../helpers/engine';
import { wordErrorRate } from '../helpers/wer';

describe.skipIf(SKIP_ENGINE_TESTS)('bad and unusual audio (real whisper-cli)', () => {
  let transcriber: Transcriber;
  let dir: string;
  const file = async (name: string, data: Buffer | Uint8Array) => {
    const p = path.join(dir, name);
    await writeFile(p, data);
    return p;
  };
  beforeAll(async () => {
    requireEngine();
    transcriber = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
    dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-bad-audio-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a 0-byte file as empty', async () => {
    await expect(
      transcriber.enqueue(await file('empty.wav', Buffer.alloc(0))).promise,
    ).rejects.toMatchObject({
      code: 'audio-empty',
      message: expect.stringMatching(/empty \(0 bytes\)/),
    });
  });

  it('refuses a header-only WAV as holding no samples', async () => {
    await expect(
      transcriber.enqueue(await file('header.wav', wavHeader(0))).promise,
    ).rejects.toMatchObject({
      code: 'audio-empty',
      message: expect.stringMatching(/no audio samples/),
    });
  });

  it('transcribes what a truncated WAV holds', async () => {
    const jfk = await readFile(await jfkWav());
    // The header still claims 11 s; the file stops after about 3.1 s ("And so my fellow Americans").
    const t = await transcriber.enqueue(
      await file('truncated.wav', jfk.subarray(0, 44 + 50_000 * 2)),
    ).promise;
    expect(t.audioDurationSec).toBeCloseTo(3.125, 2);
    expect(t.text.toLowerCase()).toMatch(/fellow americans/);
    for (const w of t.words) expect(w.end).toBeLessThanOrEqual(3.125);
  });

  it('transcribes a recording whose header size was never fixed (size 0)', async () => {
    const jfk = Buffer.from(await readFile(await jfkWav()));
    jfk.writeUInt32LE(0, 40);
    jfk.writeUInt32LE(0, 4);
    const t = await transcriber.enqueue(await file('unfixed.wav', jfk)).promise;
    expect(wordErrorRate(JFK_TEXT, t.text)).toBeLessThanOrEqual(0.1);
  });

  it('refuses random bytes named .wav as not a WAV file', async () => {
    await expect(
      transcriber.enqueue(await file('random.wav', randomBytes(64_000))).promise,
    ).rejects.toMatchObject({
      code: 'audio-unreadable',
      message: expect.stringMatching(/not a readable WAV file.*no RIFF\/WAVE header/s),
    });
  });

  it('reports a file whisper-cli cannot decode (it exits 0 and writes no JSON)', async () => {
    const text = Buffer.from('These are meeting notes, not audio.\n'.repeat(200));
    await expect(transcriber.enqueue(await file('notes.ogg', text)).promise).rejects.toMatchObject({
      code: 'audio-unreadable',
      message: expect.stringMatching(/could not be read as audio.*WAV, MP3, FLAC and OGG/s),
    });
  });

  it('reports no speech for 30 s of silence, without inventing text', async () => {
    const t = await transcriber.enqueue(await synth('silence-30s', 30)).promise;
    expect(t).toMatchObject({ noSpeech: true, text: '', words: [], segments: [] });
    expect(t.audioDurationSec).toBeCloseTo(30, 1);
  });

  it('reports no speech for 30 s of white noise, without inventing text', async () => {
    const t = await transcriber.enqueue(
      await synth('white-noise-30s', 30, ['synth', 'whitenoise', 'vol', '0.3']),
    ).promise;
    expect(t).toMatchObject({ noSpeech: true, text: '', words: [] });
  });

  it('keeps speech and invents nothing in the silence and hiss after it', async () => {
    const jfk = await jfkWav();
    const hiss = await synth('hiss-9s', 9, ['synth', 'whitenoise', 'vol', '0.01']);
    const silence = await synth('silence-9s', 9);
    // 29 s in all: one whisper window, so the test stays cheap.
    const wav = await concat('jfk-then-silence-and-hiss-29s', [jfk, silence, hiss]);
    const t = await transcriber.enqueue(wav).promise;
    expect(wordErrorRate(JFK_TEXT, t.text), t.text).toBeLessThanOrEqual(0.1);
    for (const w of t.words) expect(w.start).toBeLessThan(12);
  });

  it('refuses a 30-minute WAV politely, reading only its header', async () => {
    const long = path.join(dir, 'thirty-minutes.wav');
    await sparseWav(long, 30 * 60);
    const before = await bytesReadSoFar();
    await expect(transcriber.enqueue(long).promise).rejects.toMatchObject({
      code: 'audio-too-long',
      message: expect.stringMatching(/lasts 30 minutes; Rehearse transcribes up to 20 minutes/),
    });
    const after = await bytesReadSoFar();
    if (before !== null && after !== null) {
      // The file is 57.6 MB; the check reads a few header bytes (plus whatever vitest reads meanwhile).
      expect(after - before).toBeLessThan(2_000_000);
    }
  });

  it('refuses a 25-minute FLAC once whisper-cli reports its length', async () => {
    const flac = path.join(dir, 'long.flac');
    await sox(['-n', '-r', '16000', '-c', '1', '-b', '16', flac, 'trim', '0', String(25 * 60)]);
    await expect(transcriber.enqueue(flac).promise).rejects.toMatchObject({
      code: 'audio-too-long',
      message: expect.stringMatching(/lasts about 25 minutes/),
    });
  });
});
