import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjacentFlag,
  groupPieces,
  transcriptPieces,
  wordAtTime,
} from '../../../../shared/review/transcript-pieces';
import { evenWords } from './helpers';

const TEXT = 'Um, we handled it. The platform team caused the problem.';
const span = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
};

describe('transcriptPieces', () => {
  it('cuts at word and flag edges and marks which flags cover each piece', () => {
    const words = evenWords(TEXT, 0, 5);
    const flags = [
      span('we handled it'),
      span('we handled'),
      span('The platform team caused the problem'),
    ];
    const pieces = transcriptPieces(TEXT, words, flags);
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
    const handled = pieces.find((p) => p.text === 'handled')!;
    expect(handled.flags).toEqual([0, 1]);
    expect(handled.word).toBe(2);
    expect(pieces.find((p) => p.text === 'it')!.flags).toEqual([0]);
    expect(pieces.find((p) => p.text === '.')!.flags).toEqual([]);
    const groups = groupPieces(pieces);
    const flagged = groups.filter((g) => g.flags.length);
    expect(flagged.map((g) => g.pieces.map((p) => p.text).join(''))).toEqual([
      'we handled it',
      'The platform team caused the problem',
    ]);
    expect(flagged[0]!.flags).toEqual([0, 1]);
  });

  it('always joins back into the text, with each flag covering exactly its own span', () => {
    const arb = fc.string({ minLength: 1, maxLength: 60 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc
            .tuple(fc.nat(text.length + 3), fc.nat(text.length + 3))
            .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 6 },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([text, flags]) => {
        const words = [...text.matchAll(/\S+/g)].map((m) => ({
          charStart: m.index!,
          charEnd: m.index! + m[0].length,
        }));
        const pieces = transcriptPieces(text, words, flags);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        flags.forEach((f, i) => {
          const covered = pieces
            .filter((p) => p.flags.includes(i))
            .map((p) => p.text)
            .join('');
          expect(covered).toBe(text.slice(f.start, f.end));
        });
        expect(groupPieces(pieces).flatMap((g) => g.pieces)).toEqual(pieces);
      }),
    );
  });
});

describe('time lookups', () => {
  it('finds the word being spoken', () => {
    const words = [{ start: 0.5 }, { start: 1 }, { start: 2 }];
    expect(wordAtTime(words, 0.2)).toBe(-1);
    expect(wordAtTime(words, 1.4)).toBe(1);
    expect(wordAtTime(words, 9)).toBe(2);
  });

  it('steps to the next and previous flag, like a player skipping tracks', () => {
    const flags = [{ startSec: 5 }, { startSec: 2 }, {}, { startSec: 9 }];
    expect(adjacentFlag(flags, 0, 'next')).toBe(1);
    expect(adjacentFlag(flags, 2, 'next')).toBe(0);
    expect(adjacentFlag(flags, 9, 'next')).toBe(-1);
    expect(adjacentFlag(flags, 5.2, 'previous')).toBe(1);
    expect(adjacentFlag(flags, 6, 'previous')).toBe(0);
    expect(adjacentFlag(flags, 2.1, 'previous')).toBe(-1);
  });

  it('moves back from the playhead past the flag being played, never replaying it', () => {
    const flags = [
      { startSec: 2, endSec: 3 },
      { startSec: 5, endSec: 7 },
      { startSec: 9, endSec: 10 },
    ];
    // Playing inside the second flag: J goes to the first, not back to the second's start.
    expect(adjacentFlag(flags, 6.5, 'previous')).toBe(0);
    // Past the second flag's end: J goes to the second.
    expect(adjacentFlag(flags, 8, 'previous')).toBe(1);
    // K from inside a flag goes to the next one.
    expect(adjacentFlag(flags, 6.5, 'next')).toBe(2);
  });
});
