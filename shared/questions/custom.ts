import { z } from 'zod';
import { storyThemeSchema } from '../stories/themes';
import { questions as builtInQuestions } from './bank';
import { companyFocusIdSchema } from './company-focus';
import { patternGuidance } from './guidance-patterns';
import { patternThemes, questionPatternSchema } from './patterns';
import type { Question } from './question';
import type { DocumentSpec } from '../stories/versioned-document';

/** Ids of the user's own questions; the prefix keeps them apart from built-in ids. */
export const customQuestionIdSchema = z
  .string()
  .regex(/^custom-[a-z0-9-]{4,60}$/, 'not a custom question id');

const followUpsSchema = z.array(z.string().trim().min(1).max(300)).max(10);

/** What the user types to add or edit a question of their own. */
export const customQuestionInputSchema = z
  .object({
    pattern: questionPatternSchema,
    text: z.string().trim().min(5, 'A question needs at least 5 characters.').max(500),
    /** Story themes that answer it; empty means the pattern's. */
    themes: z.array(storyThemeSchema).max(8).default([]),
    companies: z.array(companyFocusIdSchema).max(3).default([]),
    /** The user's own notes on how to answer. */
    notes: z.string().max(2000).default(''),
    /** Follow-ups the user expects, asked before the pattern's. */
    followUps: followUpsSchema.default([]),
  })
  .strict();

/** Input of a custom question before defaults are applied. */
export type CustomQuestionInput = z.input<typeof customQuestionInputSchema>;

/** A question the user added, as stored in questions.json. */
export const customQuestionSchema = customQuestionInputSchema.extend({
  id: customQuestionIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A stored custom question. */
export type CustomQuestion = z.infer<typeof customQuestionSchema>;

/** The custom-questions document (questions.json), version 1. */
const questionsDocSchema = z.object({
  version: z.literal(1),
  questions: z.array(customQuestionSchema).max(1000),
  /** The company the review leans towards; null for none. */
  focus: companyFocusIdSchema.nullable(),
});

/** The custom-questions document. */
export type QuestionsDoc = z.infer<typeof questionsDocSchema>;

/** A custom question as every screen sees it: its pattern's guidance, with the user's own
 * follow-ups first and their notes as the first thing to mention. */
export function toQuestion(custom: CustomQuestion): Question {
  const base = patternGuidance[custom.pattern];
  const followUps = [...new Set([...custom.followUps, ...base.followUps])].slice(0, 10);
  const note = custom.notes.trim();
  return {
    id: custom.id,
    pattern: custom.pattern,
    text: custom.text,
    themes: custom.themes.length ? [...custom.themes] : [...patternThemes[custom.pattern]],
    guidance: {
      ...base,
      mention: note ? [note.slice(0, 300), ...base.mention].slice(0, 12) : [...base.mention],
      followUps,
    },
    deepDive: false,
    source: 'custom',
    companies: [...custom.companies],
  };
}

/** The built-in questions followed by the user's own. */
export function allQuestions(custom: readonly CustomQuestion[]): Question[] {
  return [...builtInQuestions, ...custom.map(toQuestion)];
}

/** Normalises question wording for duplicate checks: case, spacing and end punctuation ignored. */
export function questionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.?!]+$/, '')
    .trim();
}

/** How the custom questions are stored and upgraded (no older version yet). */
export const questionsDocSpec: DocumentSpec<QuestionsDoc> = {
  name: 'questions',
  label: 'list of your own questions',
  version: 1,
  schema: questionsDocSchema,
  migrations: [],
  empty: () => ({ version: 1, questions: [], focus: null }),
};
