import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSeconds } from '../../../../../electron/services/attempts/attempt-errors';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import type { NewAttempt } from '../../../../../electron/services/attempts/create-attempt';
import type { OpenSink } from '../../../../../electron/services/attempts/wav-appender';
import { parseWavHeader } from '../../../../../electron/services/wav/probe';
import { diskFullError, fillingDisk, pcm, tempDir } from './helpers';

// A full disk is simulated by wrapping the real file sink (helpers.fillingDisk): writes go to
// real files until a byte budget runs out, then the kernel's own ENOSPC error (from /dev/full) is
// thrown. A real tiny tmpfs needs root to mount, which CI machines may not give.
const question: NewAttempt = {
  questionId: 'incident',
  questionText: 'Tell me about a production incident.',
  sampleRate: 16000,
  deviceLabel: 'USB microphone',
  parentId: null,
};

describe('AttemptStore when writing fails', () => {
  let dataDir: string;
  const stores: AttemptStore[] = [];
  const storeWith = (openSink: OpenSink) => {
    const store = new AttemptStore({ dataDir, appender: { openSink } });
    stores.push(store);
    return store;
  };
  beforeEach(() => (dataDir = tempDir()));
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.dispose()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const wavOf = (id: string) => path.join(dataDir, 'attempts', id, 'audio.wav');

  it('stops on a full disk, says what was kept, and leaves a valid file', async () => {
    const store = storeWith(fillingDisk(3 * 32000 + 5000));
    const { id } = await store.create(question);
    const second = pcm(16000, 1);
    for (let seq = 0; seq < 3; seq++) await store.appendAudio(id, seq, second);
    const error = await store.appendAudio(id, 3, second).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'disk-full',
      message:
        'Your disk is full, so Rehearse stopped the recording. The first 3 s were saved and can be replayed. Free some disk space before recording again.',
    });
    // Stopped and saved at once, without waiting for the renderer to call finish.
    const saved = await store.get(id);
    expect(saved).toMatchObject({ status: 'complete', endReason: 'disk-full', durationSec: 3 });
    const wav = fs.readFileSync(wavOf(id));
    expect(parseWavHeader(wav)).toMatchObject({ dataSize: 96000, riffSize: 96036 });
    expect(wav.length).toBe(44 + 96000);
    // Later chunks get the same answer; finish returns the saved attempt.
    await expect(store.appendAudio(id, 4, second)).rejects.toMatchObject({ code: 'disk-full' });
    expect(await store.finish(id, 'disk-full')).toEqual(saved);
    const [item] = await store.list();
    expect(item).toMatchObject({ state: 'ok', attempt: { endReason: 'disk-full' } });
  });

  it('says when nothing had been saved yet', async () => {
    const store = storeWith(fillingDisk(100));
    const { id } = await store.create(question);
    await expect(store.appendAudio(id, 0, pcm(1000))).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringContaining('No audio had been saved yet.'),
    });
    expect(fs.statSync(wavOf(id)).size).toBe(44);
  });

  it('maps other write errors to write-failed and ends the attempt with reason "error"', async () => {
    const store = storeWith(fillingDisk(1e9, { failNextSyncWith: 'EIO' }));
    const { id } = await store.create(question);
    await expect(store.appendAudio(id, 0, pcm(1000))).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(
        /could not write the recording to disk \(EIO\), so it stopped/,
      ),
    });
    expect(await store.get(id)).toMatchObject({ status: 'complete', endReason: 'error' });
    // The renderer's later finish does not hide why the recording really ended.
    expect(await store.finish(id, 'stopped')).toMatchObject({ endReason: 'error' });
  });

  it('refuses to start a recording on a full disk and leaves no folder behind', async () => {
    const store = storeWith(async () => {
      throw diskFullError();
    });
    await expect(store.create(question)).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/cannot start a recording/),
    });
    expect(fs.readdirSync(path.join(dataDir, 'attempts'))).toEqual([]);
  });

  it('when even the header cannot be written, the next start repairs what was kept', async () => {
    // On a copy-on-write disk even rewriting the header needs space; here none is left.
    const store = storeWith(fillingDisk(8000, { overwritesUseSpace: true }));
    const { id } = await store.create(question);
    const kept = pcm(4000, 9);
    await store.appendAudio(id, 0, kept);
    await expect(store.appendAudio(id, 1, pcm(1000))).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/repairing the file the next time it starts\.$/),
    });
    await expect(store.finish(id, 'disk-full')).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/0\.2 s recorded so far stay on disk/),
    });
    await store.dispose();
    const next = storeWith(fillingDisk(1e9));
    const [outcome] = await next.recoverInterrupted();
    expect(outcome?.attempt).toMatchObject({ id, status: 'recovered', durationSec: 4000 / 16000 });
    expect(fs.readFileSync(wavOf(id)).subarray(44)).toEqual(kept);
  });

  it('formats kept durations without promising more than there is', () => {
    expect([0, 0.0625, 3, 9.99, 42.9, 60, 185].map(formatSeconds)).toEqual([
      '0 s',
      '0 s',
      '3 s',
      '9.9 s',
      '42 s',
      '1 min',
      '3 min 5 s',
    ]);
  });
});
