import type { CoverageMatrix as Matrix } from '../../../shared/stories/coverage';
import { themeLabels } from '../../../shared/stories/themes';
import { plural } from '../ui/format';

/** Which themes each story covers, which themes and questions nothing covers, and reuse hints. */
export function CoverageMatrix({ matrix }: { matrix: Matrix }) {
  // Covered by a shared theme only: a story could answer it, but none is planned for it.
  const themeOnly = matrix.questions.filter((q) => q.storyIds.length > 0 && !q.linked);
  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage</h2>
      <div className="table-scroll">
        <table className="coverage-table">
          <caption className="visually-hidden">Themes covered by each story</caption>
          <thead>
            <tr>
              <th scope="col">Story</th>
              {matrix.themes.map((t) => (
                <th scope="col" key={t.theme}>
                  {t.label}
                </th>
              ))}
              <th scope="col">Questions</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.storyId}>
                <th scope="row">{row.title}</th>
                {row.themeCells.map((covered, i) => (
                  <td key={matrix.themes[i]!.theme} className={covered ? 'covered' : ''}>
                    {covered ? (
                      <span aria-label="covered">✓</span>
                    ) : (
                      <span className="visually-hidden">not covered</span>
                    )}
                  </td>
                ))}
                <td>{row.linkedCount}</td>
              </tr>
            ))}
            <tr className="coverage-total">
              <th scope="row">Stories per theme</th>
              {matrix.themes.map((t) => (
                <td key={t.theme} className={t.storyIds.length === 0 ? 'gap' : ''}>
                  {t.storyIds.length}
                </td>
              ))}
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      {matrix.uncoveredThemes.length > 0 ? (
        <p className="notice notice-warning">
          No story yet for: {matrix.uncoveredThemes.map((t) => themeLabels[t]).join(', ')}.
        </p>
      ) : (
        <p className="notice notice-info">Every theme has a story.</p>
      )}
      {matrix.uncoveredQuestionIds.length > 0 && (
        <details>
          <summary>
            {plural(matrix.uncoveredQuestionIds.length, 'question has', 'questions have')} no story
            yet, neither linked nor sharing a theme
          </summary>
          <ul>
            {matrix.questions
              .filter((q) => q.storyIds.length === 0)
              .map((q) => (
                <li key={q.questionId}>{q.text}</li>
              ))}
          </ul>
        </details>
      )}
      {themeOnly.length > 0 && (
        <details>
          <summary>
            {plural(themeOnly.length, 'question shares', 'questions share')} a theme with a story
            but {themeOnly.length === 1 ? 'has' : 'have'} none linked: link one in the story to
            practise it from there
          </summary>
          <ul>
            {themeOnly.map((q) => (
              <li key={q.questionId}>{q.text}</li>
            ))}
          </ul>
        </details>
      )}
      {matrix.rows
        .filter((r) => r.reuseHint)
        .map((r) => (
          <p key={r.storyId} className="notice notice-warning">
            {r.reuseHint}
          </p>
        ))}
    </section>
  );
}
