import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../storage/service-error';
import { systemCode } from '../storage/errno';

/** Checks that `folder` is an absolute path to an existing folder; returns it resolved. */
export async function existingFolder(folder: string, purpose: string): Promise<string> {
  if (!path.isAbsolute(folder)) {
    throw new ServiceError(
      'not-a-folder',
      `"${folder}" is not a full path. Choose the folder ${purpose} by its full path (for example /home/you/Documents).`,
    );
  }
  const resolved = path.resolve(folder);
  let info;
  try {
    info = await stat(resolved);
  } catch (error) {
    const code = systemCode(error);
    throw new ServiceError(
      'not-a-folder',
      code === 'ENOENT'
        ? `The folder ${resolved} does not exist. Choose an existing folder ${purpose}.`
        : `The folder ${resolved} cannot be opened (${code}). Check its permissions, or choose another folder ${purpose}.`,
    );
  }
  if (!info.isDirectory()) {
    throw new ServiceError(
      'not-a-folder',
      `${resolved} is a file, not a folder. Choose a folder ${purpose}.`,
    );
  }
  return resolved;
}
