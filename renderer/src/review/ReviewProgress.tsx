import type { ReviewJob } from '../../../shared/contract/review';

const STAGE_TEXT: Record<ReviewJob['stage'], string> = {
  queued: 'Waiting for the transcriber…',
  transcribing: 'Transcribing your answer on this machine…',
  analyzing: 'Reading the transcript for feedback…',
  done: 'Done.',
  failed: 'Transcription failed.',
  cancelled: 'Transcription cancelled.',
};

/** Where the transcript will be: progress with Cancel while the review runs, the message and
 * Retry when it failed, and a way to start again after a cancel. */
export function ReviewProgress(props: {
  job: ReviewJob | null;
  onCancel: () => void;
  onStart: () => void;
}) {
  const { job } = props;
  if (!job) return null;
  if (job.stage === 'failed') {
    return (
      <div className="review-progress is-failed" data-stage="failed">
        <p className="notice notice-error" role="alert">
          {job.error?.message ?? 'The transcription failed for an unknown reason.'}
        </p>
        <button type="button" className="button primary" onClick={props.onStart}>
          Retry
        </button>
      </div>
    );
  }
  if (job.stage === 'cancelled') {
    return (
      <div className="review-progress" data-stage="cancelled">
        <p>No transcript yet: the transcription was cancelled.</p>
        <button type="button" className="button primary" onClick={props.onStart}>
          Transcribe now
        </button>
      </div>
    );
  }
  const percent = Math.round(job.percent);
  const label =
    job.stage === 'transcribing' ? `${STAGE_TEXT.transcribing} ${percent}%` : STAGE_TEXT[job.stage];
  return (
    <div className="review-progress" data-stage={job.stage} aria-busy="true">
      <p role="status" className="review-progress-label">
        {label}
      </p>
      <progress
        max={100}
        value={job.stage === 'queued' ? undefined : job.stage === 'analyzing' ? 100 : percent}
        aria-label="Transcription progress"
      />
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
