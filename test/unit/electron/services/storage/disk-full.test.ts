import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../../../electron/services/app-services';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import type { CallName } from '../../../../../shared/contract';
import { startServices } from '../data-transfer/data-fixtures';
import { fillDiskForTempFiles, tempFilesIn } from './full-disk';

// Issue 13, item 8: on a full disk every store answers in words (one wording, from storage/),
// never with the raw "ENOSPC: no space left on device, write", and leaves no temporary file.
let dataDir: string;
let services: AppServices;
beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-full-'));
  services = await startServices(dataDir);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await services.dispose();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const story = {
  title: 'Kafka consumer lag',
  themes: ['production-incident'],
  bullets: {
    situation: 'Lag.',
    task: 'On call.',
    actions: 'Scaled.',
    result: 'Fixed.',
    learning: 'Test.',
  },
  questionIds: [],
  followUp: { question: 'Why?', answer: 'Because.' },
};

describe('a full disk', () => {
  it.each<[CallName, unknown, string]>([
    ['settings/set', { theme: 'dark' }, 'settings.json'],
    ['stories/create', story, 'stories.json'],
    [
      'questions/add',
      { pattern: 'disagreement', text: 'Tell me about a disagreement.' },
      'questions.json',
    ],
  ])(
    '%s answers with the disk-full sentence and leaves no temporary file',
    async (name, input, file) => {
      fillDiskForTempFiles();
      const answer = await dispatchCall(services.handlers, name, input as never);
      vi.restoreAllMocks();
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'write-failed',
          message: expect.stringContaining(
            `The disk holding ${path.join(dataDir, file)} is full. Free some space (empty the trash, delete large files), then try again.`,
          ),
        },
      });
      expect(JSON.stringify(answer)).not.toMatch(/ENOSPC: no space left/);
      expect(tempFilesIn(dataDir)).toEqual([]);
    },
  );
});
