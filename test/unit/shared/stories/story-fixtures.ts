import type { Story } from '../../../../shared/stories/story';
import type { StoryTheme } from '../../../../shared/stories/themes';

/** A complete story with the given id, themes and linked questions. */
export function story(id: string, themes: StoryTheme[], questionIds: string[] = []): Story {
  return {
    id,
    title: `Story ${id}`,
    themes,
    bullets: {
      situation: 'Checkout API p99 at 1.2 s during a sale.',
      task: 'I owned the checkout service latency.',
      actions: 'Profiled, found N+1 queries, added a batched loader and a Redis cache.',
      result: 'p99 down to 180 ms; conversion up 2%.',
      learning: 'I load-test every new endpoint before launch now.',
    },
    questionIds,
    followUp: {
      question: 'Why Redis and not a local cache?',
      answer: 'Twelve pods needed one view.',
    },
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  };
}
