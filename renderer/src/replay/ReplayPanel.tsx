import { useCallback, useRef, useState } from 'react';
import { formatClock } from '../practice/timer-window';
import { useSpaceKey } from '../practice/use-space-key';
import { useWavesurfer } from './use-wavesurfer';

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** Replay of a recording: the waveform (click or drag to seek), a seconds timeline, markers at the
 * target window's edges, play/pause (also Space), speed, and the current time and duration. */
export function ReplayPanel(props: { url: string; markers: number[] }) {
  const waveRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<HTMLDivElement>(null);
  const { player, state } = useWavesurfer(waveRef, timelineRef, props.url, props.markers);
  const [speed, setSpeed] = useState(1);

  const toggle = useCallback(() => void player?.playPause(), [player]);
  useSpaceKey(toggle, state.ready);

  return (
    <div className="replay" aria-label="Replay">
      <div className="waveform" ref={waveRef} data-testid="waveform" />
      <div className="timeline" ref={timelineRef} />
      <div className="replay-controls">
        <button
          type="button"
          className="play-button"
          onClick={toggle}
          disabled={!state.ready}
          aria-keyshortcuts="Space"
        >
          {state.playing ? 'Pause' : 'Play'}
        </button>
        <span className="replay-time" data-testid="replay-time">
          <span data-testid="current-time" data-seconds={state.currentTime.toFixed(3)}>
            {formatClock(state.currentTime)}
          </span>{' '}
          / <span data-testid="duration">{formatClock(state.duration)}</span>
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
