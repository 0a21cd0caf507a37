import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../../electron/services/app-services';
import { attemptFolder } from '../../../../../electron/services/attempts/attempt-ids';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import type { CallName } from '../../../../../shared/contract';
import type { ReviewJob } from '../../../../../shared/contract/review';

// A review must never stand for part of a recording: not while the take is still being recorded
// (opened from a second window), and not from a transcript made of its first seconds.
let dataDir: string;
let services: AppServices;
const jobs: ReviewJob[] = [];
const savedModel = process.env.REHEARSE_MODEL;

async function call<T>(name: CallName, payload: unknown): Promise<T> {
  const result = await dispatchCall(services.handlers, name, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

/** Creates a take and appends `seconds` of quiet 16 kHz audio to it. */
async function recordTake(seconds: number): Promise<string> {
  const { id } = await call<{ id: string }>('attempts/create', {
    questionId: 'pi-incident',
    questionText: 'Tell me about a production incident you handled.',
    sampleRate: 16000,
    deviceLabel: 'test',
  });
  const chunk = Buffer.alloc(8000); // 250 ms of silence
  for (let seq = 0; seq < seconds * 4; seq++)
    await call('attempts/append-audio', { id, seq, pcm: chunk.toString('base64') });
  return id;
}

async function finalJob(id: string): Promise<ReviewJob> {
  await call('review/start', { id, force: false });
  await expect
    .poll(() => jobs.find((j) => j.attemptId === id && ['done', 'failed'].includes(j.stage)))
    .toBeTruthy();
  return jobs.find((j) => j.attemptId === id && ['done', 'failed'].includes(j.stage))!;
}

beforeEach(async () => {
  delete process.env.REHEARSE_MODEL; // no model anywhere: a review that needs whisper fails fast
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-partial-'));
  services = createAppServices({
    dataDir,
    settings: new FileSettingsStore(dataDir),
    transport: 'preview',
    version: 'test',
  });
  await services.ready;
  services.events.subscribe((name, payload) => {
    if (name === 'review/progress') jobs.push(payload as ReviewJob);
  });
});

afterEach(async () => {
  await services.dispose();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (savedModel !== undefined) process.env.REHEARSE_MODEL = savedModel;
});

describe('review of a take that is not whole yet', () => {
  it('refuses a take still being recorded, saying when its review starts', async () => {
    const id = await recordTake(2);
    const job = await finalJob(id);
    expect(job.stage).toBe('failed');
    expect(job.error?.code).toBe('still-recording');
    expect(job.error?.message).toMatch(/still being recorded/);
    expect(
      fs.existsSync(path.join(attemptFolder(path.join(dataDir, 'attempts'), id), 'analysis.json')),
    ).toBe(false);
  });

  it('does not reuse a stored transcript made from the first seconds of a longer recording', async () => {
    const id = await recordTake(4);
    await call('attempts/finish', { id, reason: 'stopped' });
    const folder = attemptFolder(path.join(dataDir, 'attempts'), id);
    const partial = {
      version: 1,
      text: 'Last year I was',
      words: [],
      segments: [],
      audioDurationSec: 1,
      noSpeech: false,
      language: 'en',
      model: 'test',
      createdAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(folder, 'transcript.json'), JSON.stringify(partial));
    const job = await finalJob(id);
    // It went back to transcription (which needs a model, and there is none here) instead of
    // analysing the stale one-second transcript.
    expect(job.stage).toBe('failed');
    expect(job.error?.code).toBe('no-model');
    expect(fs.existsSync(path.join(folder, 'analysis.json'))).toBe(false);
  });
});
