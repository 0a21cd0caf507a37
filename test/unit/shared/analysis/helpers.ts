import { analyzeAnswer, type FlagKind } from '../../../../shared/analysis';

/** The texts the engine flags with `kind` in `text`. */
export function flagged(text: string, kind: FlagKind): string[] {
  return analyzeAnswer({ text })
    .flags.filter((f) => f.kind === kind)
    .map((f) => f.text);
}

/** True when some flag of `kind` overlaps the first occurrence of `phrase` in `text`. */
export function flagsPhrase(text: string, kind: FlagKind, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the test text`);
  return analyzeAnswer({ text }).flags.some(
    (f) => f.kind === kind && f.start < at + phrase.length && at < f.end,
  );
}

/** The STAR-L part the engine gives the words at the first occurrence of `phrase` in `text`. */
export function partAt(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the test text`);
  const seg = analyzeAnswer({ text }).star.segments.find((s) => s.start <= at && at < s.end);
  return seg?.part;
}
