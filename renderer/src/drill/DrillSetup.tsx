import { useState } from 'react';
import {
  DRILL_LENGTH,
  planDrill,
  randomSeed,
  type DrillPick,
} from '../../../shared/progress/drill';
import type { HistoryRow } from '../../../shared/progress/history-row';
import type { Question } from '../../../shared/questions/question';
import type { Story } from '../../../shared/stories/story';

/** Sets a drill up: three questions chosen by the user, or drawn at random from the themes no
 * story covers yet. */
export function DrillSetup(props: {
  questions: Question[];
  stories: Story[];
  rows: HistoryRow[];
  onStart: (picks: DrillPick[]) => void;
}) {
  const [mode, setMode] = useState<'uncovered' | 'chosen'>('uncovered');
  const [chosen, setChosen] = useState<string[]>(
    props.questions.slice(0, DRILL_LENGTH).map((q) => q.id),
  );
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    const context = { questions: props.questions, stories: props.stories, rows: props.rows };
    const plan =
      mode === 'chosen'
        ? planDrill({ mode, questionIds: chosen }, context)
        : planDrill({ mode, seed: randomSeed() }, context);
    if (plan.ok) props.onStart(plan.picks);
    else setError(plan.message);
  };
  return (
    <div className="drill-setup">
      <fieldset className="models">
        <legend>Three questions in a row</legend>
        <label className="check">
          <input
            type="radio"
            name="drill-mode"
            checked={mode === 'uncovered'}
            onChange={() => setMode('uncovered')}
          />
          Surprise me, favouring themes no story covers yet
        </label>
        <label className="check">
          <input
            type="radio"
            name="drill-mode"
            checked={mode === 'chosen'}
            onChange={() => setMode('chosen')}
          />
          Let me choose the questions
        </label>
        {mode === 'chosen' &&
          chosen.map((id, i) => (
            <div className="field" key={i}>
              <label htmlFor={`drill-q${i}`}>Question {i + 1}</label>
              <select
                id={`drill-q${i}`}
                value={id}
                onChange={(e) => setChosen(chosen.map((c, j) => (j === i ? e.target.value : c)))}
              >
                {props.questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button primary" onClick={start}>
            Start the drill
          </button>
        </div>
      </fieldset>
    </div>
  );
}
