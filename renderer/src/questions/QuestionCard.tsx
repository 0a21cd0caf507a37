import type { Question } from '../../../shared/questions/question';
import { patternLabels } from '../../../shared/questions/patterns';
import { QuestionGuidance } from './QuestionGuidance';

/** One question: the wording, and its guidance in a disclosure (what it tests, a strong structure,
 * what to mention, likely follow-ups). */
export function QuestionCard(props: {
  question: Question;
  onPractice: () => void;
  onDelete?: () => void;
}) {
  const { question } = props;
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
        <QuestionGuidance guidance={question.guidance} />
      </details>
    </li>
  );
}
