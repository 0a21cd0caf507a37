import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./serve-preview.ts', import.meta.url));

/** A preview server running in its own process, so a crash is seen as an exit (not as a dead
 * test worker) and its memory can be measured. */
export type PreviewProcess = {
  port: number;
  token: string;
  dataDir: string;
  /** The one-page renderer it serves (index.html). */
  staticDir: string;
  child: ChildProcess;
  /** The exit code or signal once it has exited, null while it runs. */
  exited(): string | null;
  /** Resident memory of the server process now, in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
};

/** Starts the real preview server (real services, a one-page renderer) on `options.dataDir`, or
 * on a fresh data folder that `stop` removes. */
export async function startPreviewProcess(
  options: { dataDir?: string } = {},
): Promise<PreviewProcess> {
  const dataDir =
    options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-preview-data-'));
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-preview-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rehearse</title>');
  const child = spawn(process.execPath, ['--import', 'tsx', entry, dataDir, staticDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exit: string | null = null;
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  child.once('exit', (code, signal) => (exit = `${code ?? signal}`));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', () => reject(new Error(`The preview exited on start: ${stderr}`)));
  });
  const { port, token } = JSON.parse(line) as { port: number; token: string };
  return {
    port,
    token,
    dataDir,
    staticDir,
    child,
    exited: () => (exit === null ? null : `${exit}; stderr: ${stderr.slice(-2000)}`),
    rssMiB: () => rssMiB(child.pid!),
    async stop() {
      if (exit === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await gone;
      }
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** Resident set size of a process in MiB (/proc on Linux, ps elsewhere). */
export function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kib > 0) return kib / 1024;
  } catch {
    // not Linux: fall through to ps
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) / 1024;
}
