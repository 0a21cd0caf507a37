import { open, writeFile } from 'node:fs/promises';
import {
  BYTES_PER_FRAME,
  MAX_WAV_DATA_BYTES,
  WAV_HEADER_BYTES,
  buildWavHeader,
  pcmDurationSec,
} from '../wav/format';

/** Where an appender's bytes go. The real one is a file handle; tests wrap it to fail on demand
 * (a full disk, an I/O error) while still writing a real file. */
export type PcmSink = {
  /** Writes `data` at `position` and returns how many bytes went out; like pwrite(2), it may write
   * fewer than asked (a short write) and throws on failure (ENOSPC, EIO...). */
  write(data: Buffer, position: number): Promise<number>;
  /** Makes the written bytes and the file's size durable (fdatasync). */
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
};

/** Opens an existing file as a sink. */
export type OpenSink = (file: string) => Promise<PcmSink>;

/** The real sink: a file handle opened for writing at explicit positions. */
export const openFileSink: OpenSink = async (file) => {
  const handle = await open(file, 'r+');
  return {
    write: async (data, position) =>
      (await handle.write(data, 0, data.length, position)).bytesWritten,
    sync: () => handle.datasync(),
    truncate: (length) => handle.truncate(length),
    close: () => handle.close(),
  };
};

/** How an appender writes. */
export type AppenderOptions = {
  openSink?: OpenSink;
  /** fdatasync after every chunk, so a power cut loses at most the chunk being written (see
   * bench/capture-write-bench.ts for its cost). Only tests that measure something else turn it off. */
  syncEachChunk?: boolean;
};

/**
 * Appends mono 16-bit PCM to a WAV file as it arrives. The header says "0 bytes of data" until
 * finalize(); a file left unfinalized by a crash is repaired from its length (wav/repair.ts).
 * After a failed append the file is cut back to the last whole chunk, so it never holds half a chunk.
 */
export class WavAppender {
  private closed = false;

  private constructor(
    private readonly sink: PcmSink,
    readonly sampleRate: number,
    private bytes: number,
    private readonly syncEachChunk: boolean,
  ) {}

  /** Creates `file` (it must not exist) with an empty-data header and opens it for appending. */
  static async create(
    file: string,
    sampleRate: number,
    options: AppenderOptions = {},
  ): Promise<WavAppender> {
    await writeFile(file, buildWavHeader(sampleRate, 0), { flag: 'wx' });
    const sink = await (options.openSink ?? openFileSink)(file);
    const appender = new WavAppender(sink, sampleRate, 0, options.syncEachChunk ?? true);
    try {
      await sink.sync();
    } catch (error) {
      await appender.close();
      throw error;
    }
    return appender;
  }

  /** Bytes of samples written so far. */
  get dataBytes(): number {
    return this.bytes;
  }

  /** Seconds of audio written so far. */
  get durationSec(): number {
    return pcmDurationSec(this.bytes, this.sampleRate);
  }

  /** Writes one chunk after the samples already in the file (and syncs it, by default). */
  async append(pcm: Buffer): Promise<void> {
    if (this.closed) throw new Error('This WAV file is already closed.');
    if (pcm.length % BYTES_PER_FRAME !== 0) {
      throw new RangeError(`A chunk of 16-bit samples cannot be ${pcm.length} bytes long.`);
    }
    if (this.bytes + pcm.length > MAX_WAV_DATA_BYTES) {
      throw new RangeError('The recording has reached the largest size a WAV file can hold.');
    }
    const start = WAV_HEADER_BYTES + this.bytes;
    try {
      await writeAll(this.sink, pcm, start);
      if (this.syncEachChunk && pcm.length > 0) await this.sink.sync();
    } catch (error) {
      // Shrinking a file needs no free space, so this works on a full disk too.
      await this.sink.truncate(start).catch(() => undefined);
      throw error;
    }
    this.bytes += pcm.length;
  }

  /** Writes the final header (data size, RIFF size) and syncs; the file stays open. */
  async finalize(): Promise<void> {
    await writeAll(this.sink, buildWavHeader(this.sampleRate, this.bytes), 0);
    await this.sink.sync();
  }

  /** Closes the file; later calls do nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.sink.close();
  }
}

/** Writes every byte of `data`, continuing after short writes as write(2) requires. */
async function writeAll(sink: PcmSink, data: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const written = await sink.write(data.subarray(done), position + done);
    if (written <= 0)
      throw Object.assign(new Error('The write made no progress.'), { code: 'EIO' });
    done += written;
  }
}
