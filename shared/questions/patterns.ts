import { z } from 'zod';
import type { StoryTheme } from '../stories/themes';

/** The behavioral question patterns interviewers of backend engineers use. */
export const QUESTION_PATTERNS = [
  'technical-problem',
  'production-incident',
  'disagreement',
  'performance',
  'ambiguity',
  'mistake',
  'influence',
  'prioritization',
  'proud-project',
] as const;

/** A behavioral question pattern. */
export type QuestionPattern = (typeof QUESTION_PATTERNS)[number];

/** Schema of a pattern id. */
export const questionPatternSchema = z.enum(QUESTION_PATTERNS);

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

/** Which story themes can answer a question of each pattern. A hard technical problem is usually
 * told through an incident, a scaling story or a project, so it maps to all three. */
export const patternThemes: Record<QuestionPattern, StoryTheme[]> = {
  'technical-problem': ['scaling-performance', 'production-incident', 'proud-project'],
  'production-incident': ['production-incident'],
  disagreement: ['technical-disagreement'],
  performance: ['scaling-performance'],
  ambiguity: ['ambiguous-project'],
  mistake: ['mistake-failure'],
  influence: ['cross-team-influence'],
  prioritization: ['tough-prioritization'],
  'proud-project': ['proud-project'],
};
