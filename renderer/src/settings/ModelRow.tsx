import type { CallResponse, EventPayload } from '../../../shared/contract';
import { formatBytes } from '../../../shared/models/format-bytes';
import { api } from '../api';

type Entry = CallResponse<'models/list'>['models'][number];
type Progress = EventPayload<'models/progress'>;

function eta(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `${Math.ceil(seconds)} s left`;
  return `${Math.ceil(seconds / 60)} min left`;
}

/** One speech model: what it is, whether it is here, and the actions that fit its state. */
export function ModelRow(props: {
  model: Entry;
  progress?: Progress;
  /** Why the last action on this model failed, in the service's words. */
  error?: string;
  run: (action: () => Promise<unknown>, modelId: string) => void;
}) {
  const { model, progress } = props;
  const run = (action: () => Promise<unknown>) => props.run(action, model.id);
  const busy = model.state === 'downloading' || model.state === 'verifying';
  const total = progress?.totalBytes ?? model.sizeBytes;
  const received = progress?.receivedBytes ?? model.partialBytes;
  const pct = total > 0 ? Math.min(100, (received / total) * 100) : 0;
  return (
    <li className="model-row" data-model-id={model.id} data-state={model.state}>
      <div className="model-info">
        <span className="model-name">
          {model.displayName}
          {model.isDefault && <span className="badge">In use</span>}
        </span>
        <span className="muted">
          {formatBytes(model.sizeBytes)}
          {model.memoryBytes ? ` · needs about ${formatBytes(model.memoryBytes)} of memory` : ''}
          {model.notes ? ` · ${model.notes}` : ''}
        </span>
        {busy && (
          <div className="download-progress">
            <progress max={100} value={pct} aria-label={`Downloading ${model.displayName}`} />
            <span className="muted">
              {model.state === 'verifying'
                ? 'Checking the download…'
                : `${Math.floor(pct)}% · ${formatBytes(received)} of ${formatBytes(total)}${progress ? ` · ${formatBytes(progress.bytesPerSec)}/s · ${eta(progress.etaSec)}` : ''}`}
            </span>
          </div>
        )}
        {props.error && (
          <p className="notice notice-error" role="alert">
            {props.error}
          </p>
        )}
        {model.state === 'partial' && (
          <span className="muted">
            Paused at {formatBytes(model.partialBytes)}; downloading again resumes from there.
          </span>
        )}
      </div>
      <div className="model-actions">
        {(model.state === 'not-installed' || model.state === 'partial') && (
          <button
            type="button"
            className="button"
            onClick={() => run(() => api.call('models/download', { modelId: model.id }))}
          >
            {model.state === 'partial' ? 'Resume' : 'Download'}
          </button>
        )}
        {busy && (
          <button
            type="button"
            className="button"
            onClick={() => run(() => api.call('models/cancel', { modelId: model.id }))}
          >
            Cancel
          </button>
        )}
        {model.state === 'installed' && !model.isDefault && (
          <button
            type="button"
            className="button"
            onClick={() => run(() => api.call('models/set-default', { modelId: model.id }))}
          >
            Use this model
          </button>
        )}
        {model.state === 'installed' && (
          <button
            type="button"
            className="button danger"
            onClick={() => run(() => api.call('models/remove', { modelId: model.id }))}
            aria-label={`Remove ${model.displayName}`}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
