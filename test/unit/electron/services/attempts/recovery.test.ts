import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptFolder, newAttemptId } from '../../../../../electron/services/attempts/attempt-ids';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import { recoverInterrupted } from '../../../../../electron/services/attempts/recovery';
import { buildWavHeader } from '../../../../../electron/services/wav/format';
import { pcm, tempDir } from './helpers';

const question = {
  questionId: 'incident',
  questionText: 'Tell me about a production incident.',
  sampleRate: 16000,
  deviceLabel: 'Mic',
  parentId: null,
};

describe('recoverInterrupted', () => {
  let dataDir: string;
  let store: AttemptStore;
  beforeEach(() => {
    dataDir = tempDir();
    store = new AttemptStore({ dataDir });
  });
  afterEach(async () => {
    await store.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const wavOf = (id: string) => path.join(store.root, id, 'audio.wav');

  it('repairs only unfinished recordings; one it cannot repair does not stop the others', async () => {
    const finished = await store.create(question);
    await store.appendAudio(finished.id, 0, pcm(100));
    await store.finish(finished.id, 'stopped');
    const finishedBytes = fs.readFileSync(wavOf(finished.id));
    const [noAudio, blocked, good] = [
      await store.create(question),
      await store.create(question),
      await store.create(question),
    ];
    await store.appendAudio(good.id, 0, pcm(32000 * 3 + 8000));
    await store.dispose(); // the app stops without finishing them
    fs.rmSync(wavOf(noAudio.id));
    fs.rmSync(wavOf(blocked.id));
    fs.mkdirSync(wavOf(blocked.id)); // cannot be opened as a file

    const outcomes = await recoverInterrupted(store.root);
    const byId = Object.fromEntries(outcomes.map((o) => [o.id, o]));
    expect(Object.keys(byId).sort()).toEqual([noAudio.id, blocked.id, good.id].sort());
    expect(byId[good.id]?.notice).toEqual({
      level: 'warning',
      message: expect.stringMatching(
        /^A recording from .+ was interrupted; Rehearse recovered 6.5 s of it\.$/,
      ),
    });
    expect(byId[good.id]?.attempt).toMatchObject({ status: 'recovered', durationSec: 6.5 });
    expect(byId[noAudio.id]?.notice.message).toMatch(
      /was interrupted before any audio was saved\.$/,
    );
    expect(fs.readFileSync(wavOf(noAudio.id))).toEqual(buildWavHeader(16000, 0));
    expect(byId[blocked.id]).toMatchObject({
      attempt: null,
      notice: {
        level: 'error',
        message: expect.stringMatching(/could not repair it \(EISDIR\)\. Its files are in /),
      },
    });
    expect(await store.get(blocked.id)).toMatchObject({ status: 'recording' });
    expect(fs.readFileSync(wavOf(finished.id))).toEqual(finishedBytes);
    expect(await store.get(finished.id)).toMatchObject({ status: 'complete' });
    // Recovered attempts stay offered across restarts until acknowledged.
    expect((await recoverInterrupted(store.root)).map((o) => o.id)).toEqual([blocked.id]);
    expect((await store.recovered()).map((a) => a.id).sort()).toEqual([noAudio.id, good.id].sort());
  });

  it('finds nothing when there is no attempts folder yet', async () => {
    expect(await recoverInterrupted(store.root)).toEqual([]);
    expect(await store.list()).toEqual([]);
  });
});

describe('attempt ids', () => {
  it('start with the UTC time so folders sort by creation', () => {
    const id = newAttemptId(
      new Date('2026-03-14T15:30:12.482Z'),
      Buffer.from([0x9f, 0x3a, 0x1c, 0x0b]),
    );
    expect(id).toBe('20260314-153012-482-9f3a1c0b');
    expect(newAttemptId()).not.toBe(newAttemptId());
  });

  it('only ever name a direct child of the attempts folder', () => {
    expect(attemptFolder('/data/attempts', '20260314-153012-482-9f3a1c0b')).toBe(
      path.resolve('/data/attempts/20260314-153012-482-9f3a1c0b'),
    );
    for (const bad of ['..', '.', '../../etc/passwd', 'a/b', 'A-UPPER-CASE', 'short', '']) {
      expect(() => attemptFolder('/data/attempts', bad)).toThrow(RangeError);
    }
  });
});
