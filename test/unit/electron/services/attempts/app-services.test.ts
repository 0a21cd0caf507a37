import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../../electron/services/app-services';
import { attemptAudioResponse } from '../../../../../electron/services/attempts/audio-stream';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import { parseWavHeader } from '../../../../../electron/services/wav/probe';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import type { Attempt, AttemptListItem, CallName } from '../../../../../shared/contract';
import { pcm, tempDir } from './helpers';

const newAttempt = {
  questionId: 'incident',
  questionText: 'Tell me about a production incident.',
  sampleRate: 16000,
  deviceLabel: 'Built-in microphone',
};

describe('attempts through createAppServices and dispatch', () => {
  let dataDir: string;
  const started: AppServices[] = [];
  const start = () => {
    const services = createAppServices({
      dataDir,
      settings: new FileSettingsStore(dataDir),
      transport: 'preview',
      version: '1.0.0',
    });
    started.push(services);
    return services;
  };
  beforeEach(() => (dataDir = tempDir()));
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.dispose()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Calls like a transport does; returns the data or throws the bridge error. */
  async function call<T>(services: AppServices, name: CallName, payload: unknown): Promise<T> {
    const result = await dispatchCall(services.handlers, name, payload);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data as T;
  }

  /** The attempt's WAV as both transports stream it to the player. */
  async function wavOf(services: AppServices, id: string): Promise<Buffer> {
    const response = await attemptAudioResponse(() => services.attemptAudio(id), undefined);
    expect(response.status).toBe(200);
    return buffer(response.body);
  }

  it('records, lists, replays, renames and deletes with real base64 payloads', async () => {
    const services = start();
    const events: unknown[] = [];
    services.events.subscribe((name, payload) => events.push([name, payload]));
    const attempt = await call<Attempt>(services, 'attempts/create', newAttempt);
    expect(attempt).toMatchObject({ status: 'recording', parentId: null, title: '' });
    const chunks = [pcm(8000, 1), pcm(8000, 2), pcm(3999, 3)];
    for (const [seq, chunk] of chunks.entries()) {
      const progress = await call(services, 'attempts/append-audio', {
        id: attempt.id,
        seq,
        pcm: chunk.toString('base64'),
      });
      expect(progress).toMatchObject({
        bytesWritten: 2 * (8000 * Math.min(seq + 1, 2) + (seq === 2 ? 3999 : 0)),
      });
    }
    const done = await call<Attempt>(services, 'attempts/finish', {
      id: attempt.id,
      reason: 'stopped',
    });
    expect(done).toMatchObject({
      status: 'complete',
      endReason: 'stopped',
      durationSec: 19999 / 16000,
    });

    const list = await call<AttemptListItem[]>(services, 'attempts/list', {});
    expect(list).toEqual([{ state: 'ok', attempt: done, hasTranscript: false }]);
    const bytes = await wavOf(services, attempt.id);
    expect(parseWavHeader(bytes)).toMatchObject({ dataSize: 39998, sampleRate: 16000 });
    expect(bytes.subarray(44)).toEqual(Buffer.concat(chunks));

    const renamed = await call<Attempt>(services, 'attempts/rename', {
      id: attempt.id,
      title: 'Take 2',
    });
    expect(await call(services, 'attempts/get', { id: attempt.id })).toEqual(renamed);
    expect(await call(services, 'attempts/delete', { id: attempt.id })).toEqual({ deleted: true });
    expect(await call(services, 'attempts/list', {})).toEqual([]);
    expect(events).toEqual(
      ['create', 'finish', 'rename', 'delete'].map(() => ['attempts/changed', { id: attempt.id }]),
    );
  });

  it('answers bad requests with errors a person can read', async () => {
    const services = start();
    const { id } = await call<Attempt>(services, 'attempts/create', newAttempt);
    const refuse = (name: CallName, payload: unknown) =>
      dispatchCall(services.handlers, name, payload).then((r) => (r.ok ? 'accepted' : r.error));
    expect(await refuse('attempts/append-audio', { id, seq: 0, pcm: 'AAE' })).toMatchObject({
      code: 'bad-chunk',
    });
    expect(await refuse('attempts/append-audio', { id, seq: 0, pcm: 'AAEC' })).toMatchObject({
      code: 'bad-chunk',
      message: expect.stringMatching(/3 bytes, which cannot be whole 16-bit samples/),
    });
    expect(await refuse('attempts/append-audio', { id, seq: 0, pcm: 'not base64!' })).toMatchObject(
      {
        code: 'invalid-payload',
      },
    );
    expect(await refuse('attempts/append-audio', { id, seq: 5, pcm: 'AAAA' })).toMatchObject({
      code: 'chunk-gap',
    });
    expect(await refuse('attempts/delete', { id: '../../etc' })).toMatchObject({
      code: 'invalid-payload',
      message: expect.stringMatching(/not an attempt id/),
    });
    expect(await refuse('attempts/acknowledge-recovery', { id })).toMatchObject({
      code: 'not-recovered',
    });
    expect(await refuse('attempts/get', { id: '20990101-000000-000-00000000' })).toMatchObject({
      code: 'not-found',
    });
  });

  it('repairs a recording the app never finished and offers it back once', async () => {
    const crashed = start();
    const { id } = await call<Attempt>(crashed, 'attempts/create', newAttempt);
    const chunks = [pcm(16000, 1), pcm(16000, 2), pcm(8000, 3)];
    for (const [seq, chunk] of chunks.entries()) {
      await call(crashed, 'attempts/append-audio', { id, seq, pcm: chunk.toString('base64') });
    }
    // No finish and no dispose: as far as the files know, the app died here, half-way through a
    // sample of the next chunk.
    fs.appendFileSync(path.join(dataDir, 'attempts', id, 'audio.wav'), Buffer.from([0x12]));

    const next = start();
    const info = await call<{ notices: { level: string; message: string }[] }>(
      next,
      'app/info',
      {},
    );
    expect(info.notices).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /^A recording from .+ was interrupted; Rehearse recovered 2\.5 s of it\.$/,
        ),
      },
    ]);
    const recovered = await call<Attempt[]>(next, 'attempts/recovered', {});
    expect(recovered).toEqual([
      expect.objectContaining({
        id,
        status: 'recovered',
        endReason: 'crash-recovered',
        durationSec: 2.5,
      }),
    ]);
    const bytes = await wavOf(next, id);
    expect(parseWavHeader(bytes)).toMatchObject({ dataSize: 80000, riffSize: 80036 });
    expect(bytes.subarray(44)).toEqual(Buffer.concat(chunks));
    expect(await call(next, 'attempts/list', {})).toEqual([
      { state: 'ok', attempt: recovered[0], hasTranscript: false },
    ]);

    const events: unknown[] = [];
    next.events.subscribe((name, payload) => events.push([name, payload]));
    const kept = await call<Attempt>(next, 'attempts/acknowledge-recovery', { id });
    expect(kept).toMatchObject({
      status: 'complete',
      endReason: 'crash-recovered',
      durationSec: 2.5,
    });
    expect(events).toEqual([['attempts/changed', { id }]]);
    expect(await call(next, 'attempts/recovered', {})).toEqual([]);
    // A third start finds nothing to repair.
    expect((await call<{ notices: unknown[] }>(start(), 'app/info', {})).notices).toEqual([]);
  });

  it('keeps every acknowledged chunk when the recording process is killed with SIGKILL', async () => {
    const script = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, '40'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let id = '';
    let acknowledged = -1;
    for await (const line of createInterface({ input: child.stdout })) {
      const [, seq, attemptId] = line.split(' ');
      acknowledged = Number(seq);
      id = attemptId!;
      if (acknowledged === 9) break;
    }
    child.kill('SIGKILL');
    expect(await exited, stderr).toBeNull();

    const next = start();
    const recovered = await call<Attempt[]>(next, 'attempts/recovered', {});
    expect(recovered.map((a) => a.id)).toEqual([id]);
    const bytes = await wavOf(next, id);
    // Every chunk the service acknowledged is there, followed only by what the child went on to
    // write before the kill landed: a prefix of its 40 chunks, nothing else.
    const all = Buffer.concat(Array.from({ length: 40 }, (_, seq) => pcm(4000, seq + 1)));
    const written = bytes.subarray(44);
    expect(written.length).toBeGreaterThanOrEqual(8000 * (acknowledged + 1));
    expect(written.equals(all.subarray(0, written.length))).toBe(true);
    expect(parseWavHeader(bytes)).toMatchObject({ dataSize: written.length });
    expect(recovered[0]?.durationSec).toBe(written.length / 32000);
  }, 30_000);
});
