import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzCases } from './support/fuzz-cases';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { pageStatus } from './support/raw-http';
import { runAll } from './support/run-fuzz';

const SEED = 20261130;
const CASES = 3000;
const RSS_LIMIT_MIB = 300;

// A bounded, seeded fuzz run against the real preview server in its own process: random methods,
// targets, headers, bodies and WebSocket frames. The server must never exit, must keep answering
// the page, and its resident memory must stay under 300 MiB throughout.
describe('preview server fuzz (seeded, bounded)', () => {
  let preview: PreviewProcess;
  beforeAll(async () => {
    preview = await startPreviewProcess();
  }, 30_000);
  afterAll(() => preview.stop());

  it(`survives ${CASES} random requests and frames with RSS under ${RSS_LIMIT_MIB} MiB`, async () => {
    const target = { port: preview.port, token: preview.token };
    const cases = fuzzCases(target, SEED, CASES);
    let peak = preview.rssMiB();
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
    console.log(`fuzz: ${CASES} cases (seed ${SEED}), peak RSS ${peak.toFixed(0)} MiB`);
    expect(preview.exited()).toBeNull();
    expect(peak).toBeLessThan(RSS_LIMIT_MIB);
  }, 60_000);
});
