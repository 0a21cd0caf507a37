import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ZodType } from 'zod';
import { answerAnalysisSchema } from '../../../shared/analysis/schema';
import type { Attempt } from '../../../shared/contract/attempts';
import { transcriptSchema } from '../../../shared/transcript';
import { AUDIO_FILE, TRANSCRIPT_FILE, readAttemptFile } from '../attempts/attempt-file';
import { isAttemptId } from '../attempts/attempt-ids';
import { checkAudio } from '../wav/checks';
import { ANALYSIS_FILE } from '../history/attempt-extras';
import { systemCode } from '../storage/errno';
import { readJsonDocument } from '../storage/read-json';

/** Names of the attempt folders of an export; anything else there is reported, not imported. */
export async function sourceFolders(folder: string, problems: string[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = systemCode(error);
    if (code !== 'ENOENT')
      problems.push(`The attempts folder could not be read (${code}); no attempt was imported.`);
    return [];
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && isAttemptId(entry.name)) names.push(entry.name);
    else if (!entry.name.startsWith('.'))
      problems.push(
        `"${entry.name}" in the attempts folder is not an attempt and was not imported.`,
      );
  }
  return names.sort();
}

/** Validates one exported attempt folder: the attempt, if importable, and which of its optional
 * files (transcript.json, analysis.json) are valid; each problem is added to `problems`. */
export async function validate(
  folder: string,
  problems: string[],
): Promise<{ attempt: Attempt; extras: string[] } | null> {
  const id = path.basename(folder);
  const read = await readAttemptFile(folder);
  if (!('attempt' in read)) {
    problems.push(`Attempt ${id} was not imported: ${read.problem}`);
    return null;
  }
  if (read.attempt.status === 'recording') {
    problems.push(
      `Attempt ${id} was not imported: it was still being recorded when it was copied.`,
    );
    return null;
  }
  const audioProblem = await checkAudio(path.join(folder, AUDIO_FILE), read.attempt);
  if (audioProblem) {
    problems.push(`Attempt ${id} was not imported: ${audioProblem}`);
    return null;
  }
  const extras: string[] = [];
  for (const [name, schema] of [
    [TRANSCRIPT_FILE, transcriptSchema],
    [ANALYSIS_FILE, answerAnalysisSchema],
  ] as const) {
    const state = await checkJson(path.join(folder, name), schema);
    if (state === 'valid') extras.push(name);
    else if (state === 'invalid')
      problems.push(
        `Attempt ${id} was imported without its ${name}, which is damaged; transcribe or analyse the take again.`,
      );
  }
  return { attempt: read.attempt, extras };
}

async function checkJson(file: string, schema: ZodType): Promise<'valid' | 'invalid' | 'absent'> {
  const read = await readJsonDocument(file, schema);
  if (read.ok) return 'valid';
  return read.reason === 'missing' ? 'absent' : 'invalid';
}
