import { useState } from 'react';
import type { Question } from '../../../shared/questions/question';
import { checkStory } from '../../../shared/stories/story-checks';
import {
  BULLET_KEYS,
  bulletLabels,
  type Story,
  type StoryInput,
} from '../../../shared/stories/story';
import { STORY_THEMES, themeLabels } from '../../../shared/stories/themes';
import { api } from '../api';

const emptyStory: StoryInput = {
  title: '',
  themes: [],
  bullets: { situation: '', task: '', actions: '', result: '', learning: '' },
  questionIds: [],
  followUp: { question: '', answer: '' },
};

/** Creates or edits a story: title, themes, the five bullets, the questions it answers, and the
 * one follow-up to practise with it. What the story still needs is listed as you type. */
export function StoryEditor(props: {
  story: Story | null;
  questions: Question[];
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<StoryInput>(() => {
    if (!props.story) return emptyStory;
    const { title, themes, bullets, questionIds, followUp } = props.story;
    return { title, themes, bullets, questionIds, followUp };
  });
  const [error, setError] = useState<string | null>(null);
  const checks = checkStory(draft);
  const toggle = <T,>(list: T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  const save = async () => {
    setError(null);
    try {
      if (props.story) await api.call('stories/update', { id: props.story.id, patch: draft });
      else await api.call('stories/create', draft);
      props.onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form
      className="story-editor"
      aria-label={props.story ? `Edit ${props.story.title}` : 'New story'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor="story-title">Title</label>
        <input
          id="story-title"
          value={draft.title}
          maxLength={120}
          placeholder="Checkout outage from a batch job"
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </div>
      <fieldset className="theme-picker">
        <legend>Themes</legend>
        {STORY_THEMES.map((theme) => (
          <label key={theme} className="check">
            <input
              type="checkbox"
              checked={draft.themes.includes(theme)}
              onChange={() => setDraft({ ...draft, themes: toggle(draft.themes, theme) })}
            />
            {themeLabels[theme]}
          </label>
        ))}
      </fieldset>
      {BULLET_KEYS.map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`bullet-${key}`}>{bulletLabels[key]}</label>
          <textarea
            id={`bullet-${key}`}
            rows={2}
            value={draft.bullets[key]}
            onChange={(e) =>
              setDraft({ ...draft, bullets: { ...draft.bullets, [key]: e.target.value } })
            }
          />
        </div>
      ))}
      <fieldset className="question-links">
        <legend>Questions this story answers</legend>
        <div className="question-links-list">
          {props.questions.map((q) => (
            <label key={q.id} className="check">
              <input
                type="checkbox"
                checked={draft.questionIds.includes(q.id)}
                onChange={() =>
                  setDraft({ ...draft, questionIds: toggle(draft.questionIds, q.id) })
                }
              />
              {q.text}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="story-follow-up">The follow-up to practise</label>
        <input
          id="story-follow-up"
          value={draft.followUp.question}
          placeholder="What would you do differently?"
          onChange={(e) =>
            setDraft({ ...draft, followUp: { ...draft.followUp, question: e.target.value } })
          }
        />
      </div>
      <div className="field">
        <label htmlFor="story-follow-up-answer">Your short answer to it</label>
        <textarea
          id="story-follow-up-answer"
          rows={2}
          value={draft.followUp.answer}
          onChange={(e) =>
            setDraft({ ...draft, followUp: { ...draft.followUp, answer: e.target.value } })
          }
        />
      </div>
      {checks.length > 0 && (
        <ul className="story-checks" aria-label="What this story still needs">
          {checks.map((c) => (
            <li key={c.message}>{c.message}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {props.story ? 'Save story' : 'Add story'}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
