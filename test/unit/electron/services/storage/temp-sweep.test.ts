import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor } from '../../../../../electron/services/storage/atomic-write';
import { startServices } from '../data-transfer/data-fixtures';
import { tempFilesIn } from './full-disk';

const writer = path.join(path.dirname(fileURLToPath(import.meta.url)), 'half-writer.ts');

/** Starts a process that begins an atomic write of `file` and is killed with SIGKILL before it
 * renames: the leftover a kill -9 (or a power cut) leaves. */
async function killMidWrite(file: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('writing')) break;
  }
  child.kill('SIGKILL');
  await exited;
}

let dataDir: string;
beforeEach(() => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-sweep-'))));
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the start-up sweep of temporary files', () => {
  it('removes what a killed writer left in the data, models and attempt folders, and keeps a live writer’s', async () => {
    const attempt = path.join(dataDir, 'attempts', '20260314-153000-000-0a1b2c3d');
    fs.mkdirSync(attempt, { recursive: true });
    fs.mkdirSync(path.join(dataDir, 'models'));
    await killMidWrite(path.join(attempt, 'attempt.json'));
    await killMidWrite(path.join(dataDir, 'settings.json'));
    await killMidWrite(path.join(dataDir, 'models', 'models.json'));
    // Names earlier versions used: `.<pid>.<ms>.tmp` and `.<hex>.tmp`.
    fs.writeFileSync(path.join(dataDir, 'stories.json.999999999.1700000000000.tmp'), '');
    fs.writeFileSync(path.join(attempt, 'transcript.json.0a1b2c3d.tmp'), '');
    // A model file's copy left by a killed import (it can be gigabytes).
    fs.writeFileSync(path.join(dataDir, 'models', '.import-999999999-0123456789ab.partial'), 'x');
    const live = tempPathFor(path.join(dataDir, 'questions.json'));
    fs.writeFileSync(live, '{');
    expect(tempFilesIn(dataDir)).toHaveLength(6);
    const partials = () =>
      fs.readdirSync(path.join(dataDir, 'models')).filter((f) => f.endsWith('.partial'));
    expect(partials()).toHaveLength(1);

    const services = await startServices(dataDir);
    await services.dispose();
    expect(tempFilesIn(dataDir)).toEqual([path.basename(live)]);
    expect(partials()).toEqual([]);
  });
});
