import type { Doc } from '../doc';
import type { ContentSignals } from '../schema-content';
import { findTechTerms } from '../tech';
import { balanceSignal, type BalanceInput } from './balance';
import { collaborationSignal } from './collaboration';
import { repetitionSignal } from './repetition';
import { tangentSignal } from './tangents';
import { refineTangents } from '../tangent-model/refine';
import type { StarPart } from '../types';
import { DESIGN_CUE, tradeoffSignal } from './tradeoff';

/** What the answer is measured against for tangents: the question and the story's bullets. */
export type ContentContext = { question?: string; bullets?: readonly string[] };

/** Repetition, tradeoffs, collaboration (and hero), engineering/behaviour balance and tangents. */
export function contentSignals(
  doc: Doc,
  counts: BalanceInput,
  context: ContentContext | undefined,
  blame: readonly { start: number; end: number }[],
  unitParts: readonly StarPart[],
): ContentSignals {
  // Found once, read by tangents (a sentence with a term is engineering) and balance.
  const terms = findTechTerms(doc.tokens);
  // The rules' tangents with the tangent model's second opinion.
  const tangents = {
    tangents: refineTangents(doc, unitParts, tangentSignal(doc, context ?? {}, terms).tangents, {
      question: context?.question,
      terms,
    }),
  };
  const tradeoff = tradeoffSignal(doc);
  // A sentence that states a choice is the speaker deciding, whatever its grammar.
  const decisions = new Set<number>();
  for (const e of tradeoff.evidence)
    // (A design told with the thing as subject states a choice but is no step of the speaker's.)
    if (e.cue !== DESIGN_CUE)
      for (let i = 0; i < doc.sentences.length; i++)
        if (doc.sentences[i].start < e.end && e.start < doc.sentences[i].end) decisions.add(i);
  return {
    repetition: repetitionSignal(doc, counts.words),
    tradeoff,
    // A colleague's career told as an aside is a tangent, not a partner credited.
    collaboration: collaborationSignal(doc, tangents.tangents, blame),
    balance: balanceSignal(doc, { ...counts, terms }, decisions),
    tangents,
  };
}
