import { memo } from 'react';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import {
  distanceLabel,
  recordedLabel,
  spokenLabel,
  takeDuration,
} from '../../../shared/review/duration';
import { durationVerdict, paceVerdict, wordBudgetSentence } from '../../../shared/review/verdict';
import { clock, plural } from '../ui/format';

/** The answer's speaking time on a bar with the target window, its distance to the window in words
 * ("51 s under 1:30"), pace and the word budget. All durations come from the shared definition
 * (shared/review/duration.ts): speaking time is judged; the recording's length is labelled as such. */
export const DurationGauge = memo(function DurationGauge(props: {
  analysis: AnswerAnalysis;
  recordedSec: number;
}) {
  const { duration: d, pace } = props.analysis.signals;
  const verdict = durationVerdict(props.analysis);
  const take = takeDuration({ recordedSec: props.recordedSec, duration: d });
  const spoken = take.spokenSec ?? 0;
  const distance = distanceLabel(take) ?? '';
  const onTarget = take.band === 'on-target';
  const headline = onTarget ? 'In the window' : distance;
  // In the window, the distance ("in the 1:30 to 2:00 window") would only repeat the headline.
  const detail = onTarget
    ? `${spokenLabel(take)}, between ${clock(d.targetMinSec)} and ${clock(d.targetMaxSec)}`
    : verdict.advice;
  const scale = Math.max(d.targetMaxSec * 1.25, spoken + 10);
  const pct = (s: number) => `${Math.min(100, (s / scale) * 100)}%`;
  return (
    <section className="card gauge" aria-labelledby="gauge-title" data-band={d.band}>
      <div className="gauge-head">
        <h2 id="gauge-title" className="card-title">
          Length
        </h2>
        <p className="gauge-verdict" data-testid="duration-verdict" data-seconds={d.seconds}>
          <strong>{headline}</strong>
          <span>: {detail}</span>
        </p>
      </div>
      <div
        className="gauge-bar"
        role="meter"
        aria-label="Speaking time"
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={spoken}
        aria-valuetext={`${spokenLabel(take)}, ${distance}`}
      >
        <div
          className="gauge-window"
          style={{
            left: pct(d.targetMinSec),
            width: `calc(${pct(d.targetMaxSec)} - ${pct(d.targetMinSec)})`,
          }}
        />
        <div className="gauge-fill" style={{ width: pct(spoken) }} />
        {[d.targetMinSec, d.targetMaxSec].map((mark) => (
          <div key={mark} className="gauge-mark" style={{ left: pct(mark) }}>
            <span>{clock(mark)}</span>
          </div>
        ))}
      </div>
      <dl className="gauge-facts">
        <div>
          <dt>Speaking time</dt>
          <dd>
            {spokenLabel(take)}, first word to last{take.estimated ? ' (estimated)' : ''};{' '}
            {recordedLabel(take)}
          </dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>
            {paceVerdict(pace)}
            {pace.longPauses.length > 0 &&
              ` ${plural(pace.longPauses.length, 'pause')} over ${pace.longPauseThresholdSec} s.`}
          </dd>
        </div>
        <div>
          <dt>Word budget</dt>
          <dd>{wordBudgetSentence(d)}</dd>
        </div>
      </dl>
    </section>
  );
});
