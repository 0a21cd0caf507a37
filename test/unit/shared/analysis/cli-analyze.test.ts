import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAnalysisSchema, FLAG_KINDS } from '../../../../shared/analysis';

const run = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'rehearse.js');
let dir = '';

async function rehearse(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('rehearse analyze (CLI, real process)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rehearse-analyze-'));
    await writeFile(
      join(dir, 'answer.txt'),
      'um so we had a checkout service that kept timing out. I was on call so it was on me. we looked at it and we decided to add a cache and things got a lot better. so yeah.',
    );
    await writeFile(join(dir, 'empty.txt'), '  \n');
  }, 30_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints JSON with the documented fields for a text file', async () => {
    const { code, stdout } = await rehearse('analyze', join(dir, 'answer.txt'), '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ input: 'text', version: 1, hasWordTimings: false });
    expect(() => answerAnalysisSchema.parse(out)).not.toThrow();
    for (const f of out.flags) {
      expect(Object.keys(f).sort()).toEqual(
        expect.arrayContaining(['kind', 'start', 'end', 'text', 'reason']),
      );
      expect(FLAG_KINDS).toContain(f.kind);
      expect(out.text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(out.flags.map((f: { kind: string }) => f.kind)).toEqual(
      expect.arrayContaining(['filler', 'vague', 'we-ownership']),
    );
    expect(Object.keys(out.signals).sort()).toEqual([
      'content',
      'duration',
      'impact',
      'ownership',
      'pace',
      'specificity',
    ]);
    // Text has no recording: the content signals are there, the delivery ones are not.
    expect(Object.keys(out.signals.content).sort()).toEqual([
      'balance',
      'collaboration',
      'repetition',
      'tangents',
      'tradeoff',
    ]);
    expect(out.star.parts).toHaveLength(5);
    expect(out.followUps.length).toBeGreaterThan(0);
    expect(out.summary.fixes.length).toBeGreaterThan(0);
  }, 30_000);

  it('prints a readable report by default', async () => {
    const { code, stdout } = await rehearse('analyze', join(dir, 'answer.txt'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Fix these first/);
    expect(stdout).toMatch(/STAR-L/);
    expect(stdout).toMatch(/\[we decided\]/);
  }, 30_000);

  it('explains bad input instead of crashing', async () => {
    const missing = await rehearse('analyze', join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    const empty = await rehearse('analyze', join(dir, 'empty.txt'));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty/);
    const usage = await rehearse('analyze');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: rehearse analyze/);
  }, 30_000);
});
