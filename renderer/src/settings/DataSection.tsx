import { useCallback, useEffect, useState } from 'react';
import type { CallResponse } from '../../../shared/contract';
import { formatBytes } from '../../../shared/models/format-bytes';
import { api } from '../api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { plural } from '../ui/format';

type Summary = CallResponse<'data/summary'>;

/** "1 take, 2 stories and 0 questions". */
const counts = (takes: number, stories: number, questions: number) =>
  `${plural(takes, 'take')}, ${plural(stories, 'story', 'stories')} and ${plural(questions, 'question')}`;

/** Your data: how much is stored, export everything to a folder, import an export, delete all. */
export function DataSection() {
  const [summary, setSummary] = useState<Summary | null>(null);
  const nothingStored =
    summary !== null && summary.attempts + summary.stories + summary.customQuestions === 0;
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
      // Say what the copy lacks: a take whose review was still running has no feedback in it.
      const noFeedback = r.withoutFeedback
        ? ` ${plural(r.withoutFeedback, 'take')} had no feedback yet (a review still running or never opened); ${r.withoutFeedback === 1 ? 'it gets' : 'they get'} it when opened after importing.`
        : '';
      const left = r.skipped.length ? ` Left out: ${r.skipped.join(' ')}` : '';
      return `Exported ${counts(r.attempts, r.stories, r.customQuestions)} (${formatBytes(r.bytes)}) to ${r.path}.${noFeedback}${left} To import it elsewhere, choose that folder or the one you exported into.`;
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
        `From ${r.source}: ` +
        [
          part('takes', r.attempts),
          part('stories', r.stories),
          part('questions', r.questions),
        ].join('; ') +
        (r.problems.length ? `. ${r.problems.join(' ')}` : '.')
      );
    });

  return (
    <fieldset className="models data-section">
      <legend>Your data</legend>
      {summary && (
        <p className="field-help">
          {counts(summary.attempts, summary.stories, summary.customQuestions)} of your own (
          {formatBytes(summary.bytes)}) in <code>{summary.dataDir}</code>.
        </p>
      )}
      <div className="field">
        <label htmlFor="data-folder">
          Folder to export into, or to import from (an export, or the folder you exported into)
        </label>
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
          Export all data
        </button>
        <button
          type="button"
          className="button"
          disabled={!folder.trim()}
          onClick={() => void importData()}
        >
          Import data
        </button>
        <button
          type="button"
          className="button danger"
          disabled={nothingStored}
          title={nothingStored ? 'There is nothing of yours to delete yet.' : undefined}
          onClick={() => setConfirmAll(true)}
        >
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
        body={`Every take${summary ? ` (${summary.attempts})` : ''}, story and question of your own will be removed from this computer. Settings and downloaded models are kept. Export first if you may want them back.`}
        confirmLabel="Delete everything"
        onCancel={() => setConfirmAll(false)}
        onConfirm={() => {
          setConfirmAll(false);
          void run(async () => {
            const r = await api.call('data/delete-all', { confirm: 'delete-everything' });
            return `Deleted ${counts(r.attempts, r.stories, r.customQuestions)}.${r.failed.length ? ` Could not delete: ${r.failed.join(', ')}.` : ''}`;
          });
        }}
      />
    </fieldset>
  );
}
