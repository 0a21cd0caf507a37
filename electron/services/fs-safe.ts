import fs from 'node:fs';
import path from 'node:path';

/** Writes a file so that a crash mid-write leaves either the old or the new content, never half. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

/** Renames an unreadable file to `<name>.corrupt-<timestamp><ext>` and returns the new path. */
export function moveAsideCorruptFile(file: string): string {
  const ext = path.extname(file);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = path.join(path.dirname(file), `${path.basename(file, ext)}.corrupt-${stamp}${ext}`);
  fs.renameSync(file, aside);
  return aside;
}
