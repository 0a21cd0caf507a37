import { NEGATIONS_ALL as NEGATIONS, GAP } from '../lists/blame-context';
import type { Token } from '../tokens';
import type { Subject } from './blame-clause';

/** A party's clause, read once for every class of predicate (omission, harm, judgement, habit,
 * demand), so each class file reads the same verb and the same span. */
export type Pred = {
  readonly tokens: readonly Token[];
  readonly s: Subject;
  /** The clause's end token (exclusive). */
  readonly last: number;
  /** The predicate: from the subject's end to the clause's end. */
  readonly pred: readonly Token[];
  /** Its first five words, where copulas, modals and hindsight sit. */
  readonly head: readonly Token[];
  /** Index in `tokens` of the main verb (`last` when there is none). */
  readonly v: number;
  /** The main verb's norm, or ''. */
  readonly verb: string;
};

/** Reads a clause's predicate once: its span, head and main verb. */
export function readPred(tokens: readonly Token[], s: Subject, last: number): Pred {
  const pred = tokens.slice(s.last, last);
  const v = mainVerb(tokens, s.last, last);
  return { tokens, s, last, pred, head: pred.slice(0, 5), v, verb: v < last ? tokens[v].norm : '' };
}

/** True when any of `ts` is a negation. */
export const negated = (ts: readonly Token[]) => ts.some((t) => NEGATIONS.has(t.norm));

/** True when the words of `phrase` follow each other somewhere in `ts`. */
export const hasPhrase = (ts: readonly Token[], phrase: string) => {
  const words = phrase.split(' ');
  return ts.some((_, k) => words.every((w, j) => ts[k + j]?.norm === w));
};

/** First content word of the predicate, past auxiliaries, negations and adverbs. */
export function mainVerb(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  if (named(tokens, k) && /,/.test(tokens[k].post)) k++;
  else if (named(tokens, k) && /,/.test(tokens[k + 1]?.post ?? '')) k += 2;
  while (
    k < to &&
    (GAP.has(tokens[k].norm) ||
      NEGATIONS.has(tokens[k].norm) ||
      tokens[k].text === '' ||
      // "just flat out refused", "completely neglected": manner before the verb.
      (tokens[k].tags.has('Adverb') && !tokens[k].tags.has('Verb')) ||
      (tokens[k].norm === 'flat' && tokens[k + 1]?.norm === 'out') ||
      // "kind of just left it broken": a hedge before the verb.
      (['kind', 'sort'].includes(tokens[k].norm) && tokens[k + 1]?.norm === 'of') ||
      (tokens[k].norm === 'of' && ['kind', 'sort'].includes(tokens[k - 1]?.norm ?? '')) ||
      (tokens[k].norm === 'fat' && tokens[k + 1]?.norm === 'fingered') ||
      (tokens[k].norm === 'out' && tokens[k - 1]?.norm === 'flat'))
  )
    k++;
  return k;
}

/** "Our CDN vendor, Edgewise, had a bad night": a name in apposition (after a comma) is not the
 * verb. */
function named(tokens: readonly Token[], j: number): boolean {
  return /^[A-Z]/.test(tokens[j]?.text ?? '') && /,/.test(tokens[j - 1]?.post ?? '');
}

/** The speaker's own part told right after, in the same sentence: "..., so I built a mock" (a step
 * taken in answer, not "so I was figuring it out alone", a state the party left them in), or
 * "because I gave them the brief late" (the cause is the speaker's). */
export function stepAfter(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from]?.sent;
  for (let k = from; k < tokens.length - 2 && tokens[k].sent === sent; k++) {
    const w = tokens[k].norm;
    if (w !== 'so' && w !== 'because') continue;
    let j = k + 1;
    while (j < k + 3 && tokens[j]?.tags.has('Adverb')) j++;
    if (!['i', 'we'].includes(tokens[j]?.norm ?? '') || tokens[j].sent !== sent) continue;
    if (w === 'because') return true;
    const verb = tokens[j + 1];
    if (verb && verb.tags.has('PastTense') && !verb.tags.has('Copula')) return true;
  }
  return false;
}
