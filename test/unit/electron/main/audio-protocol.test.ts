import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIO_SCHEME } from '../../../../shared/contract';
import { registerAudioScheme, serveAudioProtocol } from '../../../../electron/main/audio-protocol';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import { FileSettingsStore } from '../../../../electron/services/settings/file-settings-store';

// `electron` here is the named test double (test/doubles/electron.ts), aliased in vitest.config.
const double = protocol as unknown as {
  privilegesOf(scheme: string): Record<string, boolean> | undefined;
  request(url: string, init?: RequestInit): Promise<Response>;
};

describe('rehearse-audio: protocol (electron test double, real services and files)', () => {
  let dataDir: string;
  let services: AppServices;
  let id: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-audio-protocol-'));
    services = createAppServices({
      dataDir,
      settings: new FileSettingsStore(dataDir),
      transport: 'electron',
      version: '0.0.0',
    });
    const call = (name: string, payload: unknown) =>
      (services.handlers as unknown as Record<string, (p: unknown) => Promise<unknown>>)[name]!(
        payload,
      );
    const attempt = (await call('attempts/create', {
      questionId: 'q',
      questionText: 'Tell me about an incident.',
      sampleRate: 16000,
      deviceLabel: 'test',
      parentId: null,
    })) as { id: string };
    id = attempt.id;
    await call('attempts/append-audio', {
      id,
      seq: 0,
      pcm: Buffer.alloc(3200, 5).toString('base64'),
    });
    await call('attempts/finish', { id, reason: 'stopped' });
    registerAudioScheme();
    serveAudioProtocol(services.attemptAudio);
  });
  afterAll(async () => {
    await services.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the scheme as fetchable and streamable', () => {
    expect(double.privilegesOf(AUDIO_SCHEME)).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
    });
  });

  it('streams a recording, whole or by range', async () => {
    const file = fs.readFileSync(path.join(dataDir, 'attempts', id, 'audio.wav'));
    const whole = await double.request(`${AUDIO_SCHEME}://attempt/${id}`);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(file);
    const part = await double.request(`${AUDIO_SCHEME}://attempt/${id}`, {
      headers: { Range: 'bytes=0-43' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-43/${file.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(file.subarray(0, 44));
  });

  it('answers 404 for other hosts, bad ids and traversal, 405 for other methods', async () => {
    for (const url of [
      `${AUDIO_SCHEME}://other/${id}`,
      `${AUDIO_SCHEME}://attempt/..%2f..%2fsettings.json`,
      `${AUDIO_SCHEME}://attempt/%E0%A4%A`,
      `${AUDIO_SCHEME}://attempt/20990101-000000-000-00000000`,
    ]) {
      expect((await double.request(url)).status, url).toBe(404);
    }
    const post = await double.request(`${AUDIO_SCHEME}://attempt/${id}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
