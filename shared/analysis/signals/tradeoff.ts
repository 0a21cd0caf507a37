import type { Doc } from '../doc';
import { TRADEOFF_CUES } from '../lists/content-cues';
import type { ContentSignals } from '../schema-content';

/** Where the answer states a choice with its alternative, reason or cost (cue patterns per
 * sentence, lists/content-cues.ts); none is the "no tradeoff" signal. */
export function tradeoffSignal(doc: Doc): ContentSignals['tradeoff'] {
  const evidence: ContentSignals['tradeoff']['evidence'] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const lower = text.toLowerCase();
    const hit = TRADEOFF_CUES.find((c) => c.pattern.test(lower));
    if (hit) evidence.push({ start: s.start, end: s.end, text, cue: hit.cue });
  }
  return { statesTradeoff: evidence.length > 0, evidence };
}
