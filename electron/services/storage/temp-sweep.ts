import fs from 'node:fs/promises';
import path from 'node:path';
import { systemCode } from './errno';

// What the atomic writer names its temporary files (`.<pid>-<hex>.tmp`), the two older patterns
// (`.<pid>.<ms>.tmp`, `.<hex>.tmp`) earlier versions left, and a model file's copy in progress
// (`.import-<pid>-<hex>.partial`, formerly without the pid), which can be gigabytes.
const TEMP_NAMES = [
  /\.(?:(?<pid>\d+)-[0-9a-f]{8}|(?<oldPid>\d+)\.\d+|[0-9a-f]{8})\.tmp$/,
  /^\.import-(?:(?<pid>\d+)-)?[0-9a-f]{12}\.partial$/,
];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return systemCode(error) === 'EPERM';
  }
}

/** True when `name` is a temporary file (see TEMP_NAMES) whose writer is no longer running. */
function isStaleTempName(name: string): boolean {
  const match = TEMP_NAMES.map((pattern) => pattern.exec(name)).find(Boolean);
  if (!match) return false;
  const pid = Number(match.groups?.pid ?? match.groups?.oldPid);
  return !(pid > 0 && isAlive(pid));
}

async function sweepFolder(folder: string): Promise<number> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !isStaleTempName(entry.name)) continue;
    await fs.rm(path.join(folder, entry.name), { force: true }).then(
      () => void removed++,
      () => undefined,
    );
  }
  return removed;
}

/**
 * Removes the temporary files a killed process left behind (kill -9 or a power cut between
 * writing and renaming): in the data folder, the models folder and each attempt folder. Files of
 * a writer still running (another Rehearse on the same folder) are left alone. Returns how many
 * were removed.
 */
export async function sweepStaleTempFiles(dataDir: string): Promise<number> {
  const attemptsRoot = path.join(dataDir, 'attempts');
  const attempts = await fs.readdir(attemptsRoot, { withFileTypes: true }).catch(() => []);
  const folders = [
    dataDir,
    path.join(dataDir, 'models'),
    ...attempts.filter((e) => e.isDirectory()).map((e) => path.join(attemptsRoot, e.name)),
  ];
  let removed = 0;
  for (const folder of folders) removed += await sweepFolder(folder);
  return removed;
}
