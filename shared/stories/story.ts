import { z } from 'zod';
import { storyThemeSchema } from './themes';

/** Story ids are made on the Node side; the pattern keeps them safe in any file or URL. */
export const storyIdSchema = z.string().regex(/^story-[a-z0-9-]{4,60}$/, 'not a story id');

const bullet = z.string().trim().max(600);

/** The five short bullets of a story, in STAR-L order. */
const storyBulletsSchema = z.object({
  situation: bullet,
  task: bullet,
  actions: bullet,
  result: bullet,
  learning: bullet,
});

/** The five bullet names, in speaking order. */
export const BULLET_KEYS = ['situation', 'task', 'actions', 'result', 'learning'] as const;

/** Display names of the bullets. */
export const bulletLabels: Record<(typeof BULLET_KEYS)[number], string> = {
  situation: 'Situation',
  task: 'Task',
  actions: 'Actions I took',
  result: 'Result',
  learning: 'Learning',
};

/** What the user edits: everything of a story except its id and times. */
export const storyInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the story a title.').max(120),
    themes: z
      .array(storyThemeSchema)
      .max(8)
      .refine((t) => new Set(t).size === t.length, 'A theme is listed twice.'),
    bullets: storyBulletsSchema,
    /** Questions the user plans to answer with it (built-in or custom ids). */
    questionIds: z
      .array(z.string().min(1).max(200))
      .max(50)
      .refine((q) => new Set(q).size === q.length, 'A question is listed twice.'),
    /** The one follow-up to practise with this story, and the short answer to it. */
    followUp: z.object({
      question: z.string().trim().max(300),
      answer: z.string().trim().max(600),
    }),
  })
  .strict();

/** A story as the user edits it. */
export type StoryInput = z.infer<typeof storyInputSchema>;

/** One story of the bank, as stored. */
export const storySchema = storyInputSchema.extend({
  id: storyIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A stored story. */
export type Story = z.infer<typeof storySchema>;

/** A partial edit of a story. */
export const storyPatchSchema = storyInputSchema.partial().strict();

/** A partial story edit. */
export type StoryPatch = z.infer<typeof storyPatchSchema>;
