import type { Transcript } from '../../../shared/transcript';
import { align, normaliseWords } from './wer';

/** How close to a cut (s) a word must be to count as a boundary error. */
const NEAR_SEC = 1.5;

type Timed = { word: string; sec: number };

function timedWords(t: Transcript): Timed[] {
  return t.words.flatMap((w) => normaliseWords(w.text).map((word) => ({ word, sec: w.start })));
}

/** For each reference word, whether the transcript recognised it (match or substitution). */
function heard(ref: string[], hyp: Timed[]) {
  const steps = align(
    ref,
    hyp.map((h) => h.word),
  );
  const byRef: { heard: boolean; sec: number | null }[] = [];
  const inserted: { word: string; sec: number; afterRef: number }[] = [];
  let h = 0;
  let lastSec = 0;
  for (const step of steps) {
    if (step.op === 'ins') {
      inserted.push({ word: step.hyp, sec: hyp[h]!.sec, afterRef: byRef.length - 1 });
      lastSec = hyp[h++]!.sec;
    } else if (step.op === 'del') byRef.push({ heard: false, sec: lastSec });
    else {
      lastSec = hyp[h++]!.sec;
      byRef.push({ heard: true, sec: lastSec });
    }
  }
  return { byRef, inserted };
}

/**
 * Words the live transcript duplicates or drops next to a segment cut, counted against the
 * script: a script word the whole-file transcript heard but the live one lost within 1.5 s of a
 * cut is dropped; a word the live transcript inserted there that repeats its neighbour in the
 * script is duplicated. Recognition errors the whole file makes too are not the cut's doing.
 */
export function boundaryErrors(
  script: string,
  live: Transcript,
  whole: Transcript,
  cutsSec: number[],
): { duplicated: Timed[]; dropped: string[] } {
  const ref = normaliseWords(script);
  const l = heard(ref, timedWords(live));
  const w = heard(ref, timedWords(whole));
  const nearCut = (sec: number) => cutsSec.some((c) => Math.abs(sec - c) <= NEAR_SEC);
  const dropped = ref.filter(
    (_word, i) => !l.byRef[i]!.heard && w.byRef[i]!.heard && nearCut(l.byRef[i]!.sec ?? 0),
  );
  const duplicated = l.inserted
    .filter((x) => nearCut(x.sec))
    .filter((x) => x.word === ref[x.afterRef] || x.word === ref[x.afterRef + 1])
    .map((x) => ({ word: x.word, sec: x.sec }));
  return { duplicated, dropped };
}
