import { patternLabels, questions, type QuestionPattern } from '../../../shared/questions/bank';

/** A select of every question, grouped by pattern. */
export function QuestionPicker(props: {
  value: string;
  onChange: (id: string) => void;
  disabled: boolean;
}) {
  const patterns = Object.keys(patternLabels) as QuestionPattern[];
  return (
    <div className="field">
      <label htmlFor="question">Question</label>
      <select
        id="question"
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {patterns.map((pattern) => (
          <optgroup key={pattern} label={patternLabels[pattern]}>
            {questions
              .filter((q) => q.pattern === pattern)
              .map((q) => (
                <option key={q.id} value={q.id}>
                  {q.text}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
