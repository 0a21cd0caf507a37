import type { Story } from '../../../shared/stories/story';
import { themeLabels } from '../../../shared/stories/themes';
import { StoryBullets } from './StoryBullets';

/** One story: its themes and five bullets, with practice, edit and delete. */
export function StoryCard(props: {
  story: Story;
  onPractice: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { story } = props;
  return (
    <li className="story-card" data-story-id={story.id}>
      <div className="story-card-head">
        <h3>{story.title}</h3>
        <div className="question-actions">
          <button type="button" className="button primary" onClick={props.onPractice}>
            Practice from this story
          </button>
          <button
            type="button"
            className="button"
            onClick={props.onEdit}
            aria-label={`Edit ${story.title}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="button danger"
            onClick={props.onDelete}
            aria-label={`Delete ${story.title}`}
          >
            Delete
          </button>
        </div>
      </div>
      <p className="tags">
        {story.themes.map((t) => (
          <span key={t} className="badge">
            {themeLabels[t]}
          </span>
        ))}
      </p>
      <StoryBullets bullets={story.bullets} />
    </li>
  );
}
