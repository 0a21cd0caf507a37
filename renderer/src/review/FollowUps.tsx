import { memo } from 'react';
import type { FollowUp } from '../../../shared/analysis/types';
import { clock } from '../ui/format';

/** The questions an interviewer would ask next, each with why, a way to hear the moment it is
 * about, and an action that records a short follow-up answer linked to this attempt. */
export const FollowUps = memo(function FollowUps(props: {
  followUps: FollowUp[];
  timeOf: (start: number, end: number) => number | null;
  onPlayFrom: (seconds: number) => void;
  onRecord: (question: string) => void;
}) {
  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title" className="card-title">
        Follow-up questions
      </h2>
      {props.followUps.length === 0 ? (
        <p className="muted">No obvious gaps for an interviewer to probe.</p>
      ) : (
        <ol className="follow-up-list">
          {props.followUps.map((f) => {
            const at =
              f.start !== undefined && f.end !== undefined ? props.timeOf(f.start, f.end) : null;
            return (
              <li key={f.question} className="follow-up" data-gap={f.gap}>
                <div className="follow-up-text">
                  <strong>{f.question}</strong>
                  <span className="muted">{f.why}</span>
                </div>
                <div className="follow-up-actions">
                  {at !== null && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => props.onPlayFrom(at)}
                      aria-label={`Hear the moment at ${clock(at)}`}
                    >
                      ▶ {clock(at)}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button record-follow-up"
                    onClick={() => props.onRecord(f.question)}
                    aria-label={`Record a follow-up answer to: ${f.question}`}
                  >
                    <span className="record-dot" aria-hidden="true" />
                    Record a follow-up answer
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
