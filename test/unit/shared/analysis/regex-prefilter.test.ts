import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickTest, requiredItems } from '../../../../shared/analysis/regex-prefilter';

const LISTS = join(__dirname, '../../../../shared/analysis/lists');
const ANSWERS = join(__dirname, '../../../fixtures/corpus/answers');

/** Every regular expression the lexicon holds: exported directly or as a list's `pattern`. */
async function listPatterns(): Promise<RegExp[]> {
  const out: RegExp[] = [];
  const walk = (v: unknown, depth: number) => {
    if (v instanceof RegExp) out.push(v);
    else if (Array.isArray(v) && depth < 2) for (const x of v) walk(x, depth + 1);
    else if (v && typeof v === 'object' && depth > 0 && depth < 3)
      for (const x of Object.values(v)) walk(x, depth + 1);
  };
  for (const f of readdirSync(LISTS).filter((x) => x.endsWith('.ts'))) {
    const mod = (await import(join(LISTS, f))) as Record<string, unknown>;
    for (const v of Object.values(mod)) walk(v, 0);
  }
  return out.filter((re) => !re.global && !re.sticky);
}

/** The needs read from a pattern, written "w:word" (a whole word) or "s:text" (a substring). */
const needOf = (re: RegExp) =>
  requiredItems(re)?.map((i) => ('word' in i ? `w:${i.word}` : `s:${i.sub}`)) ?? null;

describe('regex pre-test (quickTest)', () => {
  it('reads a whole word or a literal every match needs, per alternative', () => {
    // "trade" may run on into "tradeoff": a substring, not a word.
    expect(needOf(/\btrade[- ]?offs?\b/)).toEqual(['s:trade']);
    expect(needOf(/\bwe (picked|chose)\b[^.?!]*\bbecause\b/)).toEqual(['w:because']);
    expect(needOf(/\b\w+ed, not \w+ed\b|\bfor ([\w-]+ ){0,2}x, not y/)).toEqual(['w:not', 'w:for']);
    // A group matched once lends its own alternatives; a lookaround or an optional group does not.
    expect(needOf(/\b(at the expense of|in exchange for)\b/)).toEqual(['w:expense', 'w:exchange']);
    expect(needOf(/(?<!not )\bgood enough\b/)).toEqual(['w:enough']);
    expect(needOf(/\b(a|the)? costs?/)).toEqual(['s: cost']);
    // A quantified character may be absent: the run stops before it.
    expect(needOf(/slowe?r than/)).toEqual(['s:r than']);
  });

  it('runs the expression when it cannot read a need', () => {
    expect(needOf(/\b\w+in\b/)).toBeNull();
    expect(needOf(/\bdeploy\b|\bx\b/)).toBeNull();
    expect(needOf(/\bdeploy\b/i)).toBeNull();
    expect(needOf(/deploy/g)).toBeNull();
    expect(needOf(/\bdeploy(ed)?|/)).toBeNull();
  });

  it('reads escapes and classes as no literal', () => {
    expect(needOf(/\x41bc\u0041de[xyz]fgh/)).toEqual(['s:fgh']);
    expect(needOf(/\p{L}abc/u)).toEqual(['s:abc']);
    expect(needOf(/(a)\1bcd/)).toEqual(['s:bcd']);
    expect(needOf(/a{2}bcd|[|]xyz/)).toEqual(['s:bcd', 's:xyz']);
  });

  it('skips a text that lacks the word, and runs the expression on one that has it', () => {
    const re = /\b(i|we) (chose|picked)\b[^.?!]*\bbecause\b/;
    expect(quickTest(re, 'we chose postgres because of the team')).toBe(true);
    expect(quickTest(re, 'we chose postgres, becauseof the team')).toBe(false);
    expect(quickTest(re, 'we chose postgres for the team')).toBe(false);
    expect(quickTest(re, 'because we chose it')).toBe(false);
    // A pattern's own ends are no word's edges: "r than" is in "slower thanks".
    expect(quickTest(/slowe?r than/, 'it was slower thanks to the cache')).toBe(true);
    expect(quickTest(/\bcould\b/, 'we could not')).toBe(true);
    expect(quickTest(/\bcould\b/, 'we couldnt')).toBe(false);
  });

  it('answers as the expression does, for every pattern of the lexicon on every corpus sentence', async () => {
    const patterns = await listPatterns();
    expect(patterns.length).toBeGreaterThan(20);
    const sentences: string[] = [];
    for (const f of readdirSync(ANSWERS).filter((x) => x.endsWith('.json'))) {
      const { text } = JSON.parse(readFileSync(join(ANSWERS, f), 'utf8')) as { text: string };
      for (const s of text.split(/(?<=[.!?])\s+/)) sentences.push(s, s.toLowerCase());
    }
    let skipped = 0;
    for (const re of patterns)
      for (const s of sentences) {
        const want = re.test(s);
        if (quickTest(re, s) !== want) expect({ re: re.source, s }).toBe(want);
        if (!want) skipped++;
      }
    expect(skipped).toBeGreaterThan(0);
  }, 60_000);
});
