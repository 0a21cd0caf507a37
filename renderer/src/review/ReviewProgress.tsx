import type { ReviewJob } from '../../../shared/contract/review';
import { clock } from '../../../shared/review/format';

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
  // Audio time done, not a percentage: it moves with every piece transcribed, and the elapsed
  // seconds tick every second in between, so the work never looks hung.
  const elapsed = job.elapsedSec !== undefined ? ` (${job.elapsedSec} s)` : '';
  const label =
    job.stage === 'transcribing' && job.totalSec !== undefined
      ? `Transcribed ${clock(job.doneSec ?? 0)} of ${clock(job.totalSec)}${elapsed}`
      : job.stage === 'transcribing'
        ? `${STAGE_TEXT.transcribing} ${percent}%${elapsed}`
        : `${STAGE_TEXT[job.stage]}${job.stage === 'queued' ? '' : elapsed}`;
  return (
    <div className="review-progress" data-stage={job.stage} aria-busy="true">
      {job.notice && (
        <p className="notice notice-warning" role="status">
          {job.notice}
        </p>
      )}
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
