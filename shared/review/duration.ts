import { ANSWER_WINDOW, type TargetWindow } from '../analysis/signals/duration';
import type { DurationSignal } from '../analysis/types';
import { clock } from './format';

/** The one definition of a take's length, used by every screen, report and chart. Speaking time
 * (first word to last, from the analysis) is what is judged against the window; the recording's
 * length is shown too, always labelled as such. All figures are whole seconds, rounded once here,
 * so no two places can disagree by a second. */
export type TakeDuration = {
  /** The whole recording, silence included. */
  recordedSec: number;
  /** First word to last; null until the take is analysed. */
  spokenSec: number | null;
  /** True when the spoken time was estimated from the word count (no word timings). */
  estimated: boolean;
  window: TargetWindow;
  /** Spoken time against the window; null until analysed. */
  band: DurationSignal['band'] | null;
  /** Whole seconds outside the window (at least 1 when outside); 0 inside or before analysis. */
  outsideSec: number;
};

/** What the duration is built from: the recording's length and, once analysed, the duration
 * signal (the window defaults to the answer window). */
export type DurationInput = {
  recordedSec: number;
  duration?: Pick<
    DurationSignal,
    'seconds' | 'estimated' | 'band' | 'targetMinSec' | 'targetMaxSec'
  > | null;
};

/** A take's durations from its recording length and analysis. */
export function takeDuration(input: DurationInput): TakeDuration {
  const recordedSec = Math.round(Math.max(0, input.recordedSec));
  const d = input.duration;
  if (!d) {
    return {
      recordedSec,
      spokenSec: null,
      estimated: false,
      window: ANSWER_WINDOW,
      band: null,
      outsideSec: 0,
    };
  }
  const spokenSec = Math.round(Math.max(0, d.seconds));
  const window = { minSec: d.targetMinSec, maxSec: d.targetMaxSec };
  const gap =
    d.band === 'short'
      ? window.minSec - spokenSec
      : d.band === 'long'
        ? spokenSec - window.maxSec
        : 0;
  return {
    recordedSec,
    spokenSec,
    estimated: d.estimated,
    window,
    band: d.band,
    outsideSec: d.band === 'on-target' ? 0 : Math.max(1, gap),
  };
}

/** The seconds judged against the window: speaking time once analysed, else the recording. */
export function judgedSec(d: TakeDuration): number {
  return d.spokenSec ?? d.recordedSec;
}

/** "0:40 recorded". */
export function recordedLabel(d: TakeDuration): string {
  return `${clock(d.recordedSec)} recorded`;
}

/** "0:39 spoken" ("about 0:39 spoken" when estimated); null before analysis. */
export function spokenLabel(d: TakeDuration): string | null {
  if (d.spokenSec === null) return null;
  return `${d.estimated ? 'about ' : ''}${clock(d.spokenSec)} spoken`;
}

/** Where the speaking time is against the window: "51 s under 1:30", "24 s over 2:00" or
 * "in the 1:30 to 2:00 window"; null before analysis. */
export function distanceLabel(d: TakeDuration): string | null {
  if (d.band === null) return null;
  if (d.band === 'short') return `${d.outsideSec} s under ${clock(d.window.minSec)}`;
  if (d.band === 'long') return `${d.outsideSec} s over ${clock(d.window.maxSec)}`;
  return `in the ${clock(d.window.minSec)} to ${clock(d.window.maxSec)} window`;
}

/** The short form for lists: "0:39 spoken · 51 s under 1:30", or "0:40 recorded" before analysis. */
export function durationSummary(d: TakeDuration): string {
  const spoken = spokenLabel(d);
  return spoken ? `${spoken} · ${distanceLabel(d)}` : recordedLabel(d);
}
