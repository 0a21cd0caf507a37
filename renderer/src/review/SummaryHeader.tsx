import type { ReactNode, RefObject } from 'react';
import type { Summary } from '../../../shared/analysis/types';
import type { Attempt } from '../../../shared/contract';
import { takeDuration } from '../../../shared/review/duration';
import { attemptSubtitle } from '../ui/format';
import { fixHeadline } from './fix-headline';

/** The top of the review: the question, when it was recorded, and the three things to fix first.
 * `actions` (export, follow-up) sit beside the title. */
export function SummaryHeader(props: {
  attempt: Attempt;
  summary: Summary | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  actions: ReactNode;
  /** Where this take stands among the question's takes. */
  context?: ReactNode;
  pending: ReactNode;
}) {
  const { attempt, summary } = props;
  return (
    <header className="review-header">
      <div className="review-title-row">
        <div>
          <p className="eyebrow">
            {attempt.parentId ? 'Follow-up answer' : 'Review'}
            {attempt.title ? ` · ${attempt.title}` : ''}
          </p>
          <h1 id="screen-title" tabIndex={-1} ref={props.headingRef} className="question-title">
            {attempt.questionText}
          </h1>
          <p className="muted review-meta">
            <time dateTime={attempt.createdAt}>
              {attemptSubtitle(
                attempt.createdAt,
                takeDuration({ recordedSec: attempt.durationSec }),
              )}
            </time>{' '}
            · {attempt.deviceLabel}
          </p>
        </div>
        <div className="review-actions">{props.actions}</div>
      </div>
      {props.context}
      <section className="card summary" aria-labelledby="summary-title" data-testid="summary">
        <h2 id="summary-title" className="card-title">
          Fix first
        </h2>
        {summary ? (
          <>
            <p className="summary-headline">{fixHeadline(summary.headline)}</p>
            {summary.fixes.length > 0 && (
              <ol className="fix-list">
                {summary.fixes.map((fix) => (
                  <li key={fix.gap} className="fix" data-gap={fix.gap}>
                    <strong className="fix-title">{fix.title}</strong>
                    <span className="fix-detail">{fix.detail}</span>
                    {fix.examples.length > 0 && (
                      <span className="fix-examples">
                        {fix.examples.map((e, i) => (
                          <span key={e} className="fix-example">
                            {i > 0 && (
                              <span className="fix-sep" aria-hidden="true">
                                ·
                              </span>
                            )}
                            <q className="fix-quote">{e}</q>
                          </span>
                        ))}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </>
        ) : (
          props.pending
        )}
      </section>
    </header>
  );
}
