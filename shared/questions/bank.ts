/** A behavioral question pattern interviewers of backend engineers use. */
export type QuestionPattern =
  | 'technical-problem'
  | 'production-incident'
  | 'disagreement'
  | 'performance'
  | 'ambiguity'
  | 'mistake'
  | 'influence'
  | 'prioritization'
  | 'proud-project';

/** One question of the bank. */
export type Question = {
  id: string;
  pattern: QuestionPattern;
  text: string;
};

/** Display names of the patterns, in the order the bank lists them. */
export const patternLabels: Record<QuestionPattern, string> = {
  'technical-problem': 'Difficult technical problem',
  'production-incident': 'Production incident',
  disagreement: 'Disagreement',
  performance: 'Performance, reliability or scale',
  ambiguity: 'Ambiguous requirements',
  mistake: 'A mistake',
  influence: 'Influence without authority',
  prioritization: 'Competing priorities',
  'proud-project': 'A project you are proud of',
};

/** The built-in questions, a few per pattern. */
export const questions: Question[] = [
  {
    id: 'tp-hardest-bug',
    pattern: 'technical-problem',
    text: 'Tell me about the most difficult technical problem you have solved.',
  },
  {
    id: 'tp-unknown-domain',
    pattern: 'technical-problem',
    text: 'Describe a time you had to solve a problem in a part of the system you did not know.',
  },
  {
    id: 'pi-incident',
    pattern: 'production-incident',
    text: 'Tell me about a production incident you handled.',
  },
  {
    id: 'pi-outage-lead',
    pattern: 'production-incident',
    text: 'Describe an outage where you had to lead the response.',
  },
  {
    id: 'dis-technical',
    pattern: 'disagreement',
    text: 'Tell me about a time you disagreed with a technical decision.',
  },
  {
    id: 'dis-senior',
    pattern: 'disagreement',
    text: 'Describe a time you pushed back on a more senior engineer or manager.',
  },
  {
    id: 'perf-latency',
    pattern: 'performance',
    text: 'Tell me about a time you made a system significantly faster.',
  },
  {
    id: 'perf-scale',
    pattern: 'performance',
    text: 'Describe how you scaled a service to handle much more load.',
  },
  {
    id: 'perf-reliability',
    pattern: 'performance',
    text: 'Tell me about a time you improved the reliability of a service.',
  },
  {
    id: 'amb-requirements',
    pattern: 'ambiguity',
    text: 'Tell me about a project that started with unclear requirements.',
  },
  {
    id: 'mis-mistake',
    pattern: 'mistake',
    text: 'Tell me about a mistake you made and what you learned.',
  },
  {
    id: 'mis-failed-project',
    pattern: 'mistake',
    text: 'Describe a project that failed. What would you do differently?',
  },
  {
    id: 'inf-no-authority',
    pattern: 'influence',
    text: 'Tell me about a time you influenced another team without having authority over them.',
  },
  {
    id: 'pri-competing',
    pattern: 'prioritization',
    text: 'Describe a time you had to choose between competing priorities.',
  },
  {
    id: 'pri-deadline',
    pattern: 'prioritization',
    text: 'Tell me about a time you had to cut scope to hit a deadline.',
  },
  { id: 'pp-proud', pattern: 'proud-project', text: 'Tell me about a project you are proud of.' },
];

/** Finds a built-in question by id. */
export function findQuestion(id: string): Question | undefined {
  return questions.find((q) => q.id === id);
}
