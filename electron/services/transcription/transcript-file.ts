import { transcriptSchema, type Transcript } from '../../../shared/transcript';
import { writeFileAtomic } from '../storage/atomic-write';
import { describeWriteError } from '../storage/errno';
import { readJsonDocument } from '../storage/read-json';
import { TranscriptionError } from './errors';

/**
 * Validates a transcript and writes it with the one atomic writer, so a crash while writing
 * leaves the old file or none, never half a file.
 */
export async function writeTranscriptFile(filePath: string, transcript: Transcript): Promise<void> {
  const valid = transcriptSchema.parse(transcript);
  try {
    await writeFileAtomic(filePath, JSON.stringify(valid, null, 2) + '\n');
  } catch (error) {
    throw new TranscriptionError(
      'write-failed',
      `The transcript was not saved. ${describeWriteError(error, filePath)}`,
      String(error),
    );
  }
}

/** Reads and validates a stored transcript.json (size-capped, stopping at the first error). */
export async function readTranscriptFile(filePath: string): Promise<Transcript> {
  const read = await readJsonDocument(filePath, transcriptSchema);
  if (read.ok) return read.data;
  throw new Error(`${filePath} cannot be used: ${read.why}.`);
}
