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

// A judgement of another party's conduct in passing ("finally woke up"), told on the way to the
// speaker's own work: the clause model alone is not sure enough to add it, the reader is.
const PASSING =
  'Management finally woke up after the second outage of the quarter and gave me two engineers ' +
  'for the database migration. I planned it in three phases, built a dual-write verifier that ' +
  'compared every row hourly, and moved reads over one region at a time. We finished in six ' +
  'weeks with no customer-visible errors, and replica lag dropped from minutes to under a second.';

describe('blame with the clause reader (the shipped model)', () => {
  it('flags a judgement of another party in passing, which the clause model alone misses', async () => {
    const { reader, asked } = countingReader();
    expect(blame(analyzeAnswer({ text: PASSING }).flags)).toEqual([]);
    expect(blame((await analyzeAnswerRead({ text: PASSING }, reader)).flags)).toEqual([
      'Management finally woke up',
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
    expect(await analyzeAnswerRead({ text: PASSING }, missing)).toEqual(
      analyzeAnswer({ text: PASSING }),
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
