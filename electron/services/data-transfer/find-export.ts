import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { exists } from '../attempts/attempt-file';

/** What "Export all data" names the folder it makes inside the chosen one. */
const EXPORT_PREFIX = 'Rehearse export ';

/** The folder to import from: `chosen` itself when it holds Rehearse data, else the export that
 * "Export all data" made inside it (the newest when there are several, so choosing the same folder
 * for Export and Import works). `note` says which one was picked when `chosen` was its parent. */
export async function findExport(chosen: string): Promise<{ source: string; note: string | null }> {
  const parts = ['manifest.json', 'attempts', 'stories.json', 'questions.json'];
  const found = await Promise.all(parts.map((p) => exists(path.join(chosen, p))));
  if (found.some(Boolean)) return { source: chosen, note: null };
  let entries: string[];
  try {
    entries = (await readdir(chosen, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && e.name.startsWith(EXPORT_PREFIX))
      .map((e) => e.name);
  } catch {
    return { source: chosen, note: null };
  }
  const exports: string[] = [];
  for (const name of entries.sort()) {
    if (await exists(path.join(chosen, name, 'manifest.json'))) exports.push(name);
  }
  const newest = exports.at(-1);
  if (!newest) return { source: chosen, note: null };
  const note =
    exports.length > 1
      ? `${chosen} holds ${exports.length} exports; imported the newest, "${newest}". Choose another one's folder to import it instead.`
      : null;
  return { source: path.join(chosen, newest), note };
}
