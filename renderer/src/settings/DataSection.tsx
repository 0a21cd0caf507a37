import { useCallback, useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { formatBytes } from '../../../shared/models/format-bytes';
import { api } from '../api';
import { ConfirmDialog } from '../ui/ConfirmDialog';

type Summary = CallResponse<'data/summary'>;

/** Your data: how much is stored, export everything to a folder, import an export, delete all. */
export function DataSection() {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [folder, setFolder] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);

  const reload = useCallback(
    () =>
      void api
        .call('data/summary', {})
        .then(setSummary)
        .catch((e: Error) => setError(e.message)),
    [],
  );
  useEffect(reload, [reload]);

  const run = async (action: () => Promise<string>) => {
    setError(null);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (e) {
      setError((e as Error).message);
    }
    reload();
  };
  const exportData = () =>
    run(async () => {
      const r = await api.call('data/export', { folder });
      return `Exported ${r.attempts} attempts, ${r.stories} stories and ${r.customQuestions} questions (${formatBytes(r.bytes)}) to ${r.path}.`;
    });
  const importData = () =>
    run(async () => {
      const r = await api.call('data/import', { folder });
      const part = (
        label: string,
        c: { imported: number; renamed: number; skipped: number; invalid: number },
      ) =>
        `${label}: ${c.imported + c.renamed} added${c.renamed ? ` (${c.renamed} under a new id)` : ''}, ${c.skipped} already here${c.invalid ? `, ${c.invalid} unreadable` : ''}`;
      return (
        [
          part('Attempts', r.attempts),
          part('stories', r.stories),
          part('questions', r.questions),
        ].join('; ') + (r.problems.length ? `. ${r.problems.join(' ')}` : '.')
      );
    });

  return (
    <fieldset className="models data-section">
      <legend>Your data</legend>
      {summary && (
        <p className="field-help">
          {summary.attempts} attempts, {summary.stories} stories and {summary.customQuestions}{' '}
          questions of your own ({formatBytes(summary.bytes)}) in <code>{summary.dataDir}</code>.
        </p>
      )}
      <div className="field">
        <label htmlFor="data-folder">Folder to export to, or an export to import</label>
        <input
          id="data-folder"
          value={folder}
          placeholder="/home/you/Documents"
          onChange={(e) => setFolder(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!folder.trim()}
          onClick={() => void exportData()}
        >
          Export everything
        </button>
        <button
          type="button"
          className="button"
          disabled={!folder.trim()}
          onClick={() => void importData()}
        >
          Import
        </button>
        <button type="button" className="button danger" onClick={() => setConfirmAll(true)}>
          Delete everything…
        </button>
      </div>
      {message && (
        <p className="notice notice-info" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirmAll}
        title="Delete all your data?"
        body={`Every attempt${summary ? ` (${summary.attempts})` : ''}, story and question of your own will be removed from this computer. Settings and downloaded models are kept. Export first if you may want them back.`}
        confirmLabel="Delete everything"
        onCancel={() => setConfirmAll(false)}
        onConfirm={() => {
          setConfirmAll(false);
          void run(async () => {
            const r = await api.call('data/delete-all', { confirm: 'delete-everything' });
            return `Deleted ${r.attempts} attempts, ${r.stories} stories and ${r.customQuestions} questions.${r.failed.length ? ` Could not delete: ${r.failed.join(', ')}.` : ''}`;
          });
        }}
      />
    </fieldset>
  );
}
