import { useState, type RefObject } from 'react';
import { buildCoverage } from '../../../shared/stories/coverage';
import type { Story } from '../../../shared/stories/story';
import { api } from '../api';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useQuestions } from '../questions/use-questions';
import { CoverageMatrix } from './CoverageMatrix';
import { StoryCard } from './StoryCard';
import { StoryEditor } from './StoryEditor';
import { useStories } from './use-stories';

/** The story bank: about eight stories, five bullets each, and the coverage of themes and questions. */
export function StoriesScreen(props: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { stories, error } = useStories();
  const { questions } = useQuestions();
  const { navigate } = useNavigation();
  const [editing, setEditing] = useState<Story | 'new' | null>(null);
  const [toDelete, setToDelete] = useState<Story | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const practice = (story: Story) =>
    navigate({ screen: 'practice', storyId: story.id, questionId: story.questionIds[0] });

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        Stories
      </h1>
      <p className="lead">
        Build about eight stories with five bullets each; together they should cover every theme.
      </p>
      {(error || actionError) && <p className="notice notice-error">{error ?? actionError}</p>}
      {editing && questions ? (
        <StoryEditor
          story={editing === 'new' ? null : editing}
          questions={questions}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button
          type="button"
          className="button primary story-new"
          onClick={() => setEditing('new')}
        >
          New story
        </button>
      )}
      {stories && stories.length === 0 && !editing && (
        <div className="empty-card">
          <p className="empty-hint">
            No stories yet. Start with your strongest production incident.
          </p>
        </div>
      )}
      {stories && stories.length > 0 && (
        <ul className="story-list" aria-label="Stories">
          {stories.map((story) => (
            <StoryCard
              key={story.id}
              story={story}
              onPractice={() => practice(story)}
              onEdit={() => setEditing(story)}
              onDelete={() => setToDelete(story)}
            />
          ))}
        </ul>
      )}
      {stories && questions && <CoverageMatrix matrix={buildCoverage(stories, questions)} />}
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this story?"
        body={
          toDelete
            ? `"${toDelete.title}" will be removed from your story bank. Recordings are kept.`
            : ''
        }
        confirmLabel="Delete"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const target = toDelete;
          setToDelete(null);
          if (target)
            api
              .call('stories/delete', { id: target.id })
              .catch((e: Error) => setActionError(e.message));
        }}
      />
    </section>
  );
}
