import { BULLET_KEYS, bulletLabels, type Story } from '../../../shared/stories/story';

/** A story's five bullets as a definition list (the story card and the practice cues). */
export function StoryBullets({ bullets }: { bullets: Story['bullets'] }) {
  return (
    <dl className="bullets">
      {BULLET_KEYS.map((key) => (
        <div key={key}>
          <dt>{bulletLabels[key]}</dt>
          <dd>{bullets[key] || <span className="muted">Not written yet</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
