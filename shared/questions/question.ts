import { z } from 'zod';
import { storyThemeSchema } from '../stories/themes';
import { companyFocusIdSchema } from './company-focus';
import { questionGuidanceSchema } from './guidance';
import { questionPatternSchema } from './patterns';

/** A question as every screen sees it, built-in or the user's own, with its guidance filled in. */
export const questionSchema = z.object({
  id: z.string().min(1).max(200),
  pattern: questionPatternSchema,
  text: z.string().min(1).max(2000),
  /** Story themes that can answer it (the coverage matrix matches stories by these). */
  themes: z.array(storyThemeSchema),
  guidance: questionGuidanceSchema,
  /** One of the seven deep-dive questions to rehearse first. */
  deepDive: z.boolean(),
  source: z.enum(['built-in', 'custom']),
  /** Companies known to ask it; empty means any. */
  companies: z.array(companyFocusIdSchema),
});

/** One question with its guidance. */
export type Question = z.infer<typeof questionSchema>;
