import { QUESTION_PATTERNS, patternLabels } from '../../../shared/questions/patterns';
import type { Question } from '../../../shared/questions/question';

/** A select of every question in the bank (built-in and the user's own), grouped by pattern. */
export function QuestionPicker(props: {
  questions: readonly Question[];
  value: string;
  onChange: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor="question">Question</label>
      <select
        id="question"
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {QUESTION_PATTERNS.map((pattern) => {
          const inPattern = props.questions.filter((q) => q.pattern === pattern);
          if (inPattern.length === 0) return null;
          return (
            <optgroup key={pattern} label={patternLabels[pattern]}>
              {inPattern.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.text}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
