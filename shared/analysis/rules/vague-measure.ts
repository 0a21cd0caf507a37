import type { Doc } from '../doc';
import { impactQuantities } from '../impact';
import { MEASURE_BREAKS } from '../lists/vague-context';
import type { Token } from '../tokens';
import type { StarPart } from '../types';

/** Per token: it belongs to an impact quantity. Computed once per parsed answer and part split. */
const cache = new WeakMap<Doc, { parts: readonly StarPart[]; marks: Uint8Array }>();

export function impactMarks(doc: Doc, unitParts: readonly StarPart[]): Uint8Array {
  const hit = cache.get(doc);
  if (hit && hit.parts === unitParts) return hit.marks;
  const marks = new Uint8Array(doc.tokens.length);
  for (const q of impactQuantities(doc, unitParts)) marks.fill(1, q.first, q.last);
  cache.set(doc, { parts: unitParts, marks });
  return marks;
}

/** True when token k opens another coordinated clause ("and the team ...", "but we had ..."):
 * "between 800 and 900" joins numbers, not clauses. */
function opensClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!MEASURE_BREAKS.has(t.norm)) return false;
  const numeric = (u: Token | undefined) => !!u && u.sent === t.sent && /^[$€£]?\d/.test(u.text);
  return !(numeric(doc.tokens[k - 1]) && numeric(doc.tokens[k + 1]));
}

/** True when the claim over tokens [first, last) is measured: an impact quantity stands in its own
 * clause of the sentence. A number in another coordinated clause measures that clause ("we sold
 * 42,000 tickets in eleven minutes and the whole thing felt smooth", "it was all fine, but 3,000
 * orders were stuck"); "it got much faster, from 800 ms to 120 ms" and "so it was faster" are
 * measured. */
export function claimMeasured(
  doc: Doc,
  unitParts: readonly StarPart[],
  first: number,
  last: number,
): boolean {
  return inClause(doc, impactMarks(doc, unitParts), first, last);
}

/** Per token: it belongs to any stated quantity. */
const numberCache = new WeakMap<Doc, Uint8Array>();

/** True when a number stands beside tokens [first, last) and gives the specifics of an action or
 * an amount: anywhere in a sentence of ordinary length ("we worked on it for eight months"), in
 * its own clause in a run-on that strings a whole story into one sentence. */
export function specificsNear(doc: Doc, first: number, last: number): boolean {
  const s = doc.sentences[doc.tokens[first].sent];
  if (s.last - s.first <= RUN_ON) return doc.sentenceHasMetric[doc.tokens[first].sent];
  let marks = numberCache.get(doc);
  if (!marks) {
    marks = new Uint8Array(doc.tokens.length);
    for (const q of doc.quantities) marks.fill(1, q.first, q.last);
    numberCache.set(doc, marks);
  }
  return inClause(doc, marks, first, last);
}

/** Words past which a sentence is a run-on (speech-to-text output with no stops). */
const RUN_ON = 60;

function inClause(doc: Doc, marks: Uint8Array, first: number, last: number): boolean {
  const { tokens } = doc;
  const sent = tokens[first].sent;
  for (let k = first; k < last; k++) if (marks[k]) return true;
  for (let k = first - 1; k >= 0 && tokens[k].sent === sent; k--) {
    if (stopAfter(tokens, k)) break;
    if (marks[k]) return true;
    if (opensClause(doc, k)) break;
  }
  for (let k = last; k < tokens.length && tokens[k].sent === sent; k++) {
    if (opensClause(doc, k)) break;
    if (marks[k]) return true;
    if (stopAfter(tokens, k)) break;
  }
  return false;
}

/** True when a full stop follows token t and a capital starts the next word: the tagger keeps
 * unit abbreviations ("240 ms. The on-call rotation ...") in one sentence, but the speaker's
 * claim after the stop is another clause. */
function stopAfter(tokens: readonly Token[], k: number): boolean {
  return /^\.\s/.test(tokens[k].post) && /^[A-Z]/.test(tokens[k + 1]?.text ?? '');
}
