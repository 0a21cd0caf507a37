/** What the default-model rule needs to know about an installed model. */
export type DefaultCandidate = {
  id: string;
  family: string;
  englishOnly: boolean;
  quantization: string;
  source: 'catalog' | 'custom';
};

// base first: the answers are 90 to 120 s of English and the feedback should arrive within
// seconds, which base.en does on an ordinary laptop; small is more accurate but several times
// slower; tiny is the fallback. Medium and large are slower still for this use.
const FAMILY_RANK: Record<string, number> = { base: 0, small: 1, tiny: 2, medium: 3, large: 4 };
// Within a family: full weights, then the quantization that loses least.
const QUANT_RANK: Record<string, number> = { f16: 0, f32: 0, q8_0: 1, q5_1: 2, q5_0: 3 };

function rank(model: DefaultCandidate): number[] {
  return [
    model.englishOnly ? 0 : 1,
    FAMILY_RANK[model.family] ?? 9,
    QUANT_RANK[model.quantization] ?? 9,
    model.source === 'catalog' ? 0 : 1,
  ];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The default model: the current choice while it is installed, else the best installed one by
 * the rule above (English-only first, base > small > tiny, f16 > q8_0 > q5_1, catalog before a
 * custom file), else null (the caller then recommends downloading base.en). */
export function pickDefaultModel(
  installed: readonly DefaultCandidate[],
  currentId: string | null,
): string | null {
  if (currentId && installed.some((model) => model.id === currentId)) return currentId;
  const sorted = [...installed].sort((a, b) => compareRanks(rank(a), rank(b)));
  return sorted[0]?.id ?? null;
}
