import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import type { NewAttempt } from '../../../../../electron/services/attempts/create-attempt';
import { parseWavHeader } from '../../../../../electron/services/wav/probe';
import { attemptSchema } from '../../../../../shared/contract/attempts';
import { pcm, tempDir } from './helpers';

const question: NewAttempt = {
  questionId: 'incident',
  questionText: 'Tell me about a production incident.',
  sampleRate: 16000,
  deviceLabel: 'Built-in microphone',
  parentId: null,
};

describe('AttemptStore', () => {
  let dataDir: string;
  let changes: string[];
  let clock: number;
  let store: AttemptStore;
  beforeEach(() => {
    dataDir = tempDir();
    changes = [];
    clock = Date.parse('2026-03-14T15:30:00.000Z');
    store = new AttemptStore({
      dataDir,
      onChange: (id) => changes.push(id),
      now: () => new Date((clock += 60_000)),
    });
  });
  afterEach(async () => {
    await store.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const folderOf = (id: string) => path.join(dataDir, 'attempts', id);
  const readJson = (id: string) =>
    attemptSchema.parse(
      JSON.parse(fs.readFileSync(path.join(folderOf(id), 'attempt.json'), 'utf8')),
    );

  it('creates a folder with attempt.json and an empty audio.wav', async () => {
    const attempt = await store.create(question);
    expect(attempt).toMatchObject({
      ...question,
      title: '',
      status: 'recording',
      endReason: null,
      durationSec: 0,
      createdAt: '2026-03-14T15:31:00.000Z',
    });
    expect(attempt.id).toMatch(/^20260314-153100-000-[0-9a-f]{8}$/);
    expect(readJson(attempt.id)).toEqual(attempt);
    expect(fs.statSync(path.join(folderOf(attempt.id), 'audio.wav')).size).toBe(44);
    expect(changes).toEqual([attempt.id]);
  });

  it('records chunks, then finish fixes the header and computes the duration from bytes', async () => {
    const { id } = await store.create(question);
    const chunks = [pcm(8000, 1), pcm(8000, 2), pcm(4001, 3)];
    for (const [seq, chunk] of chunks.entries()) await store.appendAudio(id, seq, chunk);
    expect((await store.get(id)).durationSec).toBeCloseTo(20001 / 16000, 9);
    const done = await store.finish(id, 'stopped');
    expect(done).toMatchObject({
      status: 'complete',
      endReason: 'stopped',
      durationSec: 20001 / 16000,
    });
    expect(readJson(id)).toEqual(done);
    const wav = fs.readFileSync(path.join(folderOf(id), 'audio.wav'));
    expect(parseWavHeader(wav)).toMatchObject({ dataSize: 40002, riffSize: 40038 });
    expect(wav.subarray(44)).toEqual(Buffer.concat(chunks));
    expect(changes).toEqual([id, id]);
    // Finishing twice returns the saved attempt; audio after the end is refused.
    expect(await store.finish(id, 'error')).toEqual(done);
    await expect(store.appendAudio(id, 3, pcm(10))).rejects.toMatchObject({
      code: 'not-recording',
    });
  });

  it('ignores a repeat of the last chunk and refuses gaps and stale chunks', async () => {
    const { id } = await store.create(question);
    expect(await store.appendAudio(id, 0, pcm(100))).toEqual({
      durationSec: 100 / 16000,
      bytesWritten: 200,
    });
    expect(await store.appendAudio(id, 0, pcm(100))).toEqual({
      durationSec: 100 / 16000,
      bytesWritten: 200,
    });
    await expect(store.appendAudio(id, 2, pcm(100))).rejects.toMatchObject({
      code: 'chunk-gap',
      message: expect.stringMatching(/chunk 2 arrived but chunk 1 was expected/),
    });
    await store.appendAudio(id, 1, pcm(100));
    await store.appendAudio(id, 2, pcm(100));
    await expect(store.appendAudio(id, 0, pcm(100))).rejects.toMatchObject({
      code: 'chunk-out-of-order',
    });
    expect(fs.statSync(path.join(folderOf(id), 'audio.wav')).size).toBe(44 + 600);
  });

  it('refuses odd byte counts and appends to unknown attempts', async () => {
    const { id } = await store.create(question);
    await expect(store.appendAudio(id, 0, Buffer.alloc(101))).rejects.toMatchObject({
      code: 'bad-chunk',
    });
    expect(await store.appendAudio(id, 0, pcm(1))).toEqual({
      durationSec: 1 / 16000,
      bytesWritten: 2,
    });
    await expect(
      store.appendAudio('20990101-000000-000-00000000', 0, pcm(1)),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('keeps chunks sent without waiting in the order they were sent', async () => {
    const { id } = await store.create(question);
    const chunks = Array.from({ length: 12 }, (_, i) => pcm(160 * (i + 1), i + 1));
    await Promise.all(chunks.map((chunk, seq) => store.appendAudio(id, seq, chunk)));
    await store.finish(id, 'stopped');
    expect(fs.readFileSync(path.join(folderOf(id), 'audio.wav')).subarray(44)).toEqual(
      Buffer.concat(chunks),
    );
  });

  it('lists newest first, with hasTranscript, and a recording in progress with its duration', async () => {
    const first = await store.create(question);
    await store.finish(first.id, 'stopped');
    const second = await store.create({ ...question, questionId: 'conflict' });
    await store.appendAudio(second.id, 0, pcm(16000));
    fs.writeFileSync(path.join(folderOf(first.id), 'transcript.json'), '{}');
    const list = await store.list();
    expect(
      list.map((item) => item.state === 'ok' && [item.attempt.id, item.hasTranscript]),
    ).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
    expect(list[0]).toMatchObject({ attempt: { status: 'recording', durationSec: 1 } });
  });

  it('lists damaged folders with what to do, and never fails because of them', async () => {
    const good = await store.create(question);
    await store.finish(good.id, 'stopped');
    const [corrupt, noAudio, noJson, notWav, cut] = (await Promise.all(
      [1, 2, 3, 4, 5].map(async () => (await store.create(question)).id),
    )) as [string, string, string, string, string];
    await store.appendAudio(cut, 0, pcm(32000));
    for (const id of [corrupt, noAudio, noJson, notWav, cut]) await store.finish(id, 'stopped');
    fs.writeFileSync(path.join(folderOf(corrupt), 'attempt.json'), '{"id": "oops"');
    fs.rmSync(path.join(folderOf(noAudio), 'audio.wav'));
    fs.rmSync(path.join(folderOf(noJson), 'attempt.json'));
    fs.writeFileSync(path.join(folderOf(notWav), 'audio.wav'), 'ID3 this is an mp3');
    fs.truncateSync(path.join(folderOf(cut), 'audio.wav'), 44 + 16000);
    // Things that are not attempt folders are not listed at all.
    fs.mkdirSync(path.join(dataDir, 'attempts', 'Not An Id'));
    fs.writeFileSync(path.join(dataDir, 'attempts', '20260101-000000-000-aaaaaaaa'), 'stray');

    const list = await store.list();
    const problems = Object.fromEntries(
      list.flatMap((item) => (item.state === 'damaged' ? [[item.id, item.problem]] : [])),
    );
    expect(problems[corrupt]).toMatch(/attempt\.json\) are damaged.*Delete the attempt/);
    expect(problems[noAudio]).toMatch(/audio file \(audio\.wav\) is missing/);
    expect(problems[noJson]).toMatch(/attempt\.json\) is missing/);
    expect(problems[notWav]).toMatch(/damaged: it is shorter than a WAV header/);
    expect(problems[cut]).toMatch(/cut short: it holds 0.5 s of the 2 s recorded/);
    const ok = list.flatMap((item) => (item.state === 'ok' ? [item.attempt.id] : []));
    expect(ok).toEqual([good.id]);
    expect(list).toHaveLength(6);
  });

  it('gets, renames (trimming) and refuses unknown or damaged ids', async () => {
    const { id } = await store.create(question);
    await store.finish(id, 'stopped');
    const renamed = await store.rename(id, '  Second take  ');
    expect(renamed.title).toBe('Second take');
    expect(await store.get(id)).toEqual(renamed);
    expect(readJson(id).title).toBe('Second take');
    await expect(store.get('20990101-000000-000-00000000')).rejects.toMatchObject({
      code: 'not-found',
    });
    fs.writeFileSync(path.join(folderOf(id), 'attempt.json'), 'not json');
    await expect(store.get(id)).rejects.toMatchObject({ code: 'damaged' });
    await expect(store.rename(id, 'x')).rejects.toMatchObject({ code: 'damaged' });
  });

  it('renames a recording in progress without losing the title when it finishes', async () => {
    const { id } = await store.create(question);
    await store.rename(id, 'Live');
    await store.appendAudio(id, 0, pcm(10));
    expect((await store.finish(id, 'stopped')).title).toBe('Live');
  });

  it('returns the audio, with a header patched to the audio so far while recording', async () => {
    const { id } = await store.create(question);
    await store.appendAudio(id, 0, pcm(500));
    const live = await store.audio(id);
    expect(parseWavHeader(live)).toMatchObject({ dataSize: 1000 });
    expect(fs.readFileSync(path.join(folderOf(id), 'audio.wav')).readUInt32LE(40)).toBe(0);
    await store.finish(id, 'stopped');
    expect(await store.audio(id)).toEqual(fs.readFileSync(path.join(folderOf(id), 'audio.wav')));
    fs.rmSync(path.join(folderOf(id), 'audio.wav'));
    await expect(store.audio(id)).rejects.toMatchObject({ code: 'audio-missing' });
  });

  it('deletes the whole folder, also of a recording in progress or a damaged attempt', async () => {
    const done = await store.create(question);
    await store.finish(done.id, 'stopped');
    const live = await store.create(question);
    await store.appendAudio(live.id, 0, pcm(100));
    fs.writeFileSync(path.join(folderOf(done.id), 'transcript.json'), '{}');
    fs.writeFileSync(path.join(folderOf(done.id), 'attempt.json'), 'broken');
    for (const id of [done.id, live.id]) {
      expect(await store.delete(id)).toEqual({ deleted: true });
      expect(fs.existsSync(folderOf(id))).toBe(false);
    }
    expect(await store.list()).toEqual([]);
    await expect(store.delete(done.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.appendAudio(live.id, 1, pcm(1))).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(changes.filter((id) => id === done.id)).toHaveLength(3); // create, finish, delete
  });

  it('never touches anything outside attempts/', async () => {
    const outside = path.join(dataDir, 'settings.json');
    fs.writeFileSync(outside, '{}');
    for (const id of ['..', '../settings.json', '/etc', 'a/../../b', '']) {
      await expect(store.delete(id)).rejects.toThrow(/not an attempt id/);
      await expect(store.get(id)).rejects.toThrow(/not an attempt id/);
    }
    // A symlink named like an attempt: deleting it removes the link, not what it points to.
    const victim = path.join(dataDir, 'victim');
    fs.mkdirSync(victim);
    fs.writeFileSync(path.join(victim, 'keep.txt'), 'keep');
    fs.mkdirSync(path.join(dataDir, 'attempts'), { recursive: true });
    const link = path.join(dataDir, 'attempts', '20260101-000000-000-cccccccc');
    fs.symlinkSync(victim, link);
    expect(await store.list()).toEqual([]);
    await store.delete('20260101-000000-000-cccccccc');
    expect(fs.existsSync(link)).toBe(false);
    expect(fs.readFileSync(path.join(victim, 'keep.txt'), 'utf8')).toBe('keep');
    expect(fs.existsSync(outside)).toBe(true);
  });
});
