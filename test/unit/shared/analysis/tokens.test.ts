import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { textPieces, tokenize } from '../../../../shared/analysis/tokens';

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

describe('long and degenerate input (issue 13, item 9)', () => {
  it('cuts text into pieces compromise handles: covering the text, none longer than the cap', () => {
    const text = ('The queue backed up again! We fixed it... ' + 'a. '.repeat(50)).repeat(60);
    const pieces = textPieces(text, 500);
    expect(pieces[0].start).toBe(0);
    expect(pieces[pieces.length - 1].end).toBe(text.length);
    for (let i = 0; i < pieces.length; i++) {
      expect(pieces[i].end - pieces[i].start).toBeLessThanOrEqual(500);
      if (i) expect(pieces[i].start).toBe(pieces[i - 1].end);
    }
    // Cut at a sentence end when the window has one: after "again!" or "it...", never after "a.".
    for (const p of pieces.slice(0, -1))
      expect(text.slice(p.start, p.end)).toMatch(/(again!|it\.\.\.|a\.) $/);
    expect(textPieces('short answer.', 500)).toEqual([{ start: 0, end: 13 }]);
  });

  it('analyses runs of ".", "!" and "?" in time linear in their length (was quadratic: 4x the text took 16x)', () => {
    for (const stop of ['.', '!', '?']) {
      const time = (n: number) => {
        // A run with no space after it (mid-word or at the end) is what made the splitter backtrack.
        const text = `we shipped it, then we fixed it${stop.repeat(n)}`;
        const t0 = performance.now();
        const a = analyzeAnswer({ text });
        const ms = performance.now() - t0;
        expect(a.wordCount).toBe(7);
        return ms;
      };
      time(2_000); // warm-up
      const small = Math.min(time(12_500), time(12_500));
      const large = Math.min(time(50_000), time(50_000));
      // Linear growth gives about 4; the quadratic splitter gave 16 and more.
      expect(large / Math.max(small, 5), stop).toBeLessThan(9);
    }
  }, 60_000);
});
