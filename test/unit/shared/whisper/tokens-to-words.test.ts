import { describe, expect, it } from 'vitest';
import {
  dropAnnotations,
  isSpecialToken,
  tokensToWords,
  type RawWord,
} from '../../../../shared/whisper/tokens-to-words';
import type { WhisperSegment } from '../../../../shared/whisper/whisper-json';
import { segment } from './make-segment';

describe('isSpecialToken', () => {
  it('recognises whisper.cpp control tokens', () => {
    for (const t of [
      '[_BEG_]',
      '[_TT_150]',
      '[_SOT_]',
      '[_EOT_]',
      '[_NOSP_]',
      '[_LANG_en]',
      '<|endoftext|>',
    ]) {
      expect(isSpecialToken(t), t).toBe(true);
    }
    for (const t of [' And', '[', ' [BLANK', '_', ',']) expect(isSpecialToken(t), t).toBe(false);
  });
});

describe('tokensToWords', () => {
  it('merges sub-word tokens and trailing punctuation, drops special tokens', () => {
    const words = tokensToWords(
      segment([
        ['[_BEG_]', 0, 0, 0.9],
        [' And', 300, 500, 0.8],
        [' Americ', 600, 800, 0.5],
        ['ans', 800, 1100, 0.7],
        [',', 1100, 1100, 0.99],
        [' don', 1200, 1400, 0.9],
        ["'t", 1400, 1500, 0.7],
        ['[_TT_160]', 1600, 1600, 0.1],
      ]),
    );
    expect(words.map((w) => w.raw)).toEqual(['And', 'Americans,', "don't"]);
    expect(words[1]).toMatchObject({ start: 0.6, end: 1.1 });
    // The comma is ignored for the probability: only tokens with letters count.
    expect(words[1]!.p).toBeCloseTo(0.6);
    expect(words[2]!.p).toBeCloseTo(0.8);
  });

  it('starts a word at the first token even without a leading space', () => {
    expect(
      tokensToWords(
        segment([
          ['Hello', 0, 100, 1],
          [' there', 100, 200, 1],
        ]),
      ).map((w) => w.raw),
    ).toEqual(['Hello', 'there']);
  });

  it('times a word by its spoken tokens, not the punctuation around it', () => {
    const words = tokensToWords(
      segment(
        [
          [' "', 1000, 1000, 0.99],
          ['Hello', 1200, 1500, 0.6],
          [',"', 1500, 2400, 0.99],
        ].map((t) => t as [string, number, number, number]),
      ),
    );
    expect(words).toEqual([{ raw: '"Hello,"', start: 1.2, end: 1.5, p: 0.6 }]);
  });

  it('falls back to segment times for tokens without offsets', () => {
    const seg: WhisperSegment = {
      offsets: { from: 1000, to: 2000 },
      text: ' hi',
      tokens: [{ text: ' hi', id: 1, p: 0.5 }],
    };
    expect(tokensToWords(seg)).toEqual([{ raw: 'hi', start: 1, end: 2, p: 0.5 }]);
  });

  it('returns no words for a segment without tokens', () => {
    expect(tokensToWords({ offsets: { from: 0, to: 1 }, text: ' hi' })).toEqual([]);
  });
});

describe('dropAnnotations', () => {
  const w = (raw: string): RawWord => ({ raw, start: 0, end: 0, p: 1 });
  it('drops bracketed, parenthesised, starred and musical annotations, even over several words', () => {
    const words = [
      '[BLANK_AUDIO]',
      'So',
      '(upbeat',
      'music)',
      'we',
      '*sighs*',
      'fixed',
      '♪',
      'it.',
      '[Music]',
    ].map(w);
    expect(dropAnnotations(words).map((x) => x.raw)).toEqual(['So', 'we', 'fixed', 'it.']);
  });
  it('keeps ordinary words', () => {
    const words = ['We', 'cut', 'latency', 'by', '40%.'].map(w);
    expect(dropAnnotations(words)).toEqual(words);
  });
});
