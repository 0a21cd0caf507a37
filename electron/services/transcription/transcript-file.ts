import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { transcriptSchema, type Transcript } from '../../../shared/transcript';
import { TranscriptionError } from './errors';

/**
 * Validates a transcript and writes it atomically (temporary file + rename), so a crash while
 * writing leaves the old file or none, never half a file.
 */
export async function writeTranscriptFile(filePath: string, transcript: Transcript): Promise<void> {
  const valid = transcriptSchema.parse(transcript);
  const temp = `${filePath}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(valid, null, 2) + '\n', 'utf8');
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw new TranscriptionError(
      'write-failed',
      `The transcript could not be saved to ${filePath}. Check that the disk is not full and the folder is writable.`,
      String(error),
    );
  }
}

/** Reads and validates a stored transcript.json. */
export async function readTranscriptFile(filePath: string): Promise<Transcript> {
  return transcriptSchema.parse(JSON.parse(await readFile(filePath, 'utf8')));
}
