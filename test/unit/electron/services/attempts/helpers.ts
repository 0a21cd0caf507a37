import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openFileSink,
  type OpenSink,
  type PcmSink,
} from '../../../../../electron/services/attempts/wav-appender';

/** A fresh temporary folder; remove it with `fs.rmSync(dir, { recursive: true, force: true })`. */
export function tempDir(prefix = 'rehearse-attempts-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `samples` of a deterministic, non-repeating 16-bit signal (so misplaced bytes are noticed). */
export function pcm(samples: number, seed = 1): Buffer {
  const out = Buffer.alloc(samples * 2);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < samples; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.writeInt16LE((x >>> 16) - 32768, i * 2);
  }
  return out;
}

/** The error the kernel really gives when a disk is full: a write to /dev/full (Linux). Where
 * there is no /dev/full, an error of the same shape. */
export function diskFullError(): NodeJS.ErrnoException {
  try {
    const fd = fs.openSync('/dev/full', 'w');
    try {
      fs.writeSync(fd, Buffer.alloc(16));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return error as NodeJS.ErrnoException;
  }
  return Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });
}

/** How the simulated disk of `fillingDisk` behaves. */
export type FillingDiskOptions = {
  /** Make the next fdatasync after the file's first one fail with this code (as NFS or a dying
   * disk report write errors late); later ones succeed. */
  failNextSyncWith?: string;
  /** Overwriting existing bytes needs free space too, as on copy-on-write filesystems (btrfs). */
  overwritesUseSpace?: boolean;
};

/**
 * Opens real files on a simulated disk with `free` bytes left: growing a file uses space, cutting it
 * frees space. The write that crosses the limit is short (as the kernel does it) and the next one
 * fails with the kernel's ENOSPC error.
 */
export function fillingDisk(free: number, options: FillingDiskOptions = {}): OpenSink {
  let left = free;
  let failSync = options.failNextSyncWith;
  return async (file) => {
    const real: PcmSink = await openFileSink(file);
    let size = fs.statSync(file).size;
    let syncs = 0;
    return {
      ...real,
      async write(data, position) {
        const end = position + data.length;
        const cost = options.overwritesUseSpace ? data.length : Math.max(0, end - size);
        if (cost > 0 && left <= 0) throw diskFullError();
        const allowed = cost <= left ? data.length : data.length - (cost - left);
        const written = await real.write(data.subarray(0, allowed), position);
        left -= options.overwritesUseSpace ? written : Math.max(0, position + written - size);
        size = Math.max(size, position + written);
        return written;
      },
      async sync() {
        if (failSync && syncs++ > 0) {
          const code = failSync;
          failSync = undefined;
          throw Object.assign(new Error(`${code}: i/o error, fdatasync`), { code });
        }
        await real.sync();
      },
      async truncate(length) {
        if (length < size) left += size - length;
        size = length;
        await real.truncate(length);
      },
    };
  };
}

/** Reads a little-endian field of a file's header. */
export function headerField(file: string, offset: number, bytes: 2 | 4): number {
  const head = fs.readFileSync(file).subarray(0, 44);
  return bytes === 2 ? head.readUInt16LE(offset) : head.readUInt32LE(offset);
}
