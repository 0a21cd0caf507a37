import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../preview/support/serve-preview.ts', import.meta.url));

/** What the bridge answers: data on success, a coded error otherwise. */
export type BridgeAnswer = {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: { code: string; message: string };
};

/** A preview server in its own process over a data folder the test prepared. */
export type RunningPreview = {
  /** Calls the bridge as the renderer does; resolves with the bridge's answer. */
  call(name: string, input: unknown): Promise<BridgeAnswer>;
  /** GET of the page, for "the server still answers". */
  page(): Promise<number>;
  /** Null while it runs, else how it ended. */
  exited(): string | null;
  stop(): void;
};

/** Starts the real preview (real services) on `dataDir`; rejects with its stderr if it exits on start. */
export async function previewOn(dataDir: string): Promise<RunningPreview> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-blackbox-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rehearse</title>');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', entry, dataDir, staticDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  let exit: string | null = null;
  child.stderr!.on('data', (d) => (stderr += String(d)));
  child.once('exit', (code, signal) => (exit = `${code ?? signal}: ${stderr.slice(-2000)}`));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', () => reject(new Error(`The preview exited on start: ${stderr}`)));
  });
  const { port, token } = JSON.parse(line) as { port: number; token: string };
  const base = `http://127.0.0.1:${port}`;
  return {
    async call(name, input) {
      const res = await fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as BridgeAnswer;
    },
    page: async () => (await fetch(`${base}/`)).status,
    exited: () => exit,
    stop() {
      child.kill('SIGKILL');
      fs.rmSync(staticDir, { recursive: true, force: true });
    },
  };
}
