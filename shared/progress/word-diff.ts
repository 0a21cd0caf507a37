import { diffArrays } from 'diff';

/** One step of an edit script: keep a token, drop one from the old sequence, or add one from the new. */
export type EditOp = 'same' | 'removed' | 'added';

/** The shortest edit script turning `a` into `b` (jsdiff's Myers diff), one op per token. */
export function editOps(a: readonly string[], b: readonly string[]): EditOp[] {
  const ops: EditOp[] = [];
  for (const change of diffArrays([...a], [...b])) {
    const op: EditOp = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (let k = 0; k < change.count; k++) ops.push(op);
  }
  return ops;
}

/** A word of a transcript and where it is in the text. */
export type WordToken = { text: string; start: number; end: number; key: string };

/** A run of words the two takes share, or that only the first (removed) or second (added) has.
 * `a` and `b` are UTF-16 ranges of the run in each take's text, for highlighting in place. */
type DiffPart = {
  kind: EditOp;
  text: string;
  a: { start: number; end: number } | null;
  b: { start: number; end: number } | null;
};

/** Both takes as one word diff, with word counts. */
export type WordDiff = {
  parts: DiffPart[];
  stats: { same: number; removed: number; added: number };
  /** Words shared over the longer take's words (1 for identical takes, 0 for no word in common). */
  similarity: number;
};

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** Splits a transcript into words; the key ignores case and punctuation at the edges, so "Redis,"
 * and "redis" match, and a sentence break moved by the transcriber is not a change. */
export function tokenizeWords(text: string): WordToken[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    const word = m[0];
    const key = word.toLowerCase().replace(EDGE_PUNCTUATION, '');
    return { text: word, start: m.index, end: m.index + word.length, key: key || word };
  });
}

/** Word diff of two transcripts: the first take (`a`) against the second (`b`). */
export function diffWords(a: string, b: string): WordDiff {
  const left = tokenizeWords(a);
  const right = tokenizeWords(b);
  const ops = groupChanges(
    editOps(
      left.map((t) => t.key),
      right.map((t) => t.key),
    ),
  );
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const fromA = op !== 'added' ? left[i++]! : null;
    const fromB = op !== 'removed' ? right[j++]! : null;
    const last = parts[parts.length - 1];
    if (last && last.kind === op) {
      if (fromA && last.a) last.a.end = fromA.end;
      if (fromB && last.b) last.b.end = fromB.end;
    } else {
      parts.push({
        kind: op,
        text: '',
        a: fromA ? { start: fromA.start, end: fromA.end } : null,
        b: fromB ? { start: fromB.start, end: fromB.end } : null,
      });
    }
  }
  for (const part of parts) {
    // Shared words are shown as said in the second take, the one being improved.
    part.text = part.b ? b.slice(part.b.start, part.b.end) : a.slice(part.a!.start, part.a!.end);
  }
  const count = (kind: EditOp) => ops.filter((o) => o === kind).length;
  const same = count('same');
  const longer = Math.max(left.length, right.length);
  return {
    parts,
    stats: { same, removed: count('removed'), added: count('added') },
    similarity: longer === 0 ? 1 : same / longer,
  };
}

/** Within each stretch of changes, removed words first, then added ones: "old phrase" then "new
 * phrase" reads better than the two interleaved word by word. */
function groupChanges(ops: readonly EditOp[]): EditOp[] {
  const out: EditOp[] = [];
  let removed = 0;
  let added = 0;
  const flush = () => {
    out.push(...Array<EditOp>(removed).fill('removed'), ...Array<EditOp>(added).fill('added'));
    removed = added = 0;
  };
  for (const op of ops) {
    if (op === 'same') {
      flush();
      out.push(op);
    } else if (op === 'removed') removed++;
    else added++;
  }
  flush();
  return out;
}
