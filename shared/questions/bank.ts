import { patternThemes, type QuestionPattern } from './patterns';
import { DEEP_DIVE_IDS, deepDiveGuidance } from './guidance-deep-dive';
import { patternGuidance } from './guidance-patterns';
import type { Question } from './question';

export { patternLabels, QUESTION_PATTERNS } from './patterns';
export type { Question } from './question';

const deepDives: ReadonlySet<string> = new Set(DEEP_DIVE_IDS);

/** A built-in question from its id, pattern and wording; the rest follows from the pattern, or from
 * its own guidance for the seven deep dives. */
function builtIn(id: string, pattern: QuestionPattern, text: string): Question {
  const own = deepDives.has(id)
    ? deepDiveGuidance[id as (typeof DEEP_DIVE_IDS)[number]]
    : undefined;
  return {
    id,
    pattern,
    text,
    themes: [...patternThemes[pattern]],
    guidance: own ?? patternGuidance[pattern],
    deepDive: own !== undefined,
    source: 'built-in',
    companies: [],
  };
}

/** The built-in questions, a few per pattern. Ids never change: attempts refer to them. */
export const questions: Question[] = [
  builtIn(
    'tp-hardest-bug',
    'technical-problem',
    'Tell me about the most difficult technical problem you have solved.',
  ),
  builtIn(
    'tp-unknown-domain',
    'technical-problem',
    'Describe a time you had to solve a problem in a part of the system you did not know.',
  ),
  builtIn('pi-incident', 'production-incident', 'Tell me about a production incident you handled.'),
  builtIn(
    'pi-outage-lead',
    'production-incident',
    'Describe an outage where you had to lead the response.',
  ),
  builtIn(
    'dis-technical',
    'disagreement',
    'Tell me about a time you disagreed with a technical decision.',
  ),
  builtIn(
    'dis-senior',
    'disagreement',
    'Describe a time you pushed back on a more senior engineer or manager.',
  ),
  builtIn(
    'perf-latency',
    'performance',
    'Tell me about a time you made a system significantly faster.',
  ),
  builtIn(
    'perf-scale',
    'performance',
    'Describe how you scaled a service to handle much more load.',
  ),
  builtIn(
    'perf-reliability',
    'performance',
    'Tell me about a time you improved the reliability of a service.',
  ),
  builtIn(
    'amb-requirements',
    'ambiguity',
    'Tell me about a project that started with unclear requirements.',
  ),
  builtIn('mis-mistake', 'mistake', 'Tell me about a mistake you made and what you learned.'),
  builtIn(
    'mis-failed-project',
    'mistake',
    'Describe a project that failed. What would you do differently?',
  ),
  builtIn(
    'inf-no-authority',
    'influence',
    'Tell me about a time you influenced another team without having authority over them.',
  ),
  builtIn(
    'pri-competing',
    'prioritization',
    'Describe a time you had to choose between competing priorities.',
  ),
  builtIn(
    'pri-deadline',
    'prioritization',
    'Tell me about a time you had to cut scope to hit a deadline.',
  ),
  builtIn('pp-proud', 'proud-project', 'Tell me about a project you are proud of.'),
];

/** Finds a built-in question by id. */
export function findQuestion(id: string): Question | undefined {
  return questions.find((q) => q.id === id);
}

/** The seven deep-dive questions, in bank order. */
export const deepDiveQuestions: Question[] = questions.filter((q) => q.deepDive);
