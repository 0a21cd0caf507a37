import path from 'node:path';
import type { z } from 'zod';
import { answerAnalysisSchema } from '../../../shared/analysis/schema';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { transcriptSchema, type Transcript } from '../../../shared/transcript';
import { writeFileAtomicSync } from '../storage/atomic-write';
import { describeWriteError } from '../storage/errno';
import { readJsonDocument } from '../storage/read-json';
import { ServiceError } from '../storage/service-error';

/** Reads a JSON file beside an attempt's audio, or null when it is missing or no longer valid
 * (a stale or damaged result is simply made again). */
async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  const read = await readJsonDocument(file, schema);
  return read.ok ? read.data : null;
}

/** The attempt's stored transcript.json, if valid. */
export function readTranscript(folder: string): Promise<Transcript | null> {
  return readJson(path.join(folder, 'transcript.json'), transcriptSchema);
}

/** The attempt's stored analysis.json, if valid. */
export function readAnalysis(folder: string): Promise<AnswerAnalysis | null> {
  return readJson(path.join(folder, 'analysis.json'), answerAnalysisSchema);
}

/** Stores analysis.json beside the attempt's audio (atomically); a failure says why in words. */
export function writeAnalysis(folder: string, analysis: AnswerAnalysis): void {
  const file = path.join(folder, 'analysis.json');
  try {
    writeFileAtomicSync(file, JSON.stringify(analysis));
  } catch (error) {
    throw new ServiceError(
      'write-failed',
      `The review was made but not saved. ${describeWriteError(error, file)}`,
      String(error),
    );
  }
}
