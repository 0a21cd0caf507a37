import path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { analyzeAnswer, analyzeAnswerRead } from '../../../../shared/analysis';
import type { ClauseReader } from '../../../../shared/analysis/clause-model/reading';
import { createClauseReader } from '../../../../electron/services/clause-reader/clause-reader';

const blame = (flags: { kind: string; text: string }[]) =>
  flags.filter((f) => f.kind === 'blame').map((f) => f.text);

/** The shipped reader, counting what it is asked to read. */
function countingReader() {
  const asked: string[] = [];
  const inner = createClauseReader(undefined, (e) => {
    throw e;
  });
  const reader: ClauseReader = (inputs) => {
    asked.push(...inputs.map((i) => i.clause));
    return inner(inputs);
  };
  return { reader, asked };
}

// A fault pinned on a vendor in passing, told as a fact in the middle of the speaker's own story.
const VENDOR =
  'Last spring our payments integration broke during a vendor upgrade. The vendor changed the ' +
  'signature format in their webhook without a version bump, so I wrote a small adapter that ' +
  'accepted both formats, added a contract test against their sandbox, and we had zero failed ' +
  'payments after the fix. I also set up a weekly call with their team so changes reach us ' +
  'before they ship.';

describe('blame with the clause reader (the shipped model)', () => {
  it('flags a fault pinned on another party in passing, which the clause model alone misses', async () => {
    const { reader, asked } = countingReader();
    expect(blame(analyzeAnswer({ text: VENDOR }).flags)).toEqual([]);
    expect(blame((await analyzeAnswerRead({ text: VENDOR }, reader)).flags)).toEqual([
      'The vendor changed the signature format in their webhook without a version bump',
    ]);
    // Only the clauses whose verdict could change were read, not the whole answer.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(2);
  });

  it('judges as the clause model alone when the reader cannot run, and says why', async () => {
    const errors: Error[] = [];
    const missing = createClauseReader(path.join(tmpdir(), 'no-such-reader'), (e) =>
      errors.push(e),
    );
    expect(await analyzeAnswerRead({ text: VENDOR }, missing)).toEqual(
      analyzeAnswer({ text: VENDOR }),
    );
    expect(errors).toHaveLength(1);
  });

  it('asks nothing of the reader for an answer with no blame in view, and changes nothing', async () => {
    const text =
      'I led the move of our search cluster to new hardware. I wrote the cutover plan, rehearsed ' +
      'it twice in staging, and ran the final switch on a Sunday morning. It took eleven minutes ' +
      'with no errors, query latency fell from three hundred to one hundred and twenty ' +
      'milliseconds, and I now rehearse every migration before the real one.';
    const { reader, asked } = countingReader();
    expect(await analyzeAnswerRead({ text }, reader)).toEqual(analyzeAnswer({ text }));
    expect(asked).toEqual([]);
  });
});
