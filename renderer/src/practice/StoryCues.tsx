import { StoryBullets } from '../stories/StoryBullets';
import { useStories } from '../stories/use-stories';

/** The story's five bullets, shown as cues while the user answers from it. */
export function StoryCues({ storyId }: { storyId: string }) {
  const { stories } = useStories();
  const story = stories?.find((s) => s.id === storyId);
  if (!stories) return null;
  if (!story) return <p className="notice notice-warning">That story is no longer in your bank.</p>;
  return (
    <aside className="story-cues" aria-label="Story cues">
      <h2>Cues: {story.title}</h2>
      <StoryBullets bullets={story.bullets} />
    </aside>
  );
}
