import { FLAG_KINDS, STAR_PARTS } from '../analysis/schema';
import type { FlagKind } from '../analysis/types';
import { flagCount, type AnalysisView } from './analysis-view';
import { durationDelta } from './duration-delta';

/** Which way a signal moved; 'neutral' when neither way is better (pace). */
export type DeltaDirection = 'better' | 'worse' | 'same' | 'neutral';

/** How one signal changed from the first take to the second. */
export type SignalDelta = {
  key: FlagKind | 'duration' | 'quantities' | 'star' | 'ownership' | 'specificity' | 'pace';
  label: string;
  before: number | null;
  after: number | null;
  direction: DeltaDirection;
  /** E.g. "fillers 9 to 3" or "duration 142 s to 115 s: now in the window". */
  sentence: string;
};

/** How flag kinds are named in sentences. */
const flagDeltaLabels: Record<FlagKind, string> = {
  filler: 'fillers',
  hedge: 'hedges',
  vague: 'vague',
  blame: 'blame',
  'we-ownership': '"we" actions',
  buzzword: 'buzzwords',
};

/** Every signal's change from `before` to `after`, flags first and duration last. */
export function signalDeltas(before: AnalysisView, after: AnalysisView): SignalDelta[] {
  const flags = FLAG_KINDS.map((kind) =>
    countDelta(
      kind,
      flagDeltaLabels[kind],
      flagCount(before, kind),
      flagCount(after, kind),
      'fewer',
    ),
  );
  const share = (v: AnalysisView) =>
    v.signals.ownership.iShare === null ? null : Math.round(v.signals.ownership.iShare * 100);
  const wpm = (v: AnalysisView) =>
    v.signals.pace.wordsPerMinute === null ? null : Math.round(v.signals.pace.wordsPerMinute);
  const terms = (v: AnalysisView) => Math.round(v.signals.specificity.perMinute * 10) / 10;
  return [
    ...flags,
    countDelta(
      'quantities',
      'metrics stated',
      before.signals.impact.count,
      after.signals.impact.count,
      'more',
    ),
    starDelta(before, after),
    numberDelta('ownership', 'actions told with "I"', share(before), share(after), '%', 'more'),
    numberDelta(
      'specificity',
      'technical terms per minute',
      terms(before),
      terms(after),
      '',
      'more',
    ),
    numberDelta('pace', 'pace', wpm(before), wpm(after), ' wpm', 'neutral'),
    durationDelta(before, after),
  ];
}

/** The changes in one line, e.g. "fillers 9 to 3, vague 4 to 1, duration 142 s to 115 s: now in
 * the window". Signals that did not change are left out. */
export function deltaSummary(deltas: readonly SignalDelta[]): string {
  const changed = deltas.filter((d) => d.direction !== 'same');
  return changed.length ? changed.map((d) => d.sentence).join(', ') : 'no signal changed';
}

function direction(before: number, after: number, want: 'more' | 'fewer' | 'neutral') {
  if (before === after) return 'same';
  if (want === 'neutral') return 'neutral';
  return after > before === (want === 'more') ? 'better' : 'worse';
}

function countDelta(
  key: SignalDelta['key'],
  label: string,
  before: number,
  after: number,
  want: 'more' | 'fewer',
): SignalDelta {
  const sentence =
    before === after ? `${label} unchanged at ${after}` : `${label} ${before} to ${after}`;
  return { key, label, before, after, direction: direction(before, after, want), sentence };
}

function numberDelta(
  key: SignalDelta['key'],
  label: string,
  before: number | null,
  after: number | null,
  unit: string,
  want: 'more' | 'fewer' | 'neutral',
): SignalDelta {
  const show = (n: number | null) => (n === null ? 'not measured' : `${n}${unit}`);
  if (before === null || after === null) {
    const same = before === after;
    const sentence = same ? `${label} not measured` : `${label} ${show(before)} to ${show(after)}`;
    return { key, label, before, after, direction: same ? 'same' : 'neutral', sentence };
  }
  const dir = direction(before, after, want);
  const sentence =
    dir === 'same'
      ? `${label} unchanged at ${show(after)}`
      : `${label} ${show(before)} to ${show(after)}`;
  return { key, label, before, after, direction: dir, sentence };
}

function starDelta(before: AnalysisView, after: AnalysisView): SignalDelta {
  const had = new Set(before.star.present);
  const has = new Set(after.star.present);
  const added = STAR_PARTS.filter((p) => has.has(p) && !had.has(p));
  const lost = STAR_PARTS.filter((p) => had.has(p) && !has.has(p));
  const label = 'STAR-L parts';
  // No commas inside: the summary line separates signals with commas.
  const and = (parts: readonly string[]) => parts.join(' and ');
  const changes = [
    added.length ? `added ${and(added)}` : '',
    lost.length ? `lost ${and(lost)}` : '',
  ].filter(Boolean);
  const dir = !changes.length
    ? 'same'
    : has.size > had.size
      ? 'better'
      : has.size < had.size
        ? 'worse'
        : 'neutral';
  const sentence = changes.length
    ? `${label} ${had.size} to ${has.size} of 5: ${changes.join(' but ')}`
    : `${label} unchanged at ${has.size} of 5`;
  return { key: 'star', label, before: had.size, after: has.size, direction: dir, sentence };
}
