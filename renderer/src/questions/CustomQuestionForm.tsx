import { useState } from 'react';
import {
  QUESTION_PATTERNS,
  patternLabels,
  type QuestionPattern,
} from '../../../shared/questions/patterns';
import { api } from '../api';

/** Adds a question of the user's own to the bank (guidance comes from its pattern). */
export function CustomQuestionForm() {
  const [text, setText] = useState('');
  const [pattern, setPattern] = useState<QuestionPattern>('technical-problem');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <form
      className="custom-question"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        setSaved(false);
        api
          .call('questions/add', { text: text.trim(), pattern })
          .then(() => {
            setText('');
            setSaved(true);
          })
          .catch((err: Error) => setError(err.message));
      }}
    >
      <h2>Add your own question</h2>
      <div className="custom-question-row">
        <div className="field grow">
          <label htmlFor="custom-question-text">Question</label>
          <input
            id="custom-question-text"
            value={text}
            maxLength={2000}
            placeholder="Tell me about a time you…"
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="custom-question-pattern">Pattern</label>
          <select
            id="custom-question-pattern"
            value={pattern}
            onChange={(e) => setPattern(e.target.value as QuestionPattern)}
          >
            {QUESTION_PATTERNS.map((p) => (
              <option key={p} value={p}>
                {patternLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary" disabled={!text.trim()}>
          Add
        </button>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="muted" role="status">
          Added to the bank.
        </p>
      )}
    </form>
  );
}
