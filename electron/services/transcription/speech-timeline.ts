import type { SpeechTimeline } from '../../../shared/whisper/word-timing';
import type { SpeechActivity } from './speech-activity';

/** Quiet this long before active audio makes it a new start of speech (a pause, not a stop
 * consonant's closure, which lasts well under 100 ms). */
const MIN_PAUSE_SEC = 0.15;

/** Answers where speech starts and stops from a recording's frame activity. */
export function speechTimeline(activity: SpeechActivity): SpeechTimeline {
  const { frameSec, activePrefix } = activity;
  const frames = activePrefix.length - 1;
  const active = (i: number) => activePrefix[i + 1]! - activePrefix[i]! > 0;
  const pauseFrames = Math.max(1, Math.round(MIN_PAUSE_SEC / frameSec));
  const frameAt = (sec: number) => Math.max(0, Math.min(frames, Math.floor(sec / frameSec)));
  const isOnset = (i: number) => {
    if (!active(i)) return false;
    const from = Math.max(0, i - pauseFrames);
    // The recording's start counts as a pause before its first sound.
    return activePrefix[i]! - activePrefix[from]! === 0;
  };
  const lastActiveBetween = (startSec: number, endSec: number) => {
    const from = frameAt(startSec);
    for (let i = Math.min(frames, Math.ceil(endSec / frameSec)) - 1; i >= from; i--) {
      if (active(i)) return (i + 1) * frameSec;
    }
    return null;
  };
  return {
    onsetBetween(earliestSec, latestSec) {
      const from = Math.ceil(Math.max(0, earliestSec) / frameSec);
      for (let i = Math.min(frames - 1, frameAt(latestSec)); i >= from; i--) {
        if (isOnset(i)) return i * frameSec;
      }
      return null;
    },
    firstOnsetBetween(earliestSec, latestSec) {
      const to = Math.min(frames - 1, frameAt(latestSec));
      for (let i = Math.ceil(Math.max(0, earliestSec) / frameSec); i <= to; i++) {
        if (isOnset(i)) return i * frameSec;
      }
      return null;
    },
    lastActiveBetween,
    speechEndSec: lastActiveBetween(0, frames * frameSec),
  };
}
