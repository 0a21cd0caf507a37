import { useState } from 'react';
import { api } from '../api';
import { ModelRow } from './ModelRow';
import { useModels } from './use-models';

/** Speech models: the catalog with download, progress and cancel, and "use a file I have". */
export function ModelsSection() {
  const { list, progress, error, run } = useModels();
  const [path, setPath] = useState('');

  return (
    <fieldset className="models">
      <legend>Speech model</legend>
      <p className="field-help">
        Transcription runs on this computer with a whisper.cpp model.{' '}
        {list &&
          !list.defaultModelId &&
          `None is installed yet: ${list.recommendedModelId} is a good start.`}
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
            <ModelRow key={model.id} model={model} progress={progress[model.id]} run={run} />
          ))}
        </ul>
      )}
      <form
        className="import-model"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim())
            run(() =>
              api.call('models/use-existing-file', { path: path.trim() }).then(() => setPath('')),
            );
        }}
      >
        <label htmlFor="model-path">Use a model file I already have</label>
        <div className="import-row">
          <input
            id="model-path"
            placeholder="/path/to/ggml-base.en.bin"
            value={path}
            onChange={(e) => setPath(e.target.value)}
          />
          <button type="submit" className="button" disabled={!path.trim()}>
            Add
          </button>
        </div>
      </form>
    </fieldset>
  );
}
