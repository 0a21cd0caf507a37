/** Input level, so the user sees the microphone hears them before and while they speak. */
export function LevelMeter({ level }: { level: number }) {
  // Speech RMS sits around 0.02 to 0.3; a square root spreads that over the bar.
  const pct = Math.min(100, Math.sqrt(level) * 180);
  // Labelled on screen too: a bare bar under the timer reads as a second progress bar.
  return (
    <div className="level-row">
      <span className="level-label" aria-hidden="true">
        Mic
      </span>
      <div
        className="level-meter"
        role="meter"
        aria-label="Microphone level"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(pct)}
      >
        <div className="level-fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
