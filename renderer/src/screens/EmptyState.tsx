import type { RefObject } from 'react';
import type { EmptyStateText } from './empty-states';

/** A screen with nothing in it yet: says what will be there and how to get started. */
export function EmptyState(
  props: EmptyStateText & { headingRef: RefObject<HTMLHeadingElement | null> },
) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        {props.title}
      </h1>
      <p className="lead">{props.lead}</p>
      <div className="empty-card">
        <ul>
          {props.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p className="empty-hint">{props.hint}</p>
      </div>
    </section>
  );
}
