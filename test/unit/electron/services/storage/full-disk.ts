import fs from 'node:fs';
import { vi } from 'vitest';

/**
 * Makes every temporary file the atomic writer opens (`*.tmp`) a full disk: the file is really
 * created (as the kernel creates it before a write fails), but its writes go to /dev/full, so the
 * kernel answers ENOSPC exactly as on a full disk. Restore with `vi.restoreAllMocks()`.
 */
export function fillDiskForTempFiles(): void {
  const realOpenSync = fs.openSync;
  const realOpen = fs.promises.open;
  vi.spyOn(fs, 'openSync').mockImplementation((file, flags, mode) => {
    if (!String(file).endsWith('.tmp')) return realOpenSync(file, flags, mode);
    fs.closeSync(realOpenSync(file, flags, mode));
    return realOpenSync('/dev/full', 'w');
  });
  vi.spyOn(fs.promises, 'open').mockImplementation(async (file, flags, mode) => {
    if (!String(file).endsWith('.tmp')) return realOpen(file, flags, mode);
    await (await realOpen(file, flags, mode)).close();
    return realOpen('/dev/full', 'w');
  });
}

/** The `*.tmp` files under `dir` (recursively): what a failed or killed write left behind. */
export function tempFilesIn(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'));
}
