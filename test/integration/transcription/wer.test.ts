import { describe, expect, it } from 'vitest';
import { align, integerToWords, normaliseWords, wordErrorRate } from '../helpers/wer';

// The scoring used by the accuracy tests and benchmarks; it needs no engine.
describe('word error rate', () => {
  it('ignores case and punctuation', () => {
    expect(wordErrorRate('And so, my fellow Americans!', 'and so my fellow americans')).toBe(0);
  });

  it('treats spoken and written numbers alike', () => {
    expect(integerToWords(47)).toBe('forty seven');
    expect(integerToWords(12000)).toBe('twelve thousand');
    expect(integerToWords(2023)).toBe('two thousand twenty three');
    expect(normaliseWords('about $12,000 and 30% within 2.5 hours')).toEqual(
      'about twelve thousand dollars and thirty percent within two point five hours'.split(' '),
    );
    expect(wordErrorRate('forty-seven minutes', '47 minutes')).toBe(0);
  });

  it('counts substitutions, deletions and insertions against the reference length', () => {
    expect(wordErrorRate('a b c d', 'a x c d')).toBe(0.25);
    expect(wordErrorRate('a b c d', 'a c d')).toBe(0.25);
    expect(wordErrorRate('a b c d', 'a b c d e f')).toBe(0.5);
    expect(wordErrorRate('', '')).toBe(0);
    expect(wordErrorRate('', 'invented')).toBe(1);
  });

  it('aligns words so fillers can be matched one to one', () => {
    expect(align(['so', 'um', 'we'], ['so', 'we'])).toEqual([
      { op: 'match', ref: 'so', hyp: 'so' },
      { op: 'del', ref: 'um' },
      { op: 'match', ref: 'we', hyp: 'we' },
    ]);
  });
});
