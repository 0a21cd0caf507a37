import { takeDuration } from '../review/duration';
import type { AnalysisView } from './analysis-view';
import type { DeltaDirection, SignalDelta } from './deltas';

type Duration = AnalysisView['signals']['duration'];

/** How the spoken length moved against the window, e.g. "duration 142 s to 115 s: now in the
 * window" or "duration 150 s to 131 s: still 11 s over the window". */
export function durationDelta(before: AnalysisView, after: AnalysisView): SignalDelta {
  const a = before.signals.duration;
  const b = after.signals.duration;
  // Spoken seconds and the distance to the window, by the shared definition of a take's duration.
  const da = takeDuration({ recordedSec: 0, duration: a });
  const db = takeDuration({ recordedSec: 0, duration: b });
  const from = da.spokenSec!;
  const to = db.spokenSec!;
  const still = a.band === b.band;
  const place =
    b.band === 'on-target'
      ? 'in the window'
      : `${db.outsideSec} s ${b.band === 'long' ? 'over' : 'under'} the window`;
  const status = `${still ? 'still' : 'now'} ${place}`;
  const sentence =
    from === to
      ? `duration unchanged at ${to} s: ${status}`
      : `duration ${from} s to ${to} s: ${status}`;
  return {
    key: 'duration',
    label: 'duration',
    before: from,
    after: to,
    direction: durationDirection(a, b, from === to),
    sentence,
  };
}

function durationDirection(a: Duration, b: Duration, unchanged: boolean): DeltaDirection {
  if (unchanged && a.band === b.band) return 'same';
  if (b.band === 'on-target') return a.band === 'on-target' ? 'neutral' : 'better';
  if (a.band === 'on-target') return 'worse';
  // From under the window to over it (or back): it overshot, which is no improvement to praise.
  if (a.band !== b.band) return 'neutral';
  const gap = Math.abs(outside(b)) - Math.abs(outside(a));
  return gap < 0 ? 'better' : gap > 0 ? 'worse' : 'neutral';
}

/** Seconds outside the window (negative when short); 0 inside. */
function outside(d: Duration): number {
  if (d.seconds > d.targetMaxSec) return d.seconds - d.targetMaxSec;
  if (d.seconds < d.targetMinSec) return d.seconds - d.targetMinSec;
  return 0;
}
