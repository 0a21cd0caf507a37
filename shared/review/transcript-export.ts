import type { Transcript } from '../transcript';

/** What an exported transcript file says about where it came from. */
export type TranscriptSource = { attemptId: string; questionText: string; recordedAt: string };

/** The transcript as plain text: the question, then what was said. */
export function transcriptToText(source: TranscriptSource, transcript: Transcript): string {
  const body = transcript.noSpeech ? '(No speech was heard in this recording.)' : transcript.text;
  return `${source.questionText}\n\n${body}\n`;
}

/** The transcript as JSON with every word's start and end in seconds and its place in the text. */
export function transcriptToJson(source: TranscriptSource, transcript: Transcript): string {
  return `${JSON.stringify({ ...source, ...transcript }, null, 2)}\n`;
}

/** A file name for an export: "rehearse-2026-11-28-tell-me-about-a-production-incident.md". */
export function exportFileName(
  source: TranscriptSource,
  suffix: string,
  extension: string,
): string {
  const day = source.recordedAt.slice(0, 10);
  const slug = source.questionText
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `rehearse-${day}-${slug || 'answer'}${suffix}.${extension}`;
}
