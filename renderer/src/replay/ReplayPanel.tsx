import { useState, type ReactNode } from 'react';
import { clock } from '../ui/format';
import type { Replay } from './use-replay';

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** Replay of a recording: the waveform (click or drag to seek), a seconds timeline, markers at the
 * target window's edges, play/pause, speed, and the current time and duration. `children` sit
 * right under the timeline (e.g. the STAR-L band). Keyboard shortcuts belong to the screen. */
export function ReplayPanel(props: { replay: Replay; children?: ReactNode }) {
  const { waveRef, timelineRef, player, state, controls } = props.replay;
  const [speed, setSpeed] = useState(1);

  return (
    <div className="replay" role="group" aria-label="Replay">
      <div className="waveform" ref={waveRef} data-testid="waveform" />
      <div className="timeline" ref={timelineRef} />
      {props.children}
      <div className="replay-controls">
        <button
          type="button"
          className="play-button"
          onClick={controls.toggle}
          disabled={!state.ready}
          aria-keyshortcuts="Space"
        >
          {state.playing ? 'Pause' : 'Play'}
        </button>
        <span className="replay-time" data-testid="replay-time">
          <span data-testid="current-time" data-seconds={state.currentTime.toFixed(3)}>
            {clock(state.currentTime)}
          </span>{' '}
          / <span data-testid="duration">{clock(state.duration)}</span>
        </span>
        <label className="speed">
          Speed
          <select
            value={speed}
            onChange={(e) => {
              const rate = Number(e.target.value);
              setSpeed(rate);
              player?.setPlaybackRate(rate, true);
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        {!state.ready && <span className="muted">Loading the waveform…</span>}
      </div>
    </div>
  );
}
