import { z } from 'zod';
import { storyIdSchema, storyInputSchema, storyPatchSchema, storySchema } from '../stories/story';
import { defineCall, defineEvent } from './define';

/** Calls of the stories namespace: the story bank. The coverage matrix is computed in the renderer
 * with buildCoverage (shared/stories/coverage.ts) from these stories and questions/list. */
export const storiesCalls = {
  /** Every story, in the order they were created. */
  'stories/list': defineCall(z.object({}).strict(), z.object({ stories: z.array(storySchema) })),
  'stories/create': defineCall(storyInputSchema, storySchema),
  /** Changes the given fields of a story. */
  'stories/update': defineCall(
    z.object({ id: storyIdSchema, patch: storyPatchSchema }).strict(),
    storySchema,
  ),
  'stories/delete': defineCall(
    z.object({ id: storyIdSchema }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
};

/** Events of the stories namespace. */
export const storiesEvents = {
  /** The story bank changed (created, edited, deleted, imported). */
  'stories/changed': defineEvent(z.object({})),
};
