/** Clause splitting and featurisation shared by the clause model's scorer and its training dump. It
 * cuts clauses from the text alone, not from doc.ts's units, so that training and the app cut them
 * identically whatever the tokenizer and the STAR-L units become; only each clause's STAR-L part is
 * read from the engine. */

import type { Doc } from '../doc';
import type { StarPart } from '../types';

/** A clause of the answer: UTF-16 offsets [start, end) into the text. */
export type Clause = { start: number; end: number };

/** Whether two spans share at least one character. */
export const overlaps = (a: Clause, b: Clause): boolean => a.start < b.end && b.start < a.end;

/** Words that join two clauses; a cut is made before one only with 3 or more words on each side,
 * so that "pros and cons" or "so far" stay whole. */
const JOINT_WORDS = new Set([
  'and',
  'but',
  'so',
  'because',
  'since',
  'then',
  'which',
  'who',
  'when',
  'while',
  'after',
  'before',
  'although',
  'though',
  'until',
  'unless',
  'whereas',
  'or',
]);
const MIN_SIDE_WORDS = 3;

/** Length of the joint word (and the spaces after it) that opens a clause, or 0: an added flag
 * does not need to start with "and" or "because". */
export function jointWordLead(clauseText: string): number {
  const m = /^([\p{L}]+)\s+/u.exec(clauseText);
  return m && JOINT_WORDS.has(m[1].toLowerCase()) ? m[0].length : 0;
}

const WORD = /[\p{L}\p{N}_'’]+/gu;

/** Cuts text into clauses at sentence ends, commas, semicolons and joint words. */
export function splitClauses(text: string): Clause[] {
  const pieces: Clause[] = [];
  // Sentence ends and commas first: punctuation is the one boundary whisper and writers share.
  const cut = /[.!?;,:]+(?=\s|$)|\s[-–—]\s/g;
  let from = 0;
  for (const m of text.matchAll(cut)) {
    pieces.push({ start: from, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const out: Clause[] = [];
  for (const p of pieces) splitAtJoints(text, p, out);
  return out;
}

function splitAtJoints(text: string, piece: Clause, out: Clause[]): void {
  const words = [...text.slice(piece.start, piece.end).matchAll(WORD)].map((m) => ({
    at: piece.start + m.index,
    word: m[0].toLowerCase(),
  }));
  let first = 0;
  let start = piece.start;
  for (let i = MIN_SIDE_WORDS; i < words.length - MIN_SIDE_WORDS; i++) {
    if (!JOINT_WORDS.has(words[i].word) || i - first < MIN_SIDE_WORDS) continue;
    out.push(trim(text, { start, end: words[i].at }));
    start = words[i].at;
    first = i;
  }
  const last = trim(text, { start, end: piece.end });
  if (last.end > last.start) out.push(last);
}

function trim(text: string, c: Clause): Clause {
  let { start, end } = c;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A clause's tokens as the model sees them: lower case, digits folded to 0, words of 2+ chars. */
function clauseTokens(text: string): string[] {
  return [
    ...text
      .toLowerCase()
      .replace(/\p{N}/gu, '0')
      .matchAll(/[\p{L}\p{N}_]{2,}/gu),
  ].map((m) => m[0]);
}

/** Word 1- to 3-grams of a token list, joined by spaces. */
function ngrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let n = 1; n <= 3; n++)
    for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Position buckets over the answer: where a clause sits says much of what it does (the setup
 * opens, the result and lesson close). */
const POSITION_BUCKETS = 5;

/** The model's features of each clause: its own word 1- to 3-grams; the words of the clauses just
 * before ("p:") and after ("n:"), which carry who is acting and whether the speaker has just said
 * their own part; its first word ("I", "we", "they", "because"); its place in the answer; and the
 * STAR-L part it starts in, when given (a goal in the Task is not a vague outcome, a team "we" in
 * the Situation is not a claim). */
export function clauseFeatures(
  text: string,
  clauses: readonly Clause[],
  parts?: readonly StarPart[],
): string[][] {
  const tokens = clauses.map((c) => clauseTokens(text.slice(c.start, c.end)));
  return tokens.map((own, i) => {
    const first = FIRST_WORD.exec(text.slice(clauses[i].start, clauses[i].end))?.[0];
    const at = Math.floor((i / Math.max(1, clauses.length - 1)) * POSITION_BUCKETS);
    return [
      ...ngrams(own),
      ...(tokens[i - 1] ?? []).map((t) => `p:${t}`),
      ...(tokens[i + 1] ?? []).map((t) => `n:${t}`),
      ...(first ? [`first:${first.toLowerCase().replace(/\p{N}/gu, '0')}`] : []),
      `pos:${Math.min(POSITION_BUCKETS - 1, at)}`,
      ...(parts?.[i] ? [`part:${parts[i]}`] : []),
    ];
  });
}

const FIRST_WORD = /[\p{L}\p{N}_'’]+/u;

/** The STAR-L part each clause starts in, from the engine's part of each unit. */
export function clauseParts(
  doc: Doc,
  unitParts: readonly StarPart[],
  clauses: readonly Clause[],
): StarPart[] {
  let u = 0;
  return clauses.map((c) => {
    while (u < doc.units.length - 1 && doc.units[u].end <= c.start) u++;
    return unitParts[u] ?? unitParts.at(-1) ?? 'situation';
  });
}
