import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** A process's peak resident memory in bytes (Linux VmHWM), or null once it has exited. */
async function peakRss(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status && /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** What watchPeak saw: peak memory, and when the process was first and last seen alive. */
export type PeakWatch = {
  peakBytes: number;
  firstSeenMs: number | null;
  lastSeenMs: number | null;
};

/** Polls a process's peak memory every 10 ms until stopped; VmHWM only grows, so the last read wins. */
export function watchPeak(getPid: () => number | undefined): { stop: () => Promise<PeakWatch> } {
  const seen: PeakWatch = { peakBytes: 0, firstSeenMs: null, lastSeenMs: null };
  let running = true;
  const loop = (async () => {
    while (running) {
      const pid = getPid();
      const rss = pid ? await peakRss(pid) : null;
      if (rss !== null) {
        const now = performance.now();
        seen.firstSeenMs ??= now;
        seen.lastSeenMs = now;
        seen.peakBytes = Math.max(seen.peakBytes, rss);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return seen;
    },
  };
}

/** Runs a program to completion, measuring wall time and peak memory; rejects on failure. */
export function measureProcess(
  command: string,
  args: string[],
): Promise<{ wallMs: number; peakBytes: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const watcher = watchPeak(() => child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallMs = performance.now() - started;
      const { peakBytes } = await watcher.stop();
      if (code !== 0) reject(new Error(`${command} exited with ${code}: ${stderr.slice(-2000)}`));
      else resolve({ wallMs, peakBytes, stdout, stderr });
    });
  });
}

/** CPU seconds used so far by this process's finished children (Linux /proc/self/stat cutime + cstime). */
export async function childrenCpuSec(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => null);
  if (!stat) return 0;
  // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU seconds used so far by this process itself. */
export function ownCpuSec(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
