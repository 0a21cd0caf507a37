import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/services/transcription/engine-paths';
import { readTranscriptFile, Transcriber } from '../../../electron/services/transcription/index';
import { JFK_TEXT, jfkWav, synth } from '../helpers/audio';
import { MODEL, requireEngine, SKIP_ENGINE_TESTS, WHISPER_CLI } from '../helpers/engine';
import { normaliseWords, wordErrorRate } from '../helpers/wer';

const exec = promisify(execFile);

/** Runs `node bin/rehearse.js ...`; resolves with the exit code and output instead of throwing. */
async function rehearse(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, REHEARSE_WHISPER_CLI: WHISPER_CLI, REHEARSE_MODEL: MODEL };
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      [path.join(REPO_ROOT, 'bin', 'rehearse.js'), ...args],
      {
        cwd: REPO_ROOT,
        env,
        maxBuffer: 16 << 20,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(SKIP_ENGINE_TESTS)('attempt transcripts and the CLI (real whisper-cli)', () => {
  let dir: string;
  beforeAll(async () => {
    requireEngine();
    dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-attempt-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes transcript.json beside an attempt's audio.wav, atomically and valid", async () => {
    const attempt = path.join(dir, 'attempts', 'a1');
    await mkdir(attempt, { recursive: true });
    await copyFile(await jfkWav(), path.join(attempt, 'audio.wav'));
    await writeFile(path.join(attempt, 'transcript.json'), '{"stale": true}');
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
    const job = t.transcribeAttempt(attempt);
    expect(job.jobId).toMatch(/^transcription-/);
    const transcript = await job.promise;
    const stored = await readTranscriptFile(path.join(attempt, 'transcript.json'));
    expect(stored).toEqual(transcript);
    expect(wordErrorRate(JFK_TEXT, stored.text)).toBe(0);
    expect((await readdir(attempt)).sort()).toEqual(['audio.wav', 'transcript.json']);
  });

  it('stores a no-speech transcript for a silent attempt', async () => {
    const attempt = path.join(dir, 'attempts', 'silent');
    await mkdir(attempt, { recursive: true });
    await copyFile(await synth('silence-30s', 30), path.join(attempt, 'audio.wav'));
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
    await t.transcribeAttempt(attempt).promise;
    expect(await readTranscriptFile(path.join(attempt, 'transcript.json'))).toMatchObject({
      noSpeech: true,
      text: '',
    });
  });

  it('fails an attempt without audio.wav and writes nothing', async () => {
    const attempt = path.join(dir, 'attempts', 'no-audio');
    await mkdir(attempt, { recursive: true });
    const t = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
    await expect(t.transcribeAttempt(attempt).promise).rejects.toMatchObject({
      code: 'audio-missing',
    });
    expect(await readdir(attempt)).toEqual([]);
  });

  it('`rehearse transcribe` prints the text, and --json the words with timings', async () => {
    const wav = await jfkWav();
    const plain = await rehearse(['transcribe', wav]);
    expect(plain.code).toBe(0);
    expect(normaliseWords(plain.stdout)).toEqual(normaliseWords(JFK_TEXT));
    const json = await rehearse(['transcribe', wav, '--json', '--model', MODEL]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.words).toHaveLength(22);
    expect(parsed.words[0]).toMatchObject({ text: 'And', charStart: 0, charEnd: 3 });
    expect(typeof parsed.words[0].start).toBe('number');
  });

  it('`rehearse transcribe` explains bad input and bad usage', async () => {
    const notAudio = path.join(dir, 'notes.txt');
    await writeFile(notAudio, 'just some notes, not audio\n'.repeat(50));
    const bad = await rehearse(['transcribe', notAudio]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/could not be read as audio/);
    const missing = await rehearse(['transcribe', path.join(dir, 'nope.wav')]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not exist/) });
    const model = await rehearse([
      'transcribe',
      await jfkWav(),
      '--model',
      path.join(dir, 'none.bin'),
    ]);
    expect(model).toMatchObject({ code: 1, stderr: expect.stringMatching(/model was not found/) });
    const usage = await rehearse(['transcribe']);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give an audio file/) });
  });
});
