import { useEffect, useRef } from 'react';
import '../styles/live.css';
import { useLiveTranscript } from './use-live-transcript';

/** Words shown: the end of the running transcript, enough to glance at while speaking. */
const SHOWN_WORDS = 60;

/** The running transcript a few seconds behind the voice, with live pace and the counts of
 * fillers and hedges; no explanations while speaking (those wait for the review). */
export function LiveTranscript(props: { attemptId: string }) {
  const update = useLiveTranscript(props.attemptId);
  const words = update?.text.split(/\s+/).filter(Boolean) ?? [];
  const shown =
    words.length > SHOWN_WORDS ? `… ${words.slice(-SHOWN_WORDS).join(' ')}` : words.join(' ');
  const textRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    textRef.current?.scrollTo({ top: textRef.current.scrollHeight });
  }, [shown]);
  return (
    <section className="live-transcript" aria-label="Live transcript">
      <dl className="live-figures">
        <div>
          <dt>Pace</dt>
          <dd data-testid="live-pace">{update?.wpm != null ? `${update.wpm} wpm` : '–'}</dd>
        </div>
        <div>
          <dt>Fillers</dt>
          <dd data-testid="live-fillers">{update?.fillers ?? 0}</dd>
        </div>
        <div>
          <dt>Hedges</dt>
          <dd data-testid="live-hedges">{update?.hedges ?? 0}</dd>
        </div>
      </dl>
      {update?.notice ? (
        <p className="notice notice-warning" role="status">
          {update.notice}
        </p>
      ) : (
        <p ref={textRef} className="live-text" data-testid="live-text" aria-live="off">
          {shown || (
            <span className="muted">
              The transcript appears here a few seconds after you speak.
            </span>
          )}
        </p>
      )}
    </section>
  );
}
