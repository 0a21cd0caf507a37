import type { Attempt } from '../../../shared/contract';
import { rowFigures } from '../history/format-row';
import { useHistory } from '../history/use-history';
import { dateTimeLabel } from '../ui/format';

/** "Take 3 of this question", with the previous take's key figures beside it, so the user sees at
 * once whether this take moved. Follow-up answers count among the takes of the same follow-up. */
export function TakeContext({ attempt }: { attempt: Attempt }) {
  const { rows } = useHistory();
  if (!rows) return null;
  const takes = rows
    .filter(
      (r) =>
        r.questionId === attempt.questionId &&
        (attempt.parentId === null ? r.parentId === null : r.questionText === attempt.questionText),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const index = takes.findIndex((r) => r.attemptId === attempt.id);
  if (index < 0) return null;
  const previous = takes[index - 1];
  const what = attempt.parentId ? 'this follow-up' : 'this question';
  return (
    <div className="take-context" data-testid="take-context">
      <p>
        <strong>
          Take {index + 1} of {what}
        </strong>
        {previous ? (
          <span className="muted"> · previous take {dateTimeLabel(previous.createdAt)}:</span>
        ) : (
          <span className="muted"> · the first one</span>
        )}
      </p>
      {previous && (
        <dl className="figures take-previous" aria-label="The previous take">
          {rowFigures(previous).map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
