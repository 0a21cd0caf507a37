import fs from 'node:fs';
import type { z } from 'zod';
import { formatBytes } from '../../../shared/models/format-bytes';
import { systemCode } from './errno';
import { checkRegularFile, checkRegularFileSync, type FileCheck } from './regular-file';
import { validateEarly } from '../../../shared/validate-early';

/** The most a store file may hold before it is refused unread: far above any real one (a story
 * bank of thousands of stories is a few MB), far below what would exhaust memory when parsed. */
export const MAX_STORE_FILE_BYTES = 16_000_000;

/** A JSON file's text as read, or why it could not be: missing, not a file, too large, unreadable. */
export type TextRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'not-a-file' | 'too-large' | 'unreadable'; why: string };

/** A JSON file as parsed, or why it could not be (`not-json` for text that does not parse). */
export type JsonRead =
  | { ok: true; value: unknown; text: string }
  | { ok: false; reason: Extract<TextRead, { ok: false }>['reason'] | 'not-json'; why: string };

function refuse(check: FileCheck, maxBytes: number): TextRead | null {
  if (!check.ok) {
    if (check.reason === 'missing')
      return { ok: false, reason: 'missing', why: 'it does not exist' };
    if (check.reason === 'not-a-file') {
      return { ok: false, reason: 'not-a-file', why: `it is ${check.kind}, not a file` };
    }
    return {
      ok: false,
      reason: 'unreadable',
      why: `it could not be read (${check.code ?? 'unknown error'})`,
    };
  }
  if (check.stat.size > maxBytes) {
    const why = `it is ${formatBytes(check.stat.size)}, more than the ${formatBytes(maxBytes)} such a file can be`;
    return { ok: false, reason: 'too-large', why };
  }
  return null;
}

function unreadable(error: unknown): TextRead {
  return {
    ok: false,
    reason: 'unreadable',
    why: `it could not be read (${systemCode(error) ?? String(error)})`,
  };
}

function parse(read: TextRead): JsonRead {
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text), text: read.text };
  } catch {
    return { ok: false, reason: 'not-json', why: 'it is not valid JSON (perhaps cut short)' };
  }
}

/** Reads a text file that must be a regular file no larger than `maxBytes`: checked before it
 * is opened, so a FIFO, a device or a huge file costs nothing. */
export async function readTextFile(
  file: string,
  maxBytes = MAX_STORE_FILE_BYTES,
): Promise<TextRead> {
  const refused = refuse(await checkRegularFile(file), maxBytes);
  if (refused) return refused;
  try {
    return { ok: true, text: await fs.promises.readFile(file, 'utf8') };
  } catch (error) {
    return unreadable(error);
  }
}

/** readTextFile for the synchronous stores. */
export function readTextFileSync(file: string, maxBytes = MAX_STORE_FILE_BYTES): TextRead {
  const refused = refuse(checkRegularFileSync(file), maxBytes);
  if (refused) return refused;
  try {
    return { ok: true, text: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    return unreadable(error);
  }
}

/** Reads and parses a JSON file under a size cap (see readTextFile); never throws. */
async function readJsonFile(file: string, maxBytes = MAX_STORE_FILE_BYTES): Promise<JsonRead> {
  return parse(await readTextFile(file, maxBytes));
}

/** readJsonFile for the synchronous stores. */
export function readJsonFileSync(file: string, maxBytes = MAX_STORE_FILE_BYTES): JsonRead {
  return parse(readTextFileSync(file, maxBytes));
}

/** A JSON document read and validated: its data, or why not (`invalid`: it does not match). */
export type DocumentRead<T> =
  | { ok: true; data: T }
  | { ok: false; reason: Extract<JsonRead, { ok: false }>['reason'] | 'invalid'; why: string };

/**
 * Reads a JSON file under a size cap and validates it so that errors stop early (validateEarly):
 * a crafted or damaged transcript.json or analysis.json costs about its own size in memory, never
 * an issue object per bad element. Never throws.
 */
export async function readJsonDocument<T>(
  file: string,
  schema: z.ZodType<T>,
  maxBytes = MAX_STORE_FILE_BYTES,
): Promise<DocumentRead<T>> {
  const read = await readJsonFile(file, maxBytes);
  if (!read.ok) return read;
  const checked = validateEarly(schema, read.value);
  if (checked.ok) return checked;
  return {
    ok: false,
    reason: 'invalid',
    why: `it does not match the expected format (${checked.problem})`,
  };
}
