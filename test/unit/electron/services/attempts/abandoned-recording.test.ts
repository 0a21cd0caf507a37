import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import { pcm, tempDir } from './helpers';

describe('a recording whose tab was closed while the service kept running', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.useRealTimers();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('is saved as recovered and offered back once no audio arrived for 5 s, not while it records', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const dataDir = tempDir();
    dirs.push(dataDir);
    const store = new AttemptStore({ dataDir });
    const attempt = await store.create({
      questionId: 'incident',
      questionText: 'Tell me about a production incident.',
      sampleRate: 16000,
      deviceLabel: 'mic',
      parentId: null,
    });
    await store.appendAudio(attempt.id, 0, pcm(16000));
    vi.advanceTimersByTime(4000);
    expect(await store.recovered()).toEqual([]);
    expect((await store.get(attempt.id)).status).toBe('recording');

    vi.advanceTimersByTime(2000);
    const [recovered] = await store.recovered();
    expect(recovered).toMatchObject({
      id: attempt.id,
      status: 'recovered',
      endReason: 'crash-recovered',
      durationSec: 1,
    });
    expect((await store.get(attempt.id)).status).toBe('recovered');
    await expect(store.appendAudio(attempt.id, 1, pcm(160))).rejects.toThrow();
    await store.dispose();
  });
});
