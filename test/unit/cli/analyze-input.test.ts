import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftedTranscript } from '../electron/services/storage/crafted-json';

// `rehearse analyze` on inputs the issue's probe found mishandled (issue 13, items 4 and 11),
// run as the real CLI in its own process, its peak memory measured.
const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'peak-cli.ts');
const PEAK_BOUND_MIB = 300;

type Run = { code: number; stdout: string; stderr: string; peakMiB: number };
function analyze(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', runner, 'analyze', ...args],
      { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const peak = /peak-rss-mib (\d+)/.exec(stderr);
        resolve({
          code: typeof error?.code === 'number' ? error.code : 0,
          stdout,
          stderr,
          peakMiB: peak ? Number(peak[1]) : Number.NaN,
        });
      },
    );
  });
}

const ANSWER =
  'Last spring our café payment service failed during the lunch rush. I was on call, so I rolled back the release, and we recovered within twenty minutes.';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cli-input-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  fs.writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
};

describe('rehearse analyze: what is not a regular file (item 11)', () => {
  it('calls a FIFO a named pipe, and --model a FIFO or /dev/zero by what they are', async () => {
    const fifo = path.join(dir, 'answer.txt');
    execFileSync('mkfifo', [fifo]);
    const input = await analyze(fifo);
    expect(input.code).toBe(1);
    expect(input.stderr).toContain(
      `rehearse analyze: ${fifo} is a named pipe (FIFO); give a .txt transcript, a transcript.json or an audio file.`,
    );
    const wav = file('answer.wav', 'RIFF');
    const model = await analyze(wav, '--model', fifo);
    expect(model.stderr).toContain(
      `rehearse analyze: --model ${fifo} is a named pipe (FIFO); give a whisper.cpp model file (.bin).`,
    );
    const zero = await analyze(wav, '--model', '/dev/zero');
    expect(zero.stderr).toContain(
      'rehearse analyze: --model /dev/zero is a device; give a whisper.cpp model file (.bin).',
    );
    expect([model.code, zero.code]).toEqual([1, 1]);
  }, 60_000);
});

describe('rehearse analyze: text encodings (item 11)', () => {
  it('decodes UTF-16 text with a byte-order mark and analyses it', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ANSWER, 'utf16le')]);
    const run = await analyze(file('notepad.txt', utf16), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ input: 'text', text: ANSWER });
  }, 60_000);

  it('reads Latin-1 text (not valid UTF-8) as Latin-1 and says so, instead of mojibake', async () => {
    const run = await analyze(file('latin1.txt', Buffer.from(ANSWER, 'latin1')), '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'latin1.txt is not UTF-8, so it was read as Latin-1 (Windows-1252). If letters look wrong in the report, save the file as UTF-8 and run again.',
    );
    expect(JSON.parse(run.stdout).text).toBe(ANSWER);
  }, 60_000);
});

describe('rehearse analyze: a crafted transcript.json (item 4)', () => {
  it(`stops at the first error of an 8 MB file, in bounded memory (under ${PEAK_BOUND_MIB} MiB)`, async () => {
    const run = await analyze(file('crafted-8.json', craftedTranscript(8)));
    console.log(
      `analyze, 8 MB crafted transcript: peak ${run.peakMiB} MiB (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'crafted-8.json is JSON but not a Rehearse transcript (Invalid input: expected string, received number at words.0.text).',
    );
    expect(run.peakMiB).toBeLessThan(PEAK_BOUND_MIB);
  }, 60_000);

  it('refuses a 48 MB file unread, in bounded memory', async () => {
    const run = await analyze(file('crafted-48.json', craftedTranscript(48)));
    console.log(
      `analyze, 48 MB crafted transcript: peak ${run.peakMiB} MiB (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /crafted-48\.json is 48 MB; an answer's transcript is far smaller \(at most 16 MB is read\)/,
    );
    expect(run.peakMiB).toBeLessThan(PEAK_BOUND_MIB);
  }, 60_000);
});
