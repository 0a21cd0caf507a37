import path from 'node:path';
import type { z } from 'zod';
import { analysisViewSchema, type AnalysisView } from '../../../shared/progress/analysis-view';
import { transcriptSchema } from '../../../shared/transcript';
import { TRANSCRIPT_FILE } from '../attempts/attempt-file';
import { readJsonDocument } from '../storage/read-json';

/** The feedback engine's result, beside the attempt's audio and transcript. */
export const ANALYSIS_FILE = 'analysis.json';

/** A file of an attempt as read: its content, or null with why (null problem: simply not there). */
export type ExtraRead<T> = { value: T | null; problem: string | null };

/** Reads an attempt's JSON file under the size cap, validated so that errors stop early. */
async function readJson<T>(
  file: string,
  schema: z.ZodType<T>,
): Promise<{ data: T } | { missing: true } | { problem: string }> {
  const read = await readJsonDocument(file, schema);
  if (read.ok) return { data: read.data };
  if (read.reason === 'missing') return { missing: true };
  return { problem: read.reason === 'invalid' ? 'invalid' : `cannot be used: ${read.why}` };
}

/** The analysis of the attempt in `folder`, as far as history needs it; absent is not a problem. */
export async function readAnalysisView(folder: string): Promise<ExtraRead<AnalysisView>> {
  const read = await readJson(path.join(folder, ANALYSIS_FILE), analysisViewSchema);
  if ('missing' in read) return { value: null, problem: null };
  if ('data' in read) return { value: read.data, problem: null };
  const why = read.problem === 'invalid' ? 'is not in the format this version reads' : read.problem;
  return {
    value: null,
    problem: `The feedback of this take (analysis.json) ${why}; analyse the take again to refresh it.`,
  };
}

/** The transcript text of the attempt in `folder`; absent is not a problem. */
export async function readTranscriptText(folder: string): Promise<ExtraRead<string>> {
  const read = await readJson(path.join(folder, TRANSCRIPT_FILE), transcriptSchema);
  if ('missing' in read) return { value: null, problem: null };
  if ('data' in read) return { value: read.data.text, problem: null };
  const why = read.problem === 'invalid' ? 'is damaged' : read.problem;
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
