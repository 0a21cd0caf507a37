import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readTranscriptFile,
  writeTranscriptFile,
} from '../../../../../electron/services/transcription/transcript-file';
import type { Transcript } from '../../../../../shared/transcript';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-transcript-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const transcript: Transcript = {
  version: 1,
  text: 'We fixed it.',
  words: [
    { text: 'We', start: 0.1, end: 0.3, p: 0.9, charStart: 0, charEnd: 2 },
    { text: 'fixed', start: 0.3, end: 0.7, p: 0.8, charStart: 3, charEnd: 8 },
    { text: 'it', start: 0.7, end: 0.9, p: 0.95, charStart: 9, charEnd: 11 },
  ],
  segments: [{ text: 'We fixed it.', start: 0, end: 1 }],
  audioDurationSec: 1.2,
  noSpeech: false,
  language: 'en',
  model: 'ggml-tiny.en.bin',
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('transcript files', () => {
  it('writes, replaces and reads back a transcript, leaving no temporary file', async () => {
    const file = path.join(dir, 'transcript.json');
    await writeFile(file, 'old');
    await writeTranscriptFile(file, transcript);
    expect(await readTranscriptFile(file)).toEqual(transcript);
    expect(await readdir(dir)).toEqual(['transcript.json']);
  });

  it('refuses an invalid transcript and keeps the old file', async () => {
    const file = path.join(dir, 'keep.json');
    await writeTranscriptFile(file, transcript);
    const bad = { ...transcript, words: [{ ...transcript.words[0]!, p: 2 }] };
    await expect(writeTranscriptFile(file, bad)).rejects.toThrow();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(transcript);
  });

  it('explains a folder it cannot write to', async () => {
    await expect(
      writeTranscriptFile(path.join(dir, 'missing', 'transcript.json'), transcript),
    ).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(
        /transcript was not saved\. Rehearse could not write to .*\(ENOENT\)/,
      ),
    });
  });
});
