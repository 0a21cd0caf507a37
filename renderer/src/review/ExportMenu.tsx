import { useEffect, useRef, useState } from 'react';
import type { ReportDoc } from '../../../shared/review/report';
import { reportToMarkdown } from '../../../shared/review/report';
import {
  exportFileName,
  transcriptToJson,
  transcriptToText,
  type TranscriptSource,
} from '../../../shared/review/transcript-export';
import type { Transcript } from '../../../shared/transcript';
import { downloadText } from './download';

/** Export of the attempt: the report as Markdown or printed (to PDF), the transcript as text or
 * as JSON with word timings. A disclosure button with a list of actions; Escape closes it. */
export function ExportMenu(props: {
  report: ReportDoc;
  source: TranscriptSource;
  transcript: Transcript | null;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { source, transcript } = props;

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const run = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const items = [
    {
      label: 'Report (Markdown)',
      action: () =>
        downloadText(
          exportFileName(source, '', 'md'),
          reportToMarkdown(props.report),
          'text/markdown',
        ),
    },
    { label: 'Print or save as PDF', action: () => window.print() },
    {
      label: 'Transcript (text)',
      disabled: !transcript,
      action: () =>
        transcript &&
        downloadText(
          exportFileName(source, '-transcript', 'txt'),
          transcriptToText(source, transcript),
          'text/plain',
        ),
    },
    {
      label: 'Transcript with word timings (JSON)',
      disabled: !transcript,
      action: () =>
        transcript &&
        downloadText(
          exportFileName(source, '-transcript', 'json'),
          transcriptToJson(source, transcript),
          'application/json',
        ),
    },
  ];
  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          root.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="export-list"
        onClick={() => setOpen((o) => !o)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <ul id="export-list" className="export-list" hidden={!open}>
        {items.map((item) => (
          <li key={item.label}>
            <button type="button" disabled={item.disabled} onClick={run(item.action)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
