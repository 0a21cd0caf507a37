import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CatalogEntry } from '../../../shared/models/catalog';
import { formatBytes } from '../../../shared/models/format-bytes';
import { ensureFreeSpace } from './disk-space';
import { classifyDownloadError } from './download-errors';
import { GGML_HEADER_BYTES, parseGgmlHeader, type GgmlModelInfo } from './ggml-header';
import { writeAll } from './file-io';
import { ModelError } from './model-error';
import { checkRegularFile } from '../storage/regular-file';
import { systemCode } from '../storage/errno';

/** A checked copy of the user's file, inside the models folder under a temporary name. */
export type ImportedFile = {
  tempPath: string;
  sha1: string;
  sizeBytes: number;
  info: GgmlModelInfo;
  originalName: string;
};

/** Refuses a relative path (the app always sends absolute ones; resolving it against the server's
 * working folder would pick a file the person did not mean), and anything but a regular file,
 * checked with stat before any open: a FIFO would hold a file-I/O thread until a writer came. */
async function statSource(source: string): Promise<fs.Stats> {
  if (!path.isAbsolute(source)) {
    throw new ModelError(
      'file-not-found',
      `"${source}" is not a full path. Pick the model file again, or give its full path (for example /home/you/Downloads/ggml-base.en.bin).`,
    );
  }
  const checked = await checkRegularFile(source);
  if (checked.ok) return checked.stat;
  if (checked.reason === 'not-a-file') {
    throw new ModelError(
      'not-a-model',
      `${source} is ${checked.kind}, not a model file. Pick the model file itself (a .bin file such as ggml-base.en.bin).`,
    );
  }
  if (checked.code === 'EACCES' || checked.code === 'EPERM') {
    throw new ModelError('permission-denied', `Rehearse may not read ${source} (${checked.code}).`);
  }
  throw new ModelError(
    'file-not-found',
    `There is no file at ${source}. Check the path and pick the file again.`,
  );
}

async function readHead(source: string): Promise<Buffer> {
  let file: fs.promises.FileHandle;
  try {
    file = await fs.promises.open(source, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = systemCode(error) ?? 'error';
    throw new ModelError('permission-denied', `Rehearse could not open ${source} (${code}).`);
  }
  try {
    const head = Buffer.alloc(GGML_HEADER_BYTES);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Refuses a file clearly shorter than any published model of its kind (an interrupted copy). */
function checkComplete(info: GgmlModelInfo, size: number, catalog: readonly CatalogEntry[]): void {
  const sameKind = catalog.find(
    (entry) => entry.family === info.family && entry.quantization === info.quantization,
  );
  // English-only and multilingual files of one kind differ by a few kB; 95% leaves room for both.
  if (sameKind && size < sameKind.sizeBytes * 0.95) {
    throw new ModelError(
      'truncated-model',
      `This ${info.label} (${info.quantization}) model file is incomplete: ${formatBytes(size)} of about ${formatBytes(sameKind.sizeBytes)}. Download or copy it again.`,
    );
  }
}

/** Checks that `source` is a whisper ggml model and copies it into `modelsDir` while hashing it.
 * A copy, not a link: the original may sit in Downloads or on a removable or network drive and
 * be moved or deleted later, and a hard link cannot cross disks. The caller renames the copy. */
export async function copyModelFile(
  source: string,
  modelsDir: string,
  catalog: readonly CatalogEntry[],
  env: NodeJS.ProcessEnv,
): Promise<ImportedFile> {
  const stat = await statSource(source);
  const header = parseGgmlHeader(await readHead(source));
  if (!header.ok) throw new ModelError('not-a-model', header.reason);
  checkComplete(header.info, stat.size, catalog);
  await fs.promises.mkdir(modelsDir, { recursive: true });
  await ensureFreeSpace(modelsDir, stat.size);
  // The pid lets the start-up sweep remove the copy of a process that was killed mid-copy.
  const tempPath = path.join(
    modelsDir,
    `.import-${process.pid}-${randomBytes(6).toString('hex')}.partial`,
  );
  const hash = createHash('sha1');
  let sizeBytes = 0;
  try {
    const out = await fs.promises.open(tempPath, 'w');
    try {
      for await (const chunk of fs.createReadStream(source, { highWaterMark: 1 << 20 })) {
        const buffer = chunk as Buffer;
        hash.update(buffer);
        await writeAll(out, buffer);
        sizeBytes += buffer.length;
      }
    } finally {
      await out.close();
    }
  } catch (error) {
    await fs.promises.rm(tempPath, { force: true });
    if (error instanceof ModelError) throw error;
    throw classifyDownloadError(error, { url: '', dir: modelsDir, env, bytesNeeded: stat.size });
  }
  const originalName = path.basename(source);
  return { tempPath, sha1: hash.digest('hex'), sizeBytes, info: header.info, originalName };
}
