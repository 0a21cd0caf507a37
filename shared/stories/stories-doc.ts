import { z } from 'zod';
import { storySchema } from './story';
import { storyThemeSchema } from './themes';
import type { DocumentSpec } from './versioned-document';

/** The story bank document (stories.json), current version. */
const storiesDocSchema = z.object({
  version: z.literal(2),
  stories: z.array(storySchema).max(500),
});

/** The story bank document. */
export type StoriesDoc = z.infer<typeof storiesDocSchema>;

/** Version 1, the first layout: bullets were a plain list and there were no question links or
 * follow-up. Kept so files written by it (and exports made with it) still open. */
const storiesDocV1Schema = z.object({
  version: z.literal(1),
  stories: z.array(
    z.object({
      id: storySchema.shape.id,
      title: z.string(),
      tags: z.array(storyThemeSchema),
      bullets: z.array(z.string()).max(5),
      createdAt: z.string(),
    }),
  ),
});

/** Version 1 to 2: the bullet list becomes named bullets in STAR-L order, tags become themes. */
export function migrateStoriesV1(doc: unknown): unknown {
  const v1 = storiesDocV1Schema.parse(doc);
  return {
    version: 2,
    stories: v1.stories.map((s) => {
      const [situation = '', task = '', actions = '', result = '', learning = ''] = s.bullets;
      return {
        id: s.id,
        title: s.title,
        themes: [...new Set(s.tags)],
        bullets: { situation, task, actions, result, learning },
        questionIds: [],
        followUp: { question: '', answer: '' },
        createdAt: s.createdAt,
        updatedAt: s.createdAt,
      };
    }),
  };
}

/** How the story bank is stored and upgraded. */
export const storiesDocSpec: DocumentSpec<StoriesDoc> = {
  name: 'stories',
  label: 'story bank',
  version: 2,
  schema: storiesDocSchema,
  migrations: [{ from: 1, migrate: migrateStoriesV1 }],
  empty: () => ({ version: 2, stories: [] }),
};
