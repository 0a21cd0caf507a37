import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/** A running `npm run web` (the real preview entry), with its own data folder. */
export type PreviewProcess = {
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  /** Stops it with SIGTERM and waits for a clean exit; resolves to the exit code. */
  stop: () => Promise<number | null>;
};

/** Starts the preview exactly as a user would (scripts/web.mjs, already built) and waits for the
 * line it prints. `dataDir` reuses a folder, e.g. to restart after a kill; `env` adds variables
 * (e.g. REHEARSE_MODEL for the transcription model). */
export async function startPreview(
  options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<PreviewProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-e2e-'));
  const child = spawn(process.execPath, [path.join(root, 'scripts/web.mjs'), '--no-build'], {
    cwd: root,
    env: { ...process.env, ...options.env, REHEARSE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const line = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Preview did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = output.match(
        /^Rehearse preview at (http:\/\/127\.0\.0\.1:(\d+))\/#token=([\w-]+)$/m,
      );
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`Preview exited (${code}):\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    url: line[0].replace('Rehearse preview at ', ''),
    origin: line[1]!,
    port: Number(line[2]),
    token: line[3]!,
    dataDir,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
