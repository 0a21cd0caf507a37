import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRegularFile, readFileStart } from '../storage/regular-file';
import { TranscriptionError } from './errors';

/** The repository root, for the development defaults (vendor/ and .cache/ live there). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const EXE = process.platform === 'win32' ? '.exe' : '';

/** whisper-cli as built by `node scripts/build-whisper.mjs`. */
export const DEFAULT_WHISPER_CLI = path.join(
  REPO_ROOT,
  'vendor',
  'whisper',
  'bin',
  `whisper-cli${EXE}`,
);

/** The tiny.en model the fixture script converts for tests and development. */
export const TEST_MODEL_PATH = path.join(REPO_ROOT, '.cache', 'test-models', 'ggml-tiny.en.bin');

/** whisper-cli's path: the caller's, else env REHEARSE_WHISPER_CLI, else the vendored build. */
export function resolveWhisperCliPath(explicit?: string): string {
  return path.resolve(explicit || process.env.REHEARSE_WHISPER_CLI || DEFAULT_WHISPER_CLI);
}

/** The model's path: the caller's, else env REHEARSE_MODEL, else the development test model. */
export function resolveModelPath(explicit?: string): string {
  return path.resolve(explicit || process.env.REHEARSE_MODEL || TEST_MODEL_PATH);
}

/** Throws `engine-missing` unless whisper-cli exists and is executable. */
export async function assertWhisperCli(cliPath: string): Promise<void> {
  try {
    await access(cliPath, constants.X_OK);
  } catch {
    throw new TranscriptionError(
      'engine-missing',
      `The transcription engine (whisper-cli) was not found at ${cliPath}. ` +
        'Build it with `node scripts/build-whisper.mjs`, or set REHEARSE_WHISPER_CLI to a whisper-cli you have.',
    );
  }
}

/** ggml model files start with the magic "ggml" written as a little-endian uint32. */
const GGML_MAGIC = 0x67676d6c;

/** Throws `model-missing` or `model-invalid` unless the path holds a whisper.cpp ggml model. */
export async function assertModelFile(modelPath: string): Promise<void> {
  // stat first: opening a FIFO would wait for a writer, and /dev/zero reads forever.
  const checked = await checkRegularFile(modelPath);
  if (!checked.ok && checked.reason === 'not-a-file') {
    throw new TranscriptionError(
      'model-invalid',
      `${modelPath} is ${checked.kind}, not a speech model file. Pass --model <file.bin> or set REHEARSE_MODEL to a whisper.cpp ggml model file.`,
    );
  }
  if (!checked.ok) {
    throw new TranscriptionError(
      'model-missing',
      `The speech model was not found at ${modelPath}. Download a model in Settings, ` +
        'pass --model <file.bin>, or set REHEARSE_MODEL to a whisper.cpp ggml model file.',
    );
  }
  const head = await readFileStart(modelPath, 4);
  if (head.length < 4 || head.readUInt32LE(0) !== GGML_MAGIC) {
    throw new TranscriptionError(
      'model-invalid',
      `${path.basename(modelPath)} is not a whisper.cpp model (ggml .bin file). ` +
        'Download the model again or pick another model file.',
    );
  }
}
