import { useCallback, useEffect, useState } from 'react';
import type { Story } from '../../../shared/stories/story';
import { api } from '../api';

/** The story bank, kept fresh. */
export function useStories() {
  const [stories, setStories] = useState<Story[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api
      .call('stories/list', {})
      .then(({ stories: next }) => {
        setStories(next);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    reload();
    return api.on('stories/changed', reload);
  }, [reload]);
  return { stories, error, reload };
}
