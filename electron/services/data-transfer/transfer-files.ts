import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ATTEMPT_FILE, AUDIO_FILE, TRANSCRIPT_FILE } from '../attempts/attempt-file';
import { ANALYSIS_FILE } from '../history/attempt-extras';

/** The files of an attempt folder that an export carries, each validated on import. */
export const ATTEMPT_FILES = [ATTEMPT_FILE, AUDIO_FILE, TRANSCRIPT_FILE, ANALYSIS_FILE] as const;

/** What `format` says in an export's manifest.json. */
export const EXPORT_FORMAT = 'rehearse-export';

/** manifest.json of an export folder: what it is, when it was made and what it holds. */
export const manifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  attempts: z.number().int().nonnegative(),
  stories: z.number().int().nonnegative(),
  customQuestions: z.number().int().nonnegative(),
});

/** An export's manifest. */
export type Manifest = z.infer<typeof manifestSchema>;

/** SHA-1 of a file, streamed (audio files can be large). */
export function sha1OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** JSON with object keys sorted, so two equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Total bytes of the regular files under `target` (a file or a folder); 0 when absent. */
export async function diskBytes(target: string): Promise<number> {
  let info;
  try {
    info = await stat(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(target, { withFileTypes: true });
  let total = 0;
  for (const entry of entries) {
    if (entry.isFile() || entry.isDirectory())
      total += await diskBytes(path.join(target, entry.name));
  }
  return total;
}

/** "2026-03-14 15-30-12" in local time: sortable, and valid in file names on every OS. */
export function fileStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`;
}
