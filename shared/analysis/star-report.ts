import { wordCount, type Doc } from './doc';
import { STAR_PARTS } from './schema';
import { timeOfSpan, type TimeIndex } from './time-map';
import type { StarAnalysis, StarPart } from './types';

/** Situation + Task above this share of the answer is a long setup (taxonomy: about 30%). */
export const LONG_SETUP_SHARE = 0.3;

type Segment = StarAnalysis['segments'][number];

/** Shares, starts and segments of each STAR-L part, from the part assigned to each unit. */
export function starReport(
  doc: Doc,
  unitParts: readonly StarPart[],
  index: TimeIndex | null,
): StarAnalysis {
  const words = new Map<StarPart, number>(STAR_PARTS.map((p) => [p, 0]));
  const secs = new Map<StarPart, number>(STAR_PARTS.map((p) => [p, 0]));
  const segments: Segment[] = [];
  let total = 0;
  let totalSec = 0;
  doc.units.forEach((u, k) => {
    const part = unitParts[k];
    const n = wordCount(doc.tokens, u.first, u.last);
    words.set(part, (words.get(part) ?? 0) + n);
    total += n;
    if (index) {
      // A unit's time runs to the next unit's start, so pauses count toward the part before them.
      const next = doc.units[k + 1];
      const a = timeOfSpan(index, u.start, u.end).startSec;
      const b = next
        ? timeOfSpan(index, next.start, next.end).startSec
        : timeOfSpan(index, u.start, u.end).endSec;
      const d = Math.max(0, b - a);
      secs.set(part, (secs.get(part) ?? 0) + d);
      totalSec += d;
    }
    const last = segments[segments.length - 1];
    if (last && last.part === part) last.end = u.end;
    else segments.push({ part, start: u.start, end: u.end });
  });
  // Written out: on V8 a spread followed by new keys takes a slow path (microseconds per object).
  const timedSegments = index
    ? segments.map((s): Segment => {
        const { startSec, endSec } = timeOfSpan(index, s.start, s.end);
        return { part: s.part, start: s.start, end: s.end, startSec, endSec };
      })
    : segments;
  const parts = STAR_PARTS.map((part) => {
    const seg = timedSegments.filter((s) => s.part === part);
    const n = words.get(part) ?? 0;
    const present = seg.length > 0;
    const first = seg[0];
    const lastSeg = seg[seg.length - 1];
    const wordShare = total ? round2(n / total) : 0;
    const timeShare = index ? (totalSec > 0 ? round2((secs.get(part) ?? 0) / totalSec) : 0) : null;
    const start = present ? first.start : null;
    const end = present ? lastSeg.end : null;
    // Two literals rather than a conditional spread in the middle of one (slow on V8); the keys
    // keep their order.
    return present && first.startSec !== undefined
      ? {
          part,
          present,
          start,
          end,
          startSec: first.startSec,
          endSec: lastSeg.endSec,
          wordCount: n,
          wordShare,
          timeShare,
        }
      : { part, present, start, end, wordCount: n, wordShare, timeShare };
  });
  const share = (p: StarPart) => parts.find((x) => x.part === p)?.wordShare ?? 0;
  const setupShare = round2(share('situation') + share('task'));
  const action = share('action');
  return {
    parts,
    present: parts.filter((p) => p.present).map((p) => p.part),
    segments: timedSegments,
    setupShare,
    longSetup: setupShare > LONG_SETUP_SHARE,
    noLearning: !parts.find((p) => p.part === 'learning')?.present,
    actionIsLargest: action > 0 && parts.every((p) => p.part === 'action' || p.wordShare <= action),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
