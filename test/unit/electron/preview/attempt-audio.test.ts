import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptAudioResponse } from '../../../../electron/services/attempts/audio-stream';
import { startPreviewServer, type PreviewServer } from '../../../../electron/preview/server';
import { createAppServices } from '../../../../electron/services/app-services';
import { FileSettingsStore } from '../../../../electron/services/settings/file-settings-store';

const bytesOf = async (body: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

/** A mono 16-bit WAV header as the recorder writes it, sizes given. */
function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(16000, 24);
  h.writeUInt32LE(32000, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

describe('attempt audio as a byte stream', () => {
  let dir: string;
  let wav: string;
  const samples = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
  const file =
    (recording = false) =>
    async () => ({ path: wav, sampleRate: 16000, recording });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-audio-'));
    wav = path.join(dir, 'audio.wav');
    fs.writeFileSync(wav, Buffer.concat([wavHeader(samples.length), samples]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('streams the whole file with its length and Accept-Ranges', async () => {
    const res = await attemptAudioResponse(file(), undefined);
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ 'Content-Length': '1044', 'Accept-Ranges': 'bytes' });
    expect(await bytesOf(res.body)).toEqual(fs.readFileSync(wav));
  });

  it('answers one byte range with 206 and Content-Range', async () => {
    const res = await attemptAudioResponse(file(), 'bytes=100-199');
    expect(res.status).toBe(206);
    expect(res.headers['Content-Range']).toBe('bytes 100-199/1044');
    expect(await bytesOf(res.body)).toEqual(fs.readFileSync(wav).subarray(100, 200));
    const suffix = await attemptAudioResponse(file(), 'bytes=-10');
    expect(await bytesOf(suffix.body)).toEqual(fs.readFileSync(wav).subarray(1034));
  });

  it('answers 416 for a range past the end, and the whole file for a malformed one', async () => {
    const past = await attemptAudioResponse(file(), 'bytes=5000-6000');
    expect(past.status).toBe(416);
    expect(past.headers['Content-Range']).toBe('bytes */1044');
    expect((await attemptAudioResponse(file(), 'lines=1-2')).status).toBe(200);
  });

  it('gives a recording in progress a header covering the audio so far', async () => {
    const live = path.join(dir, 'live.wav');
    fs.writeFileSync(live, Buffer.concat([wavHeader(0), samples.subarray(0, 301)]));
    const lookup = async () => ({ path: live, sampleRate: 16000, recording: true });
    const res = await attemptAudioResponse(lookup, 'bytes=0-43');
    const header = await bytesOf(res.body);
    expect(header.readUInt32LE(40)).toBe(300); // whole 16-bit samples only
    expect(header.readUInt32LE(4)).toBe(336);
    expect(fs.readFileSync(live).readUInt32LE(40)).toBe(0); // the file itself is untouched
  });

  it('answers 404 with a reason for a missing file, a folder or an unknown attempt', async () => {
    const missing = await attemptAudioResponse(
      async () => ({ path: path.join(dir, 'nope.wav'), sampleRate: 16000, recording: false }),
      undefined,
    );
    expect(missing.status).toBe(404);
    expect(await text(missing.body)).toMatch(/missing/);
    const folder = await attemptAudioResponse(
      async () => ({ path: dir, sampleRate: 16000, recording: false }),
      undefined,
    );
    expect(folder.status).toBe(404);
    const unknown = await attemptAudioResponse(async () => {
      throw new Error('No attempt "x".');
    }, undefined);
    expect(unknown.status).toBe(404);
    expect(await text(unknown.body)).toContain('No attempt "x".');
  });
});

describe('GET /media/attempts/<id>/audio.wav on the preview', () => {
  let server: PreviewServer;
  let dataDir: string;
  let id: string;
  const post = (name: string, body: unknown) =>
    fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ ok: boolean; data: { id: string } }>);
  const audioUrl = (token = server.token) =>
    `http://127.0.0.1:${server.port}/media/attempts/${id}/audio.wav?token=${token}`;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-audio-server-'));
    const services = createAppServices({
      dataDir,
      settings: new FileSettingsStore(dataDir),
      transport: 'preview',
      version: '0.0.0',
    });
    server = await startPreviewServer({ services, staticDir: dataDir });
    const created = await post('attempts/create', {
      questionId: 'q',
      questionText: 'Tell me about an incident.',
      sampleRate: 16000,
      deviceLabel: 'test',
    });
    id = created.data.id;
    const pcm = Buffer.alloc(32000, 7).toString('base64');
    await post('attempts/append-audio', { id, seq: 0, pcm });
    await post('attempts/finish', { id, reason: 'stopped' });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams the recording to a holder of the token, with ranges', async () => {
    const whole = await fetch(audioUrl());
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes).toEqual(fs.readFileSync(path.join(dataDir, 'attempts', id, 'audio.wav')));
    const part = await fetch(audioUrl(), { headers: { Range: 'bytes=44-' } });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(32000);
  });

  it('refuses without the token and answers 404 for an id that is not an attempt', async () => {
    expect((await fetch(audioUrl('wrong'))).status).toBe(403);
    const bad = `http://127.0.0.1:${server.port}/media/attempts/..%2f..%2fsecret/audio.wav?token=${server.token}`;
    expect((await fetch(bad)).status).toBe(404);
  });
});
