import type { CallResponse } from '../../../shared/contract';
import { ANSWER_WINDOW } from '../../../shared/analysis/signals/duration';
import { durationSummary, takeDuration } from '../../../shared/review/duration';
import { verdictLabels } from '../history/format-row';
import { fixHeadline } from '../review/fix-headline';

/** A drill answer's spoken time against the answer window, by the shared definition. */
function answerDuration(a: Summary['answers'][number]): string {
  if (a.durationSec === null || !a.band) return 'Not analysed';
  const duration = {
    seconds: a.durationSec,
    estimated: false,
    band: a.band,
    targetMinSec: ANSWER_WINDOW.minSec,
    targetMaxSec: ANSWER_WINDOW.maxSec,
  };
  return durationSummary(takeDuration({ recordedSec: a.durationSec, duration }));
}

type Summary = CallResponse<'history/drill-summary'>;

/** The drill's combined summary: the headline, each answer's figures, and gaps that recurred. */
export function DrillSummaryView(props: { summary: Summary; onOpen: (attemptId: string) => void }) {
  const { summary } = props;
  return (
    <section className="drill-summary" aria-labelledby="drill-summary-title">
      <h2 id="drill-summary-title">Drill summary</h2>
      <p className="compare-summary">{summary.headline}</p>
      <ol className="drill-answers">
        {summary.answers.map((a) => (
          <li key={a.questionId}>
            <p className="question-text">{a.questionText}</p>
            <p className="muted">
              {answerDuration(a)}
              {a.verdict && ` · ${verdictLabels[a.verdict]}`}
            </p>
            {a.headline && <p>{fixHeadline(a.headline)}</p>}
            {a.attemptId && (
              <button
                type="button"
                className="button small"
                onClick={() => props.onOpen(a.attemptId!)}
              >
                Open its review
              </button>
            )}
          </li>
        ))}
      </ol>
      {summary.recurringGaps.length > 0 && (
        <>
          <h3>Came up more than once</h3>
          <ul>
            {summary.recurringGaps.map((g) => (
              <li key={g.gap}>
                {g.title} ({g.count} answers)
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
