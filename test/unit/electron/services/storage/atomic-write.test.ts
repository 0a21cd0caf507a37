import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../../../../electron/services/storage/atomic-write';
import { describeWriteError } from '../../../../../electron/services/storage/errno';
import { fillDiskForTempFiles, tempFilesIn } from './full-disk';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-atomic-'))));
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['writeFileAtomic', (file: string, text: string) => writeFileAtomic(file, text)],
  ['writeFileAtomicSync', async (file: string, text: string) => writeFileAtomicSync(file, text)],
])('%s', (_name, write) => {
  it('replaces the content and leaves no temporary file', async () => {
    const file = path.join(dir, 'doc.json');
    await write(file, 'old');
    await write(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['doc.json']);
  });

  it('on a full disk (ENOSPC from the kernel) keeps the old file and removes its temporary file', async () => {
    const file = path.join(dir, 'doc.json');
    await write(file, 'old');
    fillDiskForTempFiles();
    const failure = await write(file, 'new content').catch((error: unknown) => error);
    vi.restoreAllMocks();
    expect(failure).toMatchObject({ code: 'ENOSPC' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(tempFilesIn(dir)).toEqual([]);
  });
});

describe('describeWriteError', () => {
  it('words a full disk the same for ENOSPC and EDQUOT, and names the place', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const text = describeWriteError(Object.assign(new Error(code), { code }), '/data/x.json');
      expect(text).toBe(
        'The disk holding /data/x.json is full. Free some space (empty the trash, delete large files), then try again.',
      );
    }
    expect(describeWriteError(Object.assign(new Error(), { code: 'EROFS' }), '/d')).toMatch(
      /may not write to \/d \(EROFS\)/,
    );
  });
});
