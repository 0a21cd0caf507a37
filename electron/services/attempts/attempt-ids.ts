import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { attemptIdSchema } from '../../../shared/contract/attempts';

/** A new attempt id: UTC time first so folder names sort by creation, then randomness so two
 * attempts created in the same millisecond never share a folder. E.g. 20260314-153012-482-9f3a1c0b. */
export function newAttemptId(now: Date = new Date(), random: Buffer = randomBytes(4)): string {
  const iso = now.toISOString(); // 2026-03-14T15:30:12.482Z
  const date = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 19).replaceAll(':', '');
  return `${date}-${time}-${iso.slice(20, 23)}-${random.toString('hex')}`;
}

/** True when `name` can be an attempt id (and so an attempt folder's name). */
export function isAttemptId(name: string): boolean {
  return attemptIdSchema.safeParse(name).success;
}

/**
 * The folder of attempt `id` under `attemptsRoot`. Refuses anything that is not an attempt id and,
 * as a second guard, any path that would not be a direct child of the root, so no caller can make
 * the store read, write or delete outside attempts/.
 */
export function attemptFolder(attemptsRoot: string, id: string): string {
  if (!isAttemptId(id)) throw new RangeError(`"${id}" is not an attempt id.`);
  const root = path.resolve(attemptsRoot);
  const folder = path.resolve(root, id);
  if (path.dirname(folder) !== root || path.basename(folder) !== id) {
    throw new RangeError(`"${id}" does not name a folder inside ${root}.`);
  }
  return folder;
}
