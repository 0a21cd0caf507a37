import { memo } from 'react';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { clock, plural } from '../../../shared/review/format';
import { durationVerdict, paceVerdict, wordBudgetSentence } from '../../../shared/review/verdict';

/** The answer's length on a bar with the target window, the verdict in words, pace and the word
 * budget. `recordedSec` is the whole recording; the verdict counts speaking time only. */
export const DurationGauge = memo(function DurationGauge(props: {
  analysis: AnswerAnalysis;
  recordedSec: number;
}) {
  const { duration: d, pace } = props.analysis.signals;
  const verdict = durationVerdict(props.analysis);
  const scale = Math.max(d.targetMaxSec * 1.25, d.seconds + 10);
  const pct = (s: number) => `${Math.min(100, (s / scale) * 100)}%`;
  return (
    <section className="card gauge" aria-labelledby="gauge-title" data-band={d.band}>
      <div className="gauge-head">
        <h2 id="gauge-title" className="card-title">
          Length
        </h2>
        <p className="gauge-verdict" data-testid="duration-verdict" data-seconds={d.seconds}>
          <strong>{verdict.headline}</strong>
          {verdict.band !== 'on-target' && <span>: {verdict.advice}</span>}
        </p>
      </div>
      <div
        className="gauge-bar"
        role="meter"
        aria-label="Speaking time"
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={Math.round(d.seconds)}
        aria-valuetext={`${clock(d.seconds)}. ${verdict.sentence}`}
      >
        <div
          className="gauge-window"
          style={{
            left: pct(d.targetMinSec),
            width: `calc(${pct(d.targetMaxSec)} - ${pct(d.targetMinSec)})`,
          }}
        />
        <div className="gauge-fill" style={{ width: pct(d.seconds) }} />
        {[d.targetMinSec, d.targetMaxSec].map((mark) => (
          <div key={mark} className="gauge-mark" style={{ left: pct(mark) }}>
            <span>{clock(mark)}</span>
          </div>
        ))}
      </div>
      <dl className="gauge-facts">
        <div>
          <dt>Spoken</dt>
          <dd>
            {clock(d.seconds)}
            {d.estimated ? ' (estimated)' : ''} of {clock(props.recordedSec)} recorded
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
