import type { ReactNode } from 'react';

/** How a signal looks: fine, or worth work (said in words too, never by colour alone). */
export type Tone = 'good' | 'warn';

/** One signal: a title, a headline figure, its status in words, and detail below. */
export function SignalCard(props: {
  id: string;
  title: string;
  figure: ReactNode;
  tone: Tone;
  status: string;
  children?: ReactNode;
}) {
  return (
    <section
      className="card signal"
      data-tone={props.tone}
      data-signal={props.id}
      aria-labelledby={`signal-${props.id}`}
    >
      <h3 id={`signal-${props.id}`} className="signal-title">
        {props.title}
      </h3>
      <p className="signal-figure">{props.figure}</p>
      <p className="signal-status">
        <span className="tone-icon" aria-hidden="true">
          {props.tone === 'good' ? '✓' : '!'}
        </span>
        {props.status}
      </p>
      {props.children}
    </section>
  );
}
