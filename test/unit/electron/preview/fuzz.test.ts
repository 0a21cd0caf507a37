import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzCases } from './support/fuzz-cases';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { pageStatus } from './support/raw-http';
import { runAll } from './support/run-fuzz';

const SEED = 20261130;
const CASES = 3000;
/** How far the server's resident memory may grow over its own idle size during the run. The idle
 * size (about 260 MiB: Node, tsx's compiled sources and the services) is measured in the same run;
 * the fuzz itself adds about 30 MiB on an idle machine and up to 50 with the other test files
 * running beside it (requests wait longer, so more bodies are held at once). */
const RSS_GROWTH_LIMIT_MIB = 100;

// A bounded, seeded fuzz run against the real preview server in its own process: random methods,
// targets, headers, bodies and WebSocket frames. The server must never exit, must keep answering
// the page, and its resident memory must stay within a fixed growth over its idle size.
describe('preview server fuzz (seeded, bounded)', () => {
  let preview: PreviewProcess;
  beforeAll(async () => {
    preview = await startPreviewProcess();
  }, 30_000);
  afterAll(() => preview.stop());

  it(`survives ${CASES} random requests and frames with RSS growth under ${RSS_GROWTH_LIMIT_MIB} MiB`, async () => {
    const target = { port: preview.port, token: preview.token };
    const cases = fuzzCases(target, SEED, CASES);
    const idle = preview.rssMiB();
    let peak = idle;
    const sampler = setInterval(() => {
      if (preview.exited() === null) peak = Math.max(peak, preview.rssMiB());
    }, 50);
    try {
      await runAll(target, cases, 24, 250, async (done) => {
        expect(preview.exited(), `the server exited after case ${done}`).toBeNull();
        expect(await pageStatus(preview.port), `no answer after case ${done}`).toBe(200);
      });
    } finally {
      clearInterval(sampler);
    }
    console.log(
      `fuzz: ${CASES} cases (seed ${SEED}), RSS idle ${idle.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB`,
    );
    expect(preview.exited()).toBeNull();
    expect(peak - idle).toBeLessThan(RSS_GROWTH_LIMIT_MIB);
  }, 60_000);
});
