import { findStatements, isRelativeClause, type Statement } from './actions';
import { CLAUSE_BREAKS } from './lists/grammar';
import { LEARNING_CUES, TASK_CUES } from './lists/star-cues';
import { phraseAt, phraseSet } from './phrase-match';
import { findQuantities, type QuantityHit } from './quantities';
import { tokenize, type Sentence, type Token } from './tokens';
import { CLAUSE_SUBJECTS, NO_SPLIT_AFTER, OPENER_STARTS } from './lists/statement-words';

/** A clause-sized piece of the answer, the unit STAR-L parts are assigned to: tokens [first, last). */
type Unit = { first: number; last: number; start: number; end: number };

/** Everything the rules read: tokens, sentences, clauses, quantities and subject-verb statements. */
export type Doc = {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quantities: QuantityHit[];
  /** Per sentence: a quantity is stated in it. */
  sentenceHasMetric: boolean[];
  statements: Statement[];
  /** Statement whose subject is this token. */
  statementAt: Map<number, Statement>;
  units: Unit[];
  /** Per token: index of its unit. */
  unitOf: Int32Array;
  /** Per unit: a quantity is stated in it. */
  unitHasMetric: boolean[];
};

/** A task or lesson often starts mid-sentence ("last year my director asked me to ..."): split there. */
const PART_OPENERS = phraseSet([...TASK_CUES, ...LEARNING_CUES]);

/** Parses the answer once; rules and signals share the result. */
export function buildDoc(text: string): Doc {
  const { tokens, sentences } = tokenize(text);
  const quantities = findQuantities(tokens);
  const sentenceHasMetric = sentences.map(() => false);
  for (const q of quantities) sentenceHasMetric[tokens[q.first].sent] = true;
  const statements = findStatements(tokens);
  const statementAt = new Map(statements.map((s) => [s.subject, s]));
  const { units, unitOf } = splitUnits(tokens, sentences);
  const unitHasMetric = units.map(() => false);
  for (const q of quantities) unitHasMetric[unitOf[q.first]] = true;
  return {
    text,
    tokens,
    sentences,
    quantities,
    sentenceHasMetric,
    statements,
    statementAt,
    units,
    unitOf,
    unitHasMetric,
  };
}

/** Splits sentences into clauses at "and/so/but/then + subject" and at ", I/we" so that a run-on
 * sentence ("we had X and my job was Y so I did Z") can carry several STAR-L parts. */
function splitUnits(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): { units: Unit[]; unitOf: Int32Array } {
  const units: Unit[] = [];
  const unitOf = new Int32Array(tokens.length);
  const push = (first: number, last: number) => {
    if (last <= first) return;
    units.push({
      first,
      last,
      start: tokens[first].start,
      end: tokens[last - 1].end,
    });
    unitOf.fill(units.length - 1, first, last);
  };
  for (const s of sentences) {
    let first = s.first;
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i];
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const breakWord =
        CLAUSE_BREAKS.has(t.norm) &&
        next !== undefined &&
        next.sent === t.sent &&
        CLAUSE_SUBJECTS.has(next.norm);
      const commaSubject = (t.norm === 'i' || t.norm === 'we') && prev.post.includes(',');
      const opener =
        i - first >= 2 &&
        s.last - i >= 3 &&
        OPENER_STARTS.has(t.norm) &&
        !NO_SPLIT_AFTER.has(prev.norm) &&
        !(t.norm === 'i' && isRelativeClause(tokens, i)) && // "the thing I'd do"
        phraseAt(tokens, i, PART_OPENERS) !== null;
      if (opener || ((breakWord || commaSubject) && i - first >= 4 && s.last - i >= 4)) {
        push(first, i);
        first = i;
      }
    }
    push(first, s.last);
  }
  return { units, unitOf };
}

/** Number of spoken words (hidden contraction halves are not words). */
export function wordCount(tokens: readonly Token[], first = 0, last = tokens.length): number {
  let n = 0;
  for (let i = first; i < last; i++) if (isWord(tokens[i].text)) n++;
  return n;
}

/** A letter or digit anywhere in the text; an ASCII letter or digit first settles it without the
 * Unicode regex. */
function isWord(text: string): boolean {
  if (text === '') return false;
  const c = text.charCodeAt(0);
  const lower = c | 0x20;
  if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) return true;
  return /[\p{L}\p{N}]/u.test(text);
}
