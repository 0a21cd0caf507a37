import { clock } from '../ui/format';
import { windowMessages, windowState } from './timer-window';

/** The live timer: elapsed time on a bar with the target window marked, and its state in words
 * (colour is never the only cue). */
export function RecordingTimer(props: {
  elapsedSec: number;
  minSec: number;
  maxSec: number;
  /** False before a recording starts: the timer then says nothing about the window yet. */
  recording: boolean;
}) {
  const { elapsedSec, minSec, maxSec } = props;
  const scale = Math.max(maxSec * 1.25, elapsedSec + 10);
  const state = windowState(elapsedSec, minSec, maxSec, props.recording);
  const pct = (s: number) => `${Math.min(100, (s / scale) * 100)}%`;
  return (
    <div className="timer" data-state={state}>
      <div className="timer-clock" aria-live="off">
        {clock(elapsedSec)}
      </div>
      <div
        className="timer-bar"
        role="meter"
        aria-label="Answer length"
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={Math.round(elapsedSec)}
        aria-valuetext={`${clock(elapsedSec)}, ${windowMessages[state]}`}
      >
        <div
          className="timer-window"
          style={{ left: pct(minSec), width: `calc(${pct(maxSec)} - ${pct(minSec)})` }}
        />
        <div className="timer-fill" style={{ width: pct(elapsedSec) }} />
        {[minSec, maxSec].map((mark) => (
          <div key={mark} className="timer-mark" style={{ left: pct(mark) }}>
            <span>{clock(mark)}</span>
          </div>
        ))}
      </div>
      <p className="timer-state" role="status">
        {windowMessages[state]}
      </p>
    </div>
  );
}
