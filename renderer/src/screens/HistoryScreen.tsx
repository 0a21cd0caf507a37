import type { RefObject } from 'react';
import { AttemptList } from '../attempts/AttemptList';

/** History: every attempt, to open, rename or delete. */
export function HistoryScreen(props: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        History
      </h1>
      <p className="lead">Every answer you recorded, newest first.</p>
      <AttemptList />
    </section>
  );
}
