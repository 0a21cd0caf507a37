import { memo } from 'react';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { clock, impactStatus, percent, plural } from '../ui/format';
import { fillersPerMinute } from '../../../shared/review/verdict';
import { SignalCard } from './SignalCard';
import { StarCard } from './StarCard';

/** Fillers a minute above this are worth working on (about one every 15 s). */
const FILLERS_PER_MINUTE_LIMIT = 4;

/** The answer-level signals: ownership, measured impact, technical specificity, STAR-L shares and
 * fillers a minute, each with its number and what it means. */
export const SignalCards = memo(function SignalCards(props: {
  analysis: AnswerAnalysis;
  onPlayFrom: (seconds: number) => void;
}) {
  const a = props.analysis;
  const { ownership, impact, specificity } = a.signals;
  const answerFlag = (kind: string) => a.answerFlags.find((f) => f.kind === kind);
  const noMetric = answerFlag('no-metric');
  const shallow = answerFlag('too-shallow');
  const fpm = fillersPerMinute(a);
  const weHeavy = ownership.iShare !== null && ownership.iShare < 0.5;
  // The Team "we" highlights are the "we" actions whose own part is unclear: a subset of weActions,
  // so the card says how the two counts relate instead of showing two unexplained numbers.
  const teamWe = a.flagCounts['we-ownership'] ?? 0;
  return (
    <section className="signals" aria-labelledby="signals-title">
      <h2 id="signals-title" className="section-title">
        Signals
      </h2>
      <div className="signal-grid">
        <StarCard analysis={a} />
        <SignalCard
          id="ownership"
          title="Ownership"
          figure={
            <>
              <b>{ownership.iActions}</b> I · <b>{ownership.weActions}</b> we
            </>
          }
          tone={weHeavy || ownership.iActions === 0 ? 'warn' : 'good'}
          status={
            ownership.iShare === null
              ? 'No actions told in the first person or with "we".'
              : `${weHeavy ? 'Mostly "we": say what you did yourself.' : `${percent(ownership.iShare)} of the actions are yours.`}${teamWe > 0 ? ` ${teamWe} of the ${ownership.weActions} "we" actions hide your part (highlighted as Team "we").` : ''}`
          }
        >
          {ownership.iShare !== null && (
            <div className="split-bar" aria-hidden="true">
              <span style={{ width: percent(ownership.iShare) }} />
            </div>
          )}
        </SignalCard>
        <SignalCard
          id="impact"
          title="Measured impact"
          figure={<b>{plural(impact.count, 'number')}</b>}
          tone={noMetric ? 'warn' : 'good'}
          status={
            noMetric ? noMetric.suggestion : impactStatus(impact.count, impact.quantities.length)
          }
        >
          {impact.count > 0 && (
            <ul className="chip-list">
              {impact.quantities.map((q) => (
                <li key={q.start}>
                  <button
                    type="button"
                    className="chip"
                    disabled={q.startSec === undefined}
                    onClick={() => props.onPlayFrom(q.startSec ?? 0)}
                    aria-label={`${q.text}${q.startSec !== undefined ? `, at ${clock(q.startSec)}` : ''}`}
                  >
                    {q.text}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </SignalCard>
        <SignalCard
          id="specificity"
          title="Technical specificity"
          figure={
            <>
              <b>{specificity.perMinute.toFixed(1)}</b> terms / min
            </>
          }
          tone={shallow ? 'warn' : 'good'}
          status={
            shallow ? shallow.suggestion : `${plural(specificity.distinctTerms, 'distinct term')}.`
          }
        >
          {specificity.terms.length > 0 && (
            <p className="term-list">{specificity.terms.slice(0, 10).join(' · ')}</p>
          )}
        </SignalCard>
        <SignalCard
          id="fillers"
          title="Fillers"
          figure={
            <>
              <b>{fpm.toFixed(1)}</b> / min
            </>
          }
          tone={fpm > FILLERS_PER_MINUTE_LIMIT ? 'warn' : 'good'}
          status={
            a.flagCounts.filler === 0
              ? 'No fillers.'
              : fpm > FILLERS_PER_MINUTE_LIMIT
                ? `${plural(a.flagCounts.filler, 'filler')}: pause silently instead.`
                : `${plural(a.flagCounts.filler, 'filler')}: hardly noticeable.`
          }
        />
      </div>
    </section>
  );
});
