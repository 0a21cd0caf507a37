import fs from 'node:fs/promises';
import path from 'node:path';
import { answerAnalysisSchema } from '../../../shared/analysis/schema';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { transcriptSchema, type Transcript } from '../../../shared/transcript';
import { writeFileAtomicSync } from '../storage/atomic-write';

/** Reads a JSON file beside an attempt's audio, or null when it is missing or no longer valid
 * (a stale or damaged result is simply made again). */
async function readJson<T>(file: string, parse: (raw: unknown) => T): Promise<T | null> {
  try {
    return parse(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch {
    return null;
  }
}

/** The attempt's stored transcript.json, if valid. */
export function readTranscript(folder: string): Promise<Transcript | null> {
  return readJson(path.join(folder, 'transcript.json'), (raw) => transcriptSchema.parse(raw));
}

/** The attempt's stored analysis.json, if valid. */
export function readAnalysis(folder: string): Promise<AnswerAnalysis | null> {
  return readJson(path.join(folder, 'analysis.json'), (raw) => answerAnalysisSchema.parse(raw));
}

/** Stores analysis.json beside the attempt's audio (atomically). */
export function writeAnalysis(folder: string, analysis: AnswerAnalysis): void {
  writeFileAtomicSync(path.join(folder, 'analysis.json'), JSON.stringify(analysis));
}
