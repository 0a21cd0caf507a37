import { z } from 'zod';

/** The eight story themes a bank of about eight stories should cover (one story can carry several). */
export const STORY_THEMES = [
  'production-incident',
  'technical-disagreement',
  'scaling-performance',
  'mistake-failure',
  'ambiguous-project',
  'cross-team-influence',
  'tough-prioritization',
  'proud-project',
] as const;

/** A story theme id. */
export type StoryTheme = (typeof STORY_THEMES)[number];

/** Schema of a story theme id. */
export const storyThemeSchema = z.enum(STORY_THEMES);

/** Display names of the themes, in bank order. */
export const themeLabels: Record<StoryTheme, string> = {
  'production-incident': 'Production incident',
  'technical-disagreement': 'Technical disagreement',
  'scaling-performance': 'Scaling or performance',
  'mistake-failure': 'Mistake or failure',
  'ambiguous-project': 'Ambiguous project',
  'cross-team-influence': 'Cross-team influence',
  'tough-prioritization': 'Tough prioritization',
  'proud-project': 'Project you are proud of',
};
