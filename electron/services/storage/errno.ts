/** The system error code (ENOSPC, EIO...) of a thrown value, if it has one. The one place that
 * looks inside a Node system error, instead of `(error as NodeJS.ErrnoException).code` casts. */
export function systemCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const { code } = error as { code: unknown };
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** True when an error means the disk (or the user's quota) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = systemCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * Why a file could not be written, in words a person can act on: the one mapping from system
 * errors to advice, so a full disk reads the same everywhere. `where` is the file or folder.
 */
export function describeWriteError(error: unknown, where: string): string {
  const code = systemCode(error);
  if (isDiskFull(error)) {
    return `The disk holding ${where} is full. Free some space (empty the trash, delete large files), then try again.`;
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `Rehearse may not write to ${where} (${code}). Check that the folder is writable, then try again.`;
  }
  return `Rehearse could not write to ${where} (${code ?? String(error)}). Check that the disk is connected and has space, then try again.`;
}
