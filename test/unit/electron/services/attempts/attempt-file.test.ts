import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  readAttemptFile,
  writeAttemptFile,
} from '../../../../../electron/services/attempts/attempt-file';
import type { Attempt } from '../../../../../shared/contract/attempts';
import { fillDiskForTempFiles } from '../storage/full-disk';
import { tempDir } from './helpers';

// The disk "fills up" for new files only: writes to attempt.json's temporary copy get the kernel's
// ENOSPC (from /dev/full) while existing files can still be rewritten, as on a real full disk.

const attempt: Attempt = {
  id: '20260314-153000-000-0a1b2c3d',
  questionId: 'incident',
  questionText: 'Tell me about a production incident.',
  title: '',
  createdAt: '2026-03-14T15:30:00.000Z',
  status: 'recording',
  endReason: null,
  durationSec: 0,
  sampleRate: 16000,
  deviceLabel: 'Mic',
  parentId: null,
};

describe('attempt.json', () => {
  let folder: string;
  let root: string;
  beforeEach(() => {
    root = tempDir();
    folder = path.join(root, attempt.id);
    fs.mkdirSync(folder);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('round-trips an attempt and leaves no temporary file', async () => {
    await writeAttemptFile(folder, attempt);
    expect(await readAttemptFile(folder)).toEqual({ attempt });
    expect(fs.readdirSync(folder)).toEqual(['attempt.json']);
  });

  it('on a full disk rewrites the existing file in place instead of failing', async () => {
    await writeAttemptFile(folder, attempt);
    fillDiskForTempFiles();
    const finished: Attempt = { ...attempt, status: 'complete', endReason: 'disk-full' };
    await writeAttemptFile(folder, finished);
    expect(await readAttemptFile(folder)).toEqual({ attempt: finished });
    expect(fs.readdirSync(folder)).toEqual(['attempt.json']);
    // Shorter content must not leave the old tail behind.
    await writeAttemptFile(folder, attempt);
    expect(await readAttemptFile(folder)).toEqual({ attempt });
  });

  it('on a full disk with no file to reuse, reports the full disk', async () => {
    fillDiskForTempFiles();
    await expect(writeAttemptFile(folder, attempt)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses to write an attempt that breaks the schema', async () => {
    await expect(writeAttemptFile(folder, { ...attempt, durationSec: -1 })).rejects.toThrow();
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('reports a file that belongs to another folder', async () => {
    fs.writeFileSync(
      path.join(folder, 'attempt.json'),
      JSON.stringify({ ...attempt, id: '20260101-000000-000-ffffffff' }),
    );
    expect(await readAttemptFile(folder)).toMatchObject({
      missing: false,
      problem: expect.stringMatching(/belong to another attempt \(20260101-000000-000-ffffffff\)/),
    });
  });
});
