import { useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { rowDuration } from '../../../shared/progress/history-row';
import { api } from '../api';
import { attemptSubtitle } from '../ui/format';

type Comparison = CallResponse<'history/compare'>;

/** Two takes of one question side by side: the signal deltas in sentences, and a word diff. */
export function CompareView(props: { ids: [string, string]; onClose: () => void }) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .call('history/compare', { a: props.ids[0], b: props.ids[1] })
      .then(setComparison)
      .catch((e: Error) => setError(e.message));
  }, [props.ids]);

  if (error) return <p className="notice notice-error">{error}</p>;
  if (!comparison) return <p className="muted">Comparing…</p>;
  const { before, after } = comparison;
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="compare-head">
        <h2 id="compare-title">Take to take: {before.questionText}</h2>
        <button type="button" className="button" onClick={props.onClose}>
          Close comparison
        </button>
      </div>
      <p className="muted">
        Before: {attemptSubtitle(before.createdAt, rowDuration(before))} · After:{' '}
        {attemptSubtitle(after.createdAt, rowDuration(after))}
      </p>
      <p className="compare-summary" data-testid="compare-summary">
        {comparison.summary}
      </p>
      {comparison.problems.map((p) => (
        <p key={p} className="notice notice-warning">
          {p}
        </p>
      ))}
      {comparison.deltas && (
        <ul className="deltas" aria-label="Changes between the takes">
          {comparison.deltas.map((d) => (
            <li key={d.key} className={`delta delta-${d.direction}`} data-delta={d.key}>
              <span className="delta-direction">
                {
                  { better: '▲ better', worse: '▼ worse', same: '= same', neutral: '·' }[
                    d.direction
                  ]
                }
              </span>
              {d.sentence}
            </li>
          ))}
        </ul>
      )}
      {comparison.diff && (
        <div className="word-diff" aria-label="Word changes">
          <p className="muted small">
            <span className="diff-removed">Struck out</span>: said only before.{' '}
            <span className="diff-added">Underlined</span>: said only after.
            {` ${Math.round(comparison.diff.similarity * 100)}% of the words are the same.`}
          </p>
          <p>
            {comparison.diff.parts.map((part, i) =>
              part.kind === 'same' ? (
                <span key={i}>{part.text} </span>
              ) : part.kind === 'removed' ? (
                <del key={i} className="diff-removed">
                  {part.text}{' '}
                </del>
              ) : (
                <ins key={i} className="diff-added">
                  {part.text}{' '}
                </ins>
              ),
            )}
          </p>
        </div>
      )}
    </section>
  );
}
