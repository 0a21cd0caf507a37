import type { QuestionGuidance as Guidance } from '../../../shared/questions/guidance';

/** How to answer a question: what it tests, a strong structure, what to mention and the likely
 * follow-ups (the question bank and Practice show the same words). */
export function QuestionGuidance({ guidance: g }: { guidance: Guidance }) {
  return (
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
  );
}
