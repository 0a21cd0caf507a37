import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run lint` runs knip with the project's own knip.json: an export nobody imports fails it.
// Proven on a tiny project laid out like this one, so the real configuration is what is tested.
const root = path.resolve(import.meta.dirname, '../../..');
const knip = path.join(root, 'node_modules/knip/bin/knip.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project with the repo's knip.json, an entry in cli/ and one module in shared/. */
function project(sharedModule: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rehearse-knip-'));
  dirs.push(dir);
  cpSync(path.join(root, 'knip.json'), path.join(dir, 'knip.json'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'knip-probe', private: true, type: 'module' }),
  );
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext' } }),
  );
  mkdirSync(path.join(dir, 'cli'));
  mkdirSync(path.join(dir, 'shared'));
  writeFileSync(
    path.join(dir, 'cli/index.ts'),
    "import { used } from '../shared/words';\nconsole.log(used);\n",
  );
  writeFileSync(path.join(dir, 'shared/words.ts'), sharedModule);
  return dir;
}

function runKnip(dir: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [knip, '--no-progress', '--directory', dir], {
    encoding: 'utf8',
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('unused-code check (knip in npm run lint)', () => {
  it('fails on an export nobody imports, naming it', () => {
    const r = runKnip(project('export const used = 1;\nexport const forgotten = 2;\n'));
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toContain('forgotten');
  });

  it('passes when every export is used', () => {
    const r = runKnip(project('export const used = 1;\n'));
    expect(r.status, r.output).toBe(0);
  });
});
