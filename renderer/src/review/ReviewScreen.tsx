import type { RefObject } from 'react';
import { useNavigation } from '../app/navigation';
import type { AppState } from '../app/use-app-state';
import { EmptyState } from '../screens/EmptyState';
import { emptyStates } from '../screens/empty-states';
import { AttemptReview } from './AttemptReview';
import { useAttempt } from './use-attempt';

/** Review of one attempt (the route's, else the newest): what to fix first, the replay with its
 * flags, the transcript, the signals and the follow-ups. */
export function ReviewScreen(props: {
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { route } = useNavigation();
  const { attempt, error, loading } = useAttempt(route.attemptId);

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
    <AttemptReview
      key={attempt.id}
      attempt={attempt}
      settings={props.state.settings}
      headingRef={props.headingRef}
      note={route.attemptId === attempt.id ? route.note : undefined}
    />
  );
}
