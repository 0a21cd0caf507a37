/** How the impact model sees one stated quantity: structure around it, not the sentence. Shared by
 * the app's scorer and the training dump (test/fixtures/corpus/impact-model/dump-quantities.ts), so
 * that both describe a quantity identically. */
import type { Doc } from '../doc';
import { measureKey } from '../quantity-value';
import type { StarPart } from '../types';

/** Words read on each side of the quantity, within its sentence. */
const WINDOW = 6;
/** Of those, the nearest ones also keep their position ("b1:from", "a2:to"). */
const PLACED = 3;

const fold = (w: string) => w.toLowerCase().replace(/\p{N}/gu, '0');
const unitOf = (key: string) => key.slice(key.indexOf(' ') + 1);

/** The impact model's features of each of `doc.quantities`:
 * - `k:` its kind, `u:` its last word (the unit, digits folded to 0), `q:` each of its words;
 * - `p:` its STAR-L part as the impact reading takes it (impactParts), and `kp:` kind and part;
 * - the words before (`b:`) and after (`a:`) it in its sentence, the nearest with their place
 *   (`b1:` right before), and the two words right before as one (`bb:`);
 * - `same:` another quantity of the same unit in the answer (a before/after said twice), `near:`
 *   another quantity within four words in its sentence (the other end of "from A to B"), `echo:`
 *   the same value and unit elsewhere as one end of such a pair (a before said in the setup).
 * Digits are folded to 0 everywhere. The rules' verdict is not a feature: the rules fit the
 * development answers almost perfectly, so a model trained there learns to copy them (out of
 * sample that gained nothing); the verdict enters where the model is used (refine.ts). */
export function quantityFeatures(doc: Doc, parts: readonly StarPart[]): string[][] {
  const { tokens, quantities } = doc;
  const keys = quantities.map((q) => measureKey(tokens, q));
  const units = keys.map(unitOf);
  // Per quantity, whether another sits within four words of it in its sentence: the other end of
  // "from A to B".
  const paired = quantities.map((q, j) =>
    quantities.some(
      (o, k) =>
        k !== j &&
        tokens[o.first].sent === tokens[q.first].sent &&
        o.first - q.last <= 4 &&
        q.first - o.last <= 4,
    ),
  );
  return quantities.map((q, i) => {
    const f: string[] = [];
    const unit = fold(tokens[q.last - 1].norm);
    const part = parts[doc.unitOf[q.first]] ?? 'none';
    f.push(
      `k:${q.kind}`,
      `u:${unit}`,
      ...tokens.slice(q.first, q.last).map((t) => `q:${fold(t.norm)}`),
    );
    f.push(`p:${part}`, `kp:${q.kind}:${part}`);
    const sent = tokens[q.first].sent;
    const before = side(tokens, q.first - 1, -1, sent);
    const after = side(tokens, q.last, 1, sent);
    before.forEach((w, k) => {
      f.push(`b:${w}`);
      if (k < PLACED) f.push(`b${k + 1}:${w}`);
    });
    after.forEach((w, k) => {
      f.push(`a:${w}`);
      if (k < PLACED) f.push(`a${k + 1}:${w}`);
    });
    if (before.length >= 2) f.push(`bb:${before[1]} ${before[0]}`);
    if (!before.length) f.push('b1:^');
    if (!after.length) f.push('a1:$');
    const others = (keep: (o: (typeof quantities)[number], j: number) => boolean) =>
      quantities.some((o, j) => j !== i && keep(o, j));
    if (others((o, j) => units[j] === units[i] && o.kind === q.kind)) f.push(`same:${q.kind}`);
    if (paired[i]) f.push(`near:${q.kind}`);
    // The same value and unit said again as one end of a pair elsewhere: the setup's "close took
    // three working days" is the before of the result's "from three working days to four hours".
    if (q.kind !== 'number' && others((_, j) => keys[j] === keys[i] && paired[j]))
      f.push(`echo:${q.kind}`);
    return f;
  });
}

/** Up to WINDOW folded words from token `from` in direction `step`, within sentence `sent`. */
function side(tokens: Doc['tokens'], from: number, step: 1 | -1, sent: number): string[] {
  const out: string[] = [];
  for (let k = from; k >= 0 && k < tokens.length && out.length < WINDOW; k += step) {
    if (tokens[k].sent !== sent) break;
    if (tokens[k].norm) out.push(fold(tokens[k].norm));
  }
  return out;
}
