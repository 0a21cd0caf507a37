import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import checks from '../../../../fixtures/clause-reader-checks.json';
import {
  createClauseReader,
  DEFAULT_CLAUSE_READER_DIR,
} from '../../../../../electron/services/clause-reader/clause-reader';

const scratch = mkdtempSync(path.join(tmpdir(), 'rehearse-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('clause reader (the shipped ONNX model, run by onnxruntime-node)', () => {
  it('gives the probabilities Python gave for the same pairs (same tokens, same model file)', async () => {
    expect(checks.length).toBeGreaterThanOrEqual(5);
    const errors: Error[] = [];
    const reader = createClauseReader(DEFAULT_CLAUSE_READER_DIR, (e) => errors.push(e));
    // Read together, each pair still reads as it does alone (the reader runs them one by one:
    // int8 activations are scaled per batch, and padding beside longer pairs would move them).
    const together = await reader(checks.map(({ clause, context }) => ({ clause, context })));
    checks.forEach((c, i) => expect(together![i], c.clause).toBeCloseTo(c.p, 5));
    expect(errors).toEqual([]);
  });

  it('reads blame by tone high and the speaker’s own action low', async () => {
    const [tone, own] = (await createClauseReader()([
      {
        clause: 'their on call rotation is basically a group chat that nobody reads',
        context: '-',
      },
      {
        clause: 'so I wrote the rollback script and ran it myself',
        context: 'the deploy broke checkout',
      },
    ]))!;
    expect(tone).toBeGreaterThan(0.5);
    expect(own).toBeLessThan(0.2);
  });

  it('reads nothing and loads nothing for no clauses', async () => {
    const errors: Error[] = [];
    const reader = createClauseReader(path.join(scratch, 'nowhere'), (e) => errors.push(e));
    expect(await reader([])).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('resolves to null and says why once when its files are missing', async () => {
    const errors: Error[] = [];
    const reader = createClauseReader(path.join(scratch, 'missing'), (e) => errors.push(e));
    const input = [{ clause: 'the vendor never called back', context: '-' }];
    expect(await reader(input)).toBeNull();
    expect(await reader(input)).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/tokenizer\.json/);
  });

  it('resolves to null when the model file is not a model', async () => {
    const dir = path.join(scratch, 'broken');
    mkdirSync(dir);
    for (const f of ['tokenizer.json', 'tokenizer_config.json'])
      copyFileSync(path.join(DEFAULT_CLAUSE_READER_DIR, f), path.join(dir, f));
    writeFileSync(path.join(dir, 'blame.onnx'), 'not a model at all');
    const errors: Error[] = [];
    const reader = createClauseReader(dir, (e) => errors.push(e));
    expect(await reader([{ clause: 'ops broke it', context: '-' }])).toBeNull();
    expect(errors).toHaveLength(1);
  });
});
