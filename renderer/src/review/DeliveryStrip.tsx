import { memo } from 'react';
import type { DeliverySignal } from '../../../shared/analysis/schema-delivery';
import { clock, pausePlace } from '../ui/format';
import './delivery-signals.css';

/** Bars are drawn against this rate (words a minute), so 110 to 170 sits mid-height. */
const SCALE_WPM = 240;

/** Under the waveform, aligned with it: words a minute per 10 s window (too fast and too slow
 * marked), pauses over 2 s (each plays from where it starts) and the stretches where the pitch
 * stays flat. */
export const DeliveryStrip = memo(function DeliveryStrip(props: {
  delivery: DeliverySignal;
  duration: number;
  onPlayFrom: (seconds: number) => void;
}) {
  const { pace, pauses, pitch } = props.delivery;
  const total = props.duration > 0 ? props.duration : props.delivery.durationSec;
  if (total <= 0) return null;
  const pct = (s: number) => `${(Math.min(Math.max(0, s), total) / total) * 100}%`;
  const span = (from: number, to: number) => ({
    left: pct(from),
    width: `calc(${pct(to)} - ${pct(from)})`,
  });
  return (
    <div
      className="delivery-strip"
      role="group"
      aria-label="Pace, pauses and pitch on the timeline"
    >
      <div className="pace-row" data-testid="pace-strip">
        <span
          className="pace-band"
          aria-hidden="true"
          style={{
            bottom: `${(pace.minWordsPerMinute / SCALE_WPM) * 100}%`,
            height: `${((pace.maxWordsPerMinute - pace.minWordsPerMinute) / SCALE_WPM) * 100}%`,
          }}
        />
        {pace.windows.map((w) => (
          <span
            key={w.startSec}
            className="pace-bar"
            data-band={w.band}
            role="img"
            aria-label={`${clock(w.startSec)} to ${clock(w.endSec)}: ${w.wordsPerMinute} words a minute, ${w.band.replace('-', ' ')}`}
            title={`${clock(w.startSec)}–${clock(w.endSec)}: ${w.wordsPerMinute} wpm`}
            style={{
              ...span(w.startSec, w.endSec),
              height: `${Math.min(100, (w.wordsPerMinute / SCALE_WPM) * 100)}%`,
            }}
          >
            <span className="pace-value">{w.wordsPerMinute}</span>
          </span>
        ))}
      </div>
      <div className="marks-row">
        {pitch.monotoneStretches.map((m) => (
          <span
            key={`flat-${m.startSec}`}
            className="flat-mark"
            style={span(m.startSec, m.endSec)}
            title={`Flat pitch ${clock(m.startSec)}–${clock(m.endSec)} (${m.spreadSemitones} semitones)`}
          >
            flat pitch
          </span>
        ))}
        {pauses.pauses.map((p) => (
          <button
            key={`pause-${p.startSec}`}
            type="button"
            className="pause-mark"
            data-to-fix={p.toFix}
            style={span(p.startSec, p.endSec)}
            onClick={() => props.onPlayFrom(p.startSec)}
            aria-label={`Pause of ${p.durationSec.toFixed(1)} s at ${clock(p.startSec)}${p.beforePart ? `, ${pausePlace(p)}` : ''}: play from here`}
            title={`${p.durationSec.toFixed(1)} s pause${p.beforePart ? ` ${pausePlace(p)}` : ''}`}
          >
            {p.durationSec.toFixed(1)} s
          </button>
        ))}
      </div>
      <p className="delivery-legend">
        <span className="legend-swatch" data-band="comfortable" aria-hidden="true" /> words a minute
        per 10 s ({pace.minWordsPerMinute}–{pace.maxWordsPerMinute} comfortable)
        <span className="legend-swatch" data-band="too-fast" aria-hidden="true" /> too fast
        <span className="legend-swatch" data-band="too-slow" aria-hidden="true" /> too slow
        <span className="legend-swatch pause" aria-hidden="true" /> pause over {pauses.thresholdSec}{' '}
        s
        <span className="legend-swatch flat" aria-hidden="true" /> flat pitch
      </p>
    </div>
  );
});
