import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  resolveWhisperCliPath,
  TEST_MODEL_PATH,
} from '../../../electron/services/transcription/engine-paths';

/** whisper-cli under test: env REHEARSE_WHISPER_CLI, else the vendored build. */
export const WHISPER_CLI = resolveWhisperCliPath();

/** The model under test: env REHEARSE_MODEL, else the converted tiny.en fixture. */
export const MODEL = path.resolve(process.env.REHEARSE_MODEL || TEST_MODEL_PATH);

const missing = [
  existsSync(WHISPER_CLI)
    ? null
    : `whisper-cli (${WHISPER_CLI}; run \`node scripts/build-whisper.mjs\`)`,
  existsSync(MODEL) ? null : `the test model (${MODEL}; run \`bash scripts/fixtures/setup.sh\`)`,
].filter((m): m is string => m !== null);

/** Why the real-engine tests cannot run here, or null when they can. */
const ENGINE_MISSING: string | null = missing.length ? `Missing ${missing.join(' and ')}` : null;

/**
 * True when integration tests should skip: only on a developer machine without the fixture.
 * In CI (env CI set) they never skip, so a missing fixture fails loudly instead.
 */
export const SKIP_ENGINE_TESTS = ENGINE_MISSING !== null && !process.env.CI;

if (SKIP_ENGINE_TESTS) {
  console.warn(`[integration] skipping whisper-cli tests: ${ENGINE_MISSING}.`);
}

/** Throws in CI when the fixture is missing, so the suite fails with the reason. */
export function requireEngine(): void {
  if (ENGINE_MISSING) throw new Error(`${ENGINE_MISSING}. CI must build and convert them first.`);
}

/** Reads bytes this process has read from files so far (Linux /proc/self/io `rchar`). */
export async function bytesReadSoFar(): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  const io = await readFile('/proc/self/io', 'utf8').catch(() => null);
  const match = io && /^rchar:\s*(\d+)/m.exec(io);
  return match ? Number(match[1]) : null;
}

/** Time limit of tests that transcribe the two-minute answer: generous, because speed targets
 * live in bench/ and a busy 2-core machine can be several times slower than an idle one. */
export const LONG_TEST_MS = 600_000;
