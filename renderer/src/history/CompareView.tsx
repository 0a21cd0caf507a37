import { useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { rowDuration } from '../../../shared/progress/history-row';
import { api } from '../api';
import { attemptSubtitle, plural } from '../ui/format';
import { SentenceCompare } from './SentenceCompare';

type Comparison = CallResponse<'history/compare'>;

const directionLabels = { better: '▲ better', worse: '▼ worse', same: '= same', neutral: '·' };

/** Two takes of one question: the figures that moved, the changed sentences side by side, and
 * the whole word diff on request. */
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
  // The figures that moved lead; unchanged ones are only counted.
  const moved = (comparison.deltas ?? []).filter((d) => d.direction !== 'same');
  const unchanged = (comparison.deltas ?? []).filter((d) => d.direction === 'same');
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="compare-head">
        <h2 id="compare-title">Take to take: {before.questionText}</h2>
        <button type="button" className="button" onClick={props.onClose}>
          Close comparison
        </button>
      </div>
      <p className="muted">
        {/* A semicolon between the takes: "·" already separates each take's date and length. */}
        Before: {attemptSubtitle(before.createdAt, rowDuration(before))}; after:{' '}
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
      {moved.length > 0 && (
        <ul className="deltas" aria-label="Figures that moved between the takes">
          {moved.map((d) => (
            <li key={d.key} className={`delta delta-${d.direction}`} data-delta={d.key}>
              <span className="delta-direction">{directionLabels[d.direction]}</span>
              {d.sentence}
            </li>
          ))}
        </ul>
      )}
      {unchanged.length > 0 && (
        <details className="deltas-unchanged">
          <summary>{plural(unchanged.length, 'figure')} did not move</summary>
          <ul className="deltas">
            {unchanged.map((d) => (
              <li key={d.key} className="delta delta-same" data-delta={d.key}>
                <span className="delta-direction">{directionLabels[d.direction]}</span>
                {d.sentence}
              </li>
            ))}
          </ul>
        </details>
      )}
      {comparison.sentences && <SentenceCompare rows={comparison.sentences} />}
      {comparison.diff && (
        <details className="word-diff">
          <summary>Every word, in one text</summary>
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
        </details>
      )}
    </section>
  );
}
