/** What the answer has said of the speaker before each clause: how many clauses so far opened with
 * "I" and with "we". A team "we" is a flag when the listener has not yet heard what the speaker did;
 * after "I rewrote the consumer", "we rolled it out" is not (docs/feedback-taxonomy.md). */
import type { Clause } from './units';

const LEAD =
  /^(?:(?:and|but|so|then|because|after|when|which|um|uh|like|yeah|well|basically|actually)[\s,]+)*([\p{L}'’]+)/iu;

const bucket = (n: number) => (n >= 3 ? '3' : String(n));

/** Per clause, "ib:<n>" and "wb:<n>": clauses opened by "I" and by "we" before it (0 to 3+). */
export function speakerContextFeatures(text: string, clauses: readonly Clause[]): string[][] {
  let i = 0;
  let we = 0;
  return clauses.map((c) => {
    const out = [`ib:${bucket(i)}`, `wb:${bucket(we)}`, `iw:${bucket(i)}${bucket(we)}`];
    const first = LEAD.exec(text.slice(c.start, c.end))?.[1]?.toLowerCase() ?? '';
    if (/^i(?:['’](?:m|ve|d|ll))?$/.test(first)) i++;
    else if (/^we(?:['’](?:re|ve|d|ll))?$/.test(first)) we++;
    return out;
  });
}
