import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { attemptFolder } from '../../../electron/services/attempts/attempt-ids';
import { dispatchCall } from '../../../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../../../electron/services/settings/file-settings-store';
import type { CallName } from '../../../shared/contract';
import type { LiveUpdate } from '../../../shared/contract/live';
import type { ReviewJob } from '../../../shared/contract/review';
import { INCIDENT_ANSWER } from '../helpers/answers';
import { speak } from '../helpers/audio';
import { LONG_TEST_MS, MODEL, requireEngine, SKIP_ENGINE_TESTS } from '../helpers/engine';
import { wordErrorRate } from '../helpers/wer';

const CHUNK_SAMPLES = 4000;
/** The incident answer's first five sentences (about 40 s): long enough to kill the engine
 * halfway, short enough for the whole-file fallback on a busy machine. */
const SCRIPT = INCIDENT_ANSWER.match(/[^.]+\./g)!
  .slice(0, 5)
  .join(' ');

/** The whisper-server this test process started (its own child, never anyone else's). */
function engineChildPid(): number | null {
  try {
    const out = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'whisper-server']);
    return Number(String(out).trim().split('\n')[0]) || null;
  } catch {
    return null;
  }
}

// A recording through the app's own services (the calls the recorder makes), with the live
// engine killed halfway: the recording must keep every chunk, and the review must fall back to
// whisper-cli over the whole file and say so.
describe.skipIf(SKIP_ENGINE_TESTS)('live engine killed mid-recording (real engines)', () => {
  let services: AppServices;
  let dataDir: string;
  const updates: LiveUpdate[] = [];
  const jobs: ReviewJob[] = [];
  let sent = 0;
  let attemptId = '';
  const call = async <T>(name: CallName, payload: unknown): Promise<T> => {
    const result = await dispatchCall(services.handlers, name, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.data as T;
  };

  beforeAll(async () => {
    requireEngine();
    process.env.REHEARSE_MODEL = MODEL;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-live-kill-'));
    services = createAppServices({
      dataDir,
      settings: new FileSettingsStore(dataDir),
      transport: 'preview',
      version: 'test',
    });
    services.events.subscribe((name, payload) => {
      if (name === 'live/update') updates.push(payload as LiveUpdate);
      if (name === 'review/progress') jobs.push(payload as ReviewJob);
    });
    const wav = fs.readFileSync(await speak(SCRIPT));
    const samples = wav.subarray(44);
    ({ id: attemptId } = await call<{ id: string }>('attempts/create', {
      questionId: 'incident',
      questionText: 'Tell me about a production incident.',
      sampleRate: 16000,
      deviceLabel: 'test',
    }));
    let killed = false;
    for (let at = 0, seq = 0; at < samples.length; at += CHUNK_SAMPLES * 2, seq++) {
      const chunk = samples.subarray(at, Math.min(samples.length, at + CHUNK_SAMPLES * 2));
      await call('attempts/append-audio', { id: attemptId, seq, pcm: chunk.toString('base64') });
      sent += chunk.length;
      if (!killed && at > samples.length / 2) {
        // Wait until the engine has transcribed a segment (so it was up and working), then kill
        // it as a crash would.
        for (let i = 0; i < 6000 && !updates.some((u) => u.state === 'live'); i++) {
          await new Promise((r) => setTimeout(r, 100));
        }
        process.kill(engineChildPid()!, 'SIGKILL');
        killed = true;
      }
    }
    await call('attempts/finish', { id: attemptId, reason: 'stopped' });
    await call('review/start', { id: attemptId, force: false });
    const deadline = Date.now() + 3 * LONG_TEST_MS;
    while (!jobs.some((j) => j.stage === 'done' || j.stage === 'failed') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 4 * LONG_TEST_MS);
  afterAll(async () => {
    await services?.dispose();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every sample of the recording', () => {
    const folder = attemptFolder(path.join(dataDir, 'attempts'), attemptId);
    const audio = fs.readFileSync(path.join(folder, 'audio.wav'));
    expect(audio.length - 44).toBe(sent);
    expect(audio.readUInt32LE(40)).toBe(sent);
  });

  it('tells the user live transcription stopped while recording', () => {
    expect(updates.some((u) => u.state === 'stopped' && /stopped/.test(u.notice ?? ''))).toBe(true);
  });

  it('reviews the whole file instead, with a notice, and the transcript is complete', async () => {
    const last = jobs.at(-1)!;
    expect(last.stage).toBe('done');
    expect(jobs.some((j) => /whole recording was transcribed/.test(j.notice ?? ''))).toBe(true);
    const { transcript } = await call<{ transcript: { text: string; audioDurationSec: number } }>(
      'review/get',
      { id: attemptId },
    );
    expect(transcript.audioDurationSec).toBeCloseTo(sent / 2 / 16000, 1);
    expect(wordErrorRate(SCRIPT, transcript.text)).toBeLessThan(0.25);
  });
});
