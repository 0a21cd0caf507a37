import { describe, expect, it } from 'vitest';
import {
  blendedBlame,
  clausesToRead,
  READ_BLAME,
  readerInputs,
} from '../../../../shared/analysis/clause-model/reading';
import { splitClauses } from '../../../../shared/analysis/clause-model/units';

const at = (text: string, phrase: string, named = false) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, named };
};

describe('clause reading', () => {
  it('gives the reader each clause with the two clauses before it, and "-" at the start', () => {
    const text =
      'The pager went off at two. I joined the call, checked the dashboards and the queue was full because the billing team had paused their consumer.';
    const clauses = splitClauses(text);
    const said = clauses.map((c) => text.slice(c.start, c.end).trim());
    expect(said.length).toBeGreaterThanOrEqual(4);
    const inputs = readerInputs(text, clauses, [0, 3]);
    expect(inputs[0]).toEqual({ clause: said[0], context: '-' });
    expect(inputs[1]).toEqual({ clause: said[3], context: `${said[1]} ${said[2]}` });
  });

  it('reads only the clauses whose verdict the reader can change', () => {
    const text =
      'I owned the migration. The vendor never answered our tickets. We waited a week. Their docs were wrong.';
    const clauses = splitClauses(text);
    const ruleFlag = at(text, 'The vendor never answered our tickets');
    // The add threshold can be reached only from (add - w) / (1 - w) when the reader says 1.
    const reach = (READ_BLAME.add - READ_BLAME.weight) / (1 - READ_BLAME.weight);
    const blame = clauses.map(() => reach - 0.01);
    blame[3] = reach;
    const read = clausesToRead(clauses, blame, [ruleFlag]);
    expect(clauses.map((c) => text.slice(c.start, c.end))[1]).toBe(
      'The vendor never answered our tickets.',
    );
    expect(read).toEqual([1, 3]);
    // A flag the clause model alone is sure of stays whatever the reader says: not read.
    const safe = READ_BLAME.veto / (1 - READ_BLAME.weight);
    expect(blendedBlame(safe, 0)).toBeGreaterThanOrEqual(READ_BLAME.veto);
    const sure = [...blame];
    sure[1] = safe;
    expect(clausesToRead(clauses, sure, [ruleFlag])).toEqual([3]);
    // Nor is a flag that names the fault, which is never vetoed.
    const named = at(text, 'The vendor never answered our tickets', true);
    expect(clausesToRead(clauses, blame, [named])).toEqual([3]);
    // Just under the reach, a clause the reader called certain blame still falls short of adding.
    expect(blendedBlame(reach - 0.01, 1)).toBeLessThan(READ_BLAME.add);
    expect(blendedBlame(reach, 1)).toBeCloseTo(READ_BLAME.add, 9);
  });

  it('blends half and half, and keeps the clause model alone where the reader did not read', () => {
    expect(blendedBlame(0.2, 0.9)).toBeCloseTo(0.55, 9);
    expect(blendedBlame(0.35, undefined)).toBe(0.35);
  });
});
