import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../shared/analysis/tokens';

describe('tokens from compromise', () => {
  it('maps every term back to the original text, including expanded contractions', () => {
    const text = "I'd say we didn't ship it. It’s 120ms now 😀 and CI is green.";
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) {
      if (t.text) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    const norms = tokens.map((t) => t.norm);
    expect(norms.slice(0, 3)).toEqual(['i', 'would', 'say']);
    expect(norms).toContain('not');
    const hidden = tokens.find((t) => t.norm === 'would')!;
    expect(text.slice(hidden.start, hidden.end)).toBe("I'd");
    expect(sentences.length).toBe(2);
  });

  it('keeps "CI" a word, not the Roman numeral 101', () => {
    const { tokens } = tokenize('The CI build failed.');
    const ci = tokens.find((t) => t.text === 'CI')!;
    expect(ci.norm).toBe('ci');
  });
});
