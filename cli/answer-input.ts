import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../shared/models/format-bytes';
import { transcriptSchema, type Transcript } from '../shared/transcript';
import { MAX_STORE_FILE_BYTES } from '../electron/services/storage/read-json';
import { checkRegularFile } from '../electron/services/storage/regular-file';
import { validateEarly } from '../shared/validate-early';
import { decodeText } from './text-input';

/** A mistake in the command line or its input, printed as `rehearse analyze: <message>`, exit 1. */
export class UsageError extends Error {}

/** What `rehearse analyze` read: the text, and word timings when it came from audio or a transcript. */
export type Loaded = {
  input: 'text' | 'transcript' | 'audio';
  transcript: Pick<Transcript, 'text' | 'words'> & { audioDurationSec?: number };
};

const AUDIO = /\.(wav|wave|mp3|flac|ogg)$/i;
const OTHER_AUDIO = /\.(m4a|aac|webm|opus|mp4|mov|wma|aiff?)$/i;

/** Refuses what is not a regular file before anything opens it (a FIFO would wait forever, a
 * device such as /dev/zero would be read forever), in words: "a named pipe (FIFO)", "a device". */
async function requireFile(file: string, role: string, hint: string): Promise<number> {
  const checked = await checkRegularFile(file);
  if (checked.ok) return checked.stat.size;
  if (checked.reason === 'missing')
    throw new UsageError(`${role}${file} does not exist. Check the path.`);
  if (checked.reason === 'not-a-file')
    throw new UsageError(`${role}${file} is ${checked.kind}; ${hint}`);
  throw new UsageError(`${role}${file} cannot be read (${checked.code ?? 'unknown error'}).`);
}

/** Reads the answer to analyse: text (any common encoding), a transcript.json, or audio
 * (transcribed first), after checking each path is a regular file. */
export async function load(file: string, model: string | undefined): Promise<Loaded> {
  if (model) await requireFile(model, '--model ', 'give a whisper.cpp model file (.bin).');
  const size = await requireFile(
    file,
    '',
    'give a .txt transcript, a transcript.json or an audio file.',
  );
  if (OTHER_AUDIO.test(file)) {
    throw new UsageError(
      `${path.basename(file)}: whisper-cli reads WAV, MP3, FLAC and OGG. Convert it first, e.g. ffmpeg -i "${file}" -ar 16000 -ac 1 answer.wav`,
    );
  }
  if (AUDIO.test(file)) return { input: 'audio', transcript: await transcribe(file, model) };
  if (size > MAX_STORE_FILE_BYTES) {
    throw new UsageError(
      `${path.basename(file)} is ${formatBytes(size)}; an answer's transcript is far smaller (at most ${formatBytes(MAX_STORE_FILE_BYTES)} is read). Check that it is the right file.`,
    );
  }
  const decoded = decodeText(await readFile(file), path.basename(file));
  if ('binary' in decoded)
    throw new UsageError(
      `${path.basename(file)} looks binary. Give a plain-text transcript (.txt) or an audio file (.wav, .mp3, .flac, .ogg).`,
    );
  if (decoded.notice) process.stderr.write(`${decoded.notice}\n`);
  const { text } = decoded;
  if (/\.json$/i.test(file)) return { input: 'transcript', transcript: transcriptFrom(text, file) };
  if (!text.trim())
    throw new UsageError(`${path.basename(file)} is empty: there is no answer to analyse.`);
  return { input: 'text', transcript: { text, words: [] } };
}

/** A Rehearse transcript.json, validated so that a damaged or crafted file stops at its first
 * error (validateEarly) instead of collecting one per element. */
function transcriptFrom(text: string, file: string): Transcript {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(
      `${path.basename(file)} is not valid JSON. Give a Rehearse transcript.json or a .txt file.`,
    );
  }
  const t = validateEarly(transcriptSchema, parsed);
  if (!t.ok)
    throw new UsageError(
      `${path.basename(file)} is JSON but not a Rehearse transcript (${t.problem}).`,
    );
  return t.data;
}

/** Transcribes with the transcription service (loaded only for audio, so text needs no engine). */
async function transcribe(file: string, model: string | undefined): Promise<Loaded['transcript']> {
  const { Transcriber, isTranscriptionError } = await import('../electron/services/transcription');
  const transcriber = new Transcriber({ modelPath: model });
  process.stderr.write(
    `Transcribing ${path.basename(file)} with ${path.basename(transcriber.modelPath)} ...\n`,
  );
  try {
    const t = await transcriber.enqueue(path.resolve(file)).promise;
    if (t.noSpeech || !t.text.trim())
      throw new UsageError(`No speech found in ${path.basename(file)}: nothing to analyse.`);
    return t;
  } catch (error) {
    if (isTranscriptionError(error)) throw new UsageError(error.message);
    throw error;
  } finally {
    transcriber.dispose();
  }
}
