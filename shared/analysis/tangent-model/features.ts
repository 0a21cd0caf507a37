/** Features of each clause for the tangent model: the clause model's own (its words, its
 * neighbours' words, its first word, its place and its STAR-L part) and what says whether a clause
 * stays in the story whatever its words: how much of its topic the question or the rest of the
 * answer shares, whether it names a technical term, and whether it measures something. */
import type { Doc } from '../doc';
import type { StarPart } from '../types';
import { clauseFeatures, type Clause } from '../clause-model/units';
import { MEASURES } from '../signals/tangents';
import { stem, topicWords } from '../signals/topic-words';
import { findTechTerms } from '../tech';

/** Buckets of the share of a clause's topic stems said elsewhere (0 to 1 in fifths). */
const SHARE_BUCKETS = 5;

/** Per clause of the answer: the tangent model's features, and the share of its topic stems said
 * in the question or another clause (a tangent's reported overlap). */
export function tangentFeatures(
  doc: Doc,
  clauses: readonly Clause[],
  parts: readonly StarPart[],
  question = '',
  terms: ReturnType<typeof findTechTerms> = findTechTerms(doc.tokens),
): { features: string[][]; shares: number[] } {
  const { text, tokens } = doc;
  const stems = clauses.map((c) => new Set(topicWords(text.slice(c.start, c.end)).map(stem)));
  const asked = new Set(topicWords(question).map(stem));
  const counts = new Map<string, number>();
  for (const own of stems) for (const w of own) counts.set(w, (counts.get(w) ?? 0) + 1);
  const inClause = (c: Clause, offset: number) => offset >= c.start && offset < c.end;
  const measured = doc.quantities
    .filter((q) => MEASURES.has(q.kind))
    .map((q) => tokens[q.first].start);
  const termStarts = terms.map((h) => tokens[h.first].start);
  const shares = stems.map((own) => {
    const shared = [...own].filter((w) => asked.has(w) || (counts.get(w) ?? 0) > 1).length;
    return own.size ? shared / own.size : 1;
  });
  const features = clauseFeatures(text, clauses, parts).map((base, i) => {
    const own = [...stems[i]];
    const share = shares[i];
    const techCount = termStarts.filter((o) => inClause(clauses[i], o)).length;
    return [
      ...base,
      `share:${Math.min(SHARE_BUCKETS, Math.floor(share * SHARE_BUCKETS))}`,
      `topic:${Math.min(3, own.length)}`,
      `tech:${Math.min(2, techCount)}`,
      ...(measured.some((o) => inClause(clauses[i], o)) ? ['measure'] : []),
    ];
  });
  return { features, shares };
}
