import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analysisViewSchema, type AnalysisView } from '../../../shared/progress/analysis-view';
import { transcriptSchema } from '../../../shared/transcript';
import { TRANSCRIPT_FILE } from '../attempts/attempt-file';
import { systemCode } from '../storage/errno';

/** The feedback engine's result, beside the attempt's audio and transcript. */
export const ANALYSIS_FILE = 'analysis.json';

/** A file of an attempt as read: its content, or null with why (null problem: simply not there). */
export type ExtraRead<T> = { value: T | null; problem: string | null };

async function readJson(
  file: string,
): Promise<{ json: unknown } | { missing: true } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = systemCode(error);
    return code === 'ENOENT' ? { missing: true } : { problem: `cannot be read (${code})` };
  }
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { problem: 'is not valid JSON (perhaps cut short)' };
  }
}

/** The analysis of the attempt in `folder`, as far as history needs it; absent is not a problem. */
export async function readAnalysisView(folder: string): Promise<ExtraRead<AnalysisView>> {
  const read = await readJson(path.join(folder, ANALYSIS_FILE));
  if ('missing' in read) return { value: null, problem: null };
  const parsed = 'json' in read ? analysisViewSchema.safeParse(read.json) : null;
  if (parsed?.success) return { value: parsed.data, problem: null };
  const why = 'problem' in read ? read.problem : 'is not in the format this version reads';
  return {
    value: null,
    problem: `The feedback of this take (analysis.json) ${why}; analyse the take again to refresh it.`,
  };
}

/** The transcript text of the attempt in `folder`; absent is not a problem. */
export async function readTranscriptText(folder: string): Promise<ExtraRead<string>> {
  const read = await readJson(path.join(folder, TRANSCRIPT_FILE));
  if ('missing' in read) return { value: null, problem: null };
  const parsed = 'json' in read ? transcriptSchema.safeParse(read.json) : null;
  if (parsed?.success) return { value: parsed.data.text, problem: null };
  const why = 'problem' in read ? read.problem : 'is damaged';
  return {
    value: null,
    problem: `The transcript of this take (transcript.json) ${why}; transcribe the take again.`,
  };
}

/** Runs `task` over `items` with at most `limit` at a time (keeps file handles well under limits). */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
