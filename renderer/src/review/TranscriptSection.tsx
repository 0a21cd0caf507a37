import type { ReplayControls } from '../replay/use-wavesurfer';
import { FlagLegend } from './FlagLegend';
import { ReviewProgress } from './ReviewProgress';
import { TranscriptView } from './TranscriptView';
import type { useFlagFilter } from './use-flag-filter';
import type { useReview } from './use-review';

/** The transcript area: progress (with Cancel) while the review runs, the failure and Retry, or
 * the transcript with its legend once it is there. */
export function TranscriptSection(props: {
  review: ReturnType<typeof useReview>;
  filter: ReturnType<typeof useFlagFilter>;
  activeWord: number;
  controls: ReplayControls;
}) {
  const { review, filter, controls } = props;
  const { transcript, analysis } = review;
  return (
    <section className="card transcript" aria-labelledby="transcript-title">
      <h2 id="transcript-title" className="card-title">
        Transcript
      </h2>
      {review.error && (
        <p className="notice notice-error" role="alert">
          {review.error}
        </p>
      )}
      <ReviewProgress
        job={transcript && analysis && !review.running ? null : review.job}
        onCancel={review.cancel}
        onStart={() => void review.start()}
      />
      {transcript && analysis && review.job?.notice && (
        <p className="notice notice-warning" role="status">
          {review.job.notice}
        </p>
      )}
      {transcript?.noSpeech && (
        <p className="muted">
          No speech was heard in this recording, so there is nothing to give feedback on.
        </p>
      )}
      {transcript && analysis && !transcript.noSpeech && (
        <>
          <FlagLegend
            counts={analysis.flagCounts}
            hidden={filter.hidden}
            onToggle={filter.toggle}
            onShowAll={filter.showAll}
          />
          {analysis.flags.length === 0 && (
            <p className="muted">
              Nothing flagged: no vague, blaming, hedging, filler, buzzword or team-only phrases.
            </p>
          )}
          <TranscriptView
            transcript={transcript}
            flags={filter.flags}
            activeWord={props.activeWord}
            onSeek={controls.seek}
            onPlayFrom={controls.playFrom}
          />
        </>
      )}
      {transcript && analysis && !review.running && (
        <p className="retranscribe">
          <button type="button" className="button" onClick={() => void review.start(true)}>
            Transcribe again, whole file
          </button>
        </p>
      )}
    </section>
  );
}
