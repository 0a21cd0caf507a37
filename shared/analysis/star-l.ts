import type { Doc } from './doc';
import { ACTION_CUES, LEARNING_CUES, OUTCOME_VERBS, RESULT_CUES, SITUATION_CUES, TASK_CUES } from './lists/star-cues';
import { VAGUE_OUTCOME_PHRASES } from './lists/vague';
import { phraseAt, phraseSet, type PhraseSet } from './phrase-match';
import type { StarPart } from './types';

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result', 'learning'];
const S = 0;
const T = 1;
const A = 2;
const R = 3;
const L = 4;

const CUES: [PhraseSet, number, number][] = [
  [phraseSet(SITUATION_CUES), S, 2],
  [phraseSet(TASK_CUES), T, 3],
  [phraseSet(ACTION_CUES), A, 1],
  [phraseSet(RESULT_CUES), R, 2.5],
  [phraseSet(VAGUE_OUTCOME_PHRASES), R, 2],
  [phraseSet(LEARNING_CUES), L, 3.5],
];
/** Cost of moving on to a later part: a part is entered only on evidence. */
const STEP_COST = 1;

/** Evidence per unit and part, from cue phrases, action statements, quantities and position. */
export function evidence(doc: Doc): Float64Array[] {
  const { tokens, units, unitOf } = doc;
  const ev = units.map(() => new Float64Array(5));
  for (let i = 0; i < tokens.length; i++) {
    const u = unitOf[i];
    for (const [set, part, weight] of CUES) {
      const hit = phraseAt(tokens, i, set);
      if (hit && unitOf[hit.last - 1] === u) ev[u][part] += weight;
    }
  }
  for (const s of doc.statements) {
    const e = ev[unitOf[s.subject]];
    if (s.relative) continue;
    if (s.sense === 'action' || s.sense === 'interaction') {
      if (s.actor === 'i') e[A] += s.past ? 2.5 : 1.5;
      else if (s.actor === 'we') e[A] += s.past ? 1.5 : 0.5;
    } else if (s.sense === 'stative' || s.sense === 'progressive') {
      if (s.actor === 'we' || s.actor === 'other') e[S] += 0.5;
    }
  }
  for (const q of doc.quantities) {
    const u = unitOf[q.first];
    const { first, last } = units[u];
    let outcome = false;
    for (let k = first; k < last && !outcome; k++) outcome = OUTCOME_VERBS.has(tokens[k].norm);
    ev[u][R] += outcome ? 2.5 : 0.3;
  }
  if (ev.length) ev[0][S] += 1.5;
  if (ev.length > 1) ev[1][S] += 0.5;
  return ev;
}

/** Assigns each unit a STAR-L part: the best-scoring sequence that never goes back to an earlier
 * part (Viterbi over five ordered states). Answers that loop back are read at their main order. */
export function assignParts(doc: Doc): StarPart[] {
  const ev = evidence(doc);
  const n = ev.length;
  if (!n) return [];
  const score = new Float64Array(5);
  const back: Uint8Array[] = [];
  for (let p = 0; p < 5; p++) score[p] = ev[0][p] - (p === S ? 0 : STEP_COST * 0.5);
  for (let u = 1; u < n; u++) {
    const from = new Uint8Array(5);
    const next = new Float64Array(5);
    for (let p = 0; p < 5; p++) {
      let best = -Infinity;
      for (let q = 0; q <= p; q++) {
        const s = score[q] - (q === p ? 0 : STEP_COST);
        if (s > best) {
          best = s;
          from[p] = q;
        }
      }
      next[p] = best + ev[u][p];
    }
    score.set(next);
    back.push(from);
  }
  let p = 0;
  for (let q = 1; q < 5; q++) if (score[q] > score[p]) p = q;
  const out: StarPart[] = new Array(n);
  for (let u = n - 1; u >= 0; u--) {
    out[u] = PARTS[p];
    if (u > 0) p = back[u - 1][p];
  }
  return out;
}
