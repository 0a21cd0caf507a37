import type { Question } from '../../../shared/questions/question';
import { patternLabels } from '../../../shared/questions/patterns';

/** One question: the wording, and its guidance in a disclosure (what it tests, a strong structure,
 * what to mention, likely follow-ups). */
export function QuestionCard(props: {
  question: Question;
  onPractice: () => void;
  onDelete?: () => void;
}) {
  const { question } = props;
  const g = question.guidance;
  return (
    <li className="question-card" data-question-id={question.id}>
      <div className="question-card-head">
        <div>
          <p className="question-text">{question.text}</p>
          <p className="muted small">
            {patternLabels[question.pattern]}
            {question.deepDive && <span className="badge">Deep dive</span>}
            {question.source === 'custom' && <span className="badge">Yours</span>}
          </p>
        </div>
        <div className="question-actions">
          <button type="button" className="button primary" onClick={props.onPractice}>
            Practice
          </button>
          {props.onDelete && (
            <button
              type="button"
              className="button danger"
              onClick={props.onDelete}
              aria-label={`Delete question: ${question.text}`}
            >
              Delete
            </button>
          )}
        </div>
      </div>
      <details>
        <summary>How to answer it</summary>
        <div className="guidance">
          <p>
            <strong>What it tests.</strong> {g.tests}
          </p>
          <div>
            <strong>A strong structure</strong>
            <ol>
              {g.structure.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </div>
          {g.mention.length > 0 && (
            <div>
              <strong>Mention</strong>
              <ul>
                {g.mention.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {g.followUps.length > 0 && (
            <div>
              <strong>Likely follow-ups</strong>
              <ul>
                {g.followUps.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </details>
    </li>
  );
}
