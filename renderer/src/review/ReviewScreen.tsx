import type { RefObject } from 'react';
import { useNavigation } from '../app/navigation';
import type { AppState } from '../app/use-app-state';
import { attemptSubtitle } from '../attempts/format';
import { ReplayPanel } from '../replay/ReplayPanel';
import { useAttemptAudio } from '../replay/use-attempt-audio';
import { EmptyState } from '../screens/EmptyState';
import { emptyStates } from '../screens/empty-states';
import { useAttempt } from './use-attempt';

/** Review of one attempt: what was asked, when, and the recording to replay. */
export function ReviewScreen(props: {
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { route } = useNavigation();
  const { attempt, error, loading } = useAttempt(route.attemptId);
  const audio = useAttemptAudio(attempt?.id);
  const settings = props.state.settings;

  if (!attempt) {
    if (loading) return <p className="muted">Loading…</p>;
    return (
      <>
        {error && <p className="notice notice-error">{error}</p>}
        <EmptyState {...emptyStates.review} headingRef={props.headingRef} />
      </>
    );
  }
  return (
    <section className="screen review" aria-labelledby="screen-title">
      <p className="eyebrow">Review{attempt.title ? ` · ${attempt.title}` : ''}</p>
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef} className="question-title">
        {attempt.questionText}
      </h1>
      <p className="muted">
        {attemptSubtitle(attempt)} · {attempt.deviceLabel}
      </p>
      {route.note && route.attemptId === attempt.id && (
        <p className="notice notice-warning" role="status">
          {route.note}
        </p>
      )}
      {audio.error && <p className="notice notice-error">{audio.error}</p>}
      {audio.url && settings && (
        <ReplayPanel url={audio.url} markers={[settings.targetMinSec, settings.targetMaxSec]} />
      )}
    </section>
  );
}
