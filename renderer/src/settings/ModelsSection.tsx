import { useState } from 'react';
import { api } from '../api';
import { ModelRow } from './ModelRow';
import { useModelInUse, modelFileName, modelSourceLabels } from './use-model-in-use';
import { useModels } from './use-models';

/** Speech models: the catalog with download, progress and cancel, and "use a file I have". */
export function ModelsSection() {
  const { list, progress, error, rowErrors, run } = useModels();
  const inUse = useModelInUse().model;
  const [path, setPath] = useState('');
  // The service's message for a refused file, shown under the field the user typed it in.
  const [fileError, setFileError] = useState<string | null>(null);

  return (
    <fieldset className="models">
      <legend>Speech model</legend>
      <p className="field-help" data-testid="model-in-use">
        Transcription runs on this computer with a whisper.cpp model.{' '}
        {inUse?.path && inUse.source ? (
          <>
            In use: <code>{modelFileName(inUse.path)}</code> ({modelSourceLabels[inUse.source]}).
          </>
        ) : (
          inUse && list && `None is installed yet: ${list.recommendedModelId} is a good start.`
        )}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {!list ? (
        <p className="muted">Loading models…</p>
      ) : (
        <ul className="model-list" aria-label="Speech models">
          {list.models.map((model) => (
            <ModelRow
              key={model.id}
              model={model}
              progress={progress[model.id]}
              error={rowErrors[model.id]}
              run={run}
            />
          ))}
        </ul>
      )}
      <form
        className="import-model"
        onSubmit={(e) => {
          e.preventDefault();
          if (!path.trim()) return;
          setFileError(null);
          run(() =>
            api
              .call('models/use-existing-file', { path: path.trim() })
              .then(() => setPath(''))
              .catch((err: Error) => setFileError(err.message)),
          );
        }}
      >
        <label htmlFor="model-path">Use a model file I already have</label>
        <div className="import-row">
          <input
            id="model-path"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'model-path-error' : undefined}
            placeholder="/path/to/ggml-base.en.bin"
            value={path}
            onChange={(e) => setPath(e.target.value)}
          />
          <button type="submit" className="button" disabled={!path.trim()}>
            Add
          </button>
        </div>
        {fileError && (
          <p id="model-path-error" className="notice notice-error" role="alert">
            {fileError}
          </p>
        )}
      </form>
    </fieldset>
  );
}
