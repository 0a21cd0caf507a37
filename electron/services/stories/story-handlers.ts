import type { CallName } from '../../../shared/contract';
import type { HandlerTable } from '../bridge/handler-table';
import type { StoryStore } from './story-store';

type StoryCallName = Extract<CallName, `stories/${string}`>;

/** The bridge handlers of the stories namespace, over one story store. */
export function createStoryHandlers(stories: StoryStore): Pick<HandlerTable, StoryCallName> {
  return {
    'stories/list': () => ({ stories: stories.list() }),
    'stories/create': (input) => stories.create(input),
    'stories/update': ({ id, patch }) => stories.update(id, patch),
    'stories/delete': ({ id }) => stories.delete(id),
  };
}
