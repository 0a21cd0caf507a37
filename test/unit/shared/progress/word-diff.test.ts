import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, editOps, tokenizeWords } from '../../../../shared/progress/word-diff';

/** Length of the longest common subsequence by the textbook dynamic programme (the reference). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

/** Replays an edit script: the kept and removed items give `a`, the kept and added ones give `b`. */
function replay(ops: readonly string[], a: readonly string[], b: readonly string[]) {
  const fromA: string[] = [];
  const fromB: string[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op !== 'added') fromA.push(a[i++]!);
    if (op !== 'removed') fromB.push(b[j++]!);
    if (op === 'same') expect(a[i - 1]).toBe(b[j - 1]);
  }
  return { fromA, fromB };
}

const words = fc.array(
  fc.constantFrom('we', 'I', 'fixed', 'the', 'cache', 'p99', 'um', 'latency'),
  { maxLength: 40 },
);

describe('edit script (jsdiff)', () => {
  it('always rebuilds both sequences and keeps a longest common subsequence', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const ops = editOps(a, b);
        const { fromA, fromB } = replay(ops, a, b);
        expect(fromA).toEqual(a);
        expect(fromB).toEqual(b);
        expect(ops.filter((o) => o === 'same')).toHaveLength(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('handles empty, identical and disjoint inputs', () => {
    expect(editOps([], [])).toEqual([]);
    expect(editOps(['a'], [])).toEqual(['removed']);
    expect(editOps([], ['a', 'b'])).toEqual(['added', 'added']);
    expect(editOps(['a', 'b'], ['a', 'b'])).toEqual(['same', 'same']);
    expect(editOps(['a', 'b'], ['c', 'd']).filter((o) => o === 'same')).toHaveLength(0);
  });

  it('diffs two long, mostly different transcripts without blowing up', () => {
    const a = Array.from({ length: 1500 }, (_, i) => `w${i % 97}`);
    const b = Array.from({ length: 1500 }, (_, i) => `w${(i * 7) % 89}`);
    const ops = editOps(a, b);
    const { fromA, fromB } = replay(ops, a, b);
    expect(fromA).toEqual(a);
    expect(fromB).toEqual(b);
  });
});

describe('word diff of two takes', () => {
  const first =
    'Um, so we had a checkout service that was, like, really slow. We fixed it and things got better.';
  const second =
    'Our checkout service had a p99 of 1.2 seconds. I added a Redis cache and p99 fell to 180 ms.';

  it('keeps shared words, marks removed and added runs, and points into each text', () => {
    const diff = diffWords(first, second);
    const keys = (text: string) => tokenizeWords(text).map((t) => t.key);
    for (const part of diff.parts) {
      if (part.kind === 'removed') expect(first.slice(part.a!.start, part.a!.end)).toBe(part.text);
      if (part.kind !== 'removed') expect(second.slice(part.b!.start, part.b!.end)).toBe(part.text);
      if (part.kind === 'same')
        expect(keys(first.slice(part.a!.start, part.a!.end))).toEqual(keys(part.text));
    }
    const removed = diff.parts
      .filter((p) => p.kind === 'removed')
      .map((p) => p.text)
      .join(' | ');
    const added = diff.parts
      .filter((p) => p.kind === 'added')
      .map((p) => p.text)
      .join(' | ');
    expect(removed).toContain('Um, so we had a');
    expect(added).toContain('I added a Redis cache');
    expect(diff.parts.filter((p) => p.kind === 'same').map((p) => p.text)).toContain(
      'checkout service',
    );
    expect(diff.stats.same + diff.stats.removed).toBe(tokenizeWords(first).length);
    expect(diff.stats.same + diff.stats.added).toBe(tokenizeWords(second).length);
  });

  it('ignores case and edge punctuation, so a moved comma or a capital is not a change', () => {
    const diff = diffWords('We used Redis, then Kafka.', 'we used redis then kafka');
    expect(diff.parts.map((p) => p.kind)).toEqual(['same']);
    expect(diff.similarity).toBe(1);
  });

  it('puts a replaced phrase as removed then added, never interleaved word by word', () => {
    const diff = diffWords(
      'it got a lot better overall',
      'it dropped from 800 ms to 120 ms overall',
    );
    expect(diff.parts.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
    expect(diff.parts[1]!.text).toBe('got a lot better');
    expect(diff.parts[2]!.text).toBe('dropped from 800 ms to 120 ms');
  });

  it('copes with an empty take', () => {
    expect(diffWords('', '')).toEqual({
      parts: [],
      stats: { same: 0, removed: 0, added: 0 },
      similarity: 1,
    });
    expect(diffWords('', 'hello there').parts).toEqual([
      { kind: 'added', text: 'hello there', a: null, b: { start: 0, end: 11 } },
    ]);
  });
});
