import { constants, createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import {
  BYTES_PER_FRAME,
  MAX_WAV_DATA_BYTES,
  WAV_HEADER_BYTES,
  buildWavHeader,
  wavHeaderFor,
} from './format';
import type { WavInfo } from './probe';

/** What repairing a WAV file did. */
export type WavRepair = {
  /** Size of the file before the repair. */
  bytesBefore: number;
  /** Bytes of samples the repaired file holds. */
  dataBytes: number;
  /** Bytes cut off the end: half a sample left by a write that was interrupted. */
  droppedBytes: number;
};

/**
 * Makes a recording that a crash left unfinalized valid again, in place: the header is rewritten
 * from the file's length (whatever it said, since a crash may leave it at "0 bytes" or even cut),
 * and a trailing partial sample is dropped. The header is fully determined by the format and the
 * length, so a damaged header costs nothing.
 *
 * A file shorter than 44 bytes is recovered as an empty recording rather than called damaged: the
 * appender writes and syncs the whole header before it accepts the first chunk, so such a file never
 * held a sample and a fresh header loses nothing. A missing file is the same case at length 0.
 */
export async function repairWavFile(file: string, sampleRate: number): Promise<WavRepair> {
  const handle = await open(file, constants.O_RDWR | constants.O_CREAT);
  try {
    const bytesBefore = (await handle.stat()).size;
    const present = Math.max(0, bytesBefore - WAV_HEADER_BYTES);
    const whole = present - (present % BYTES_PER_FRAME);
    const dataBytes = Math.min(whole, MAX_WAV_DATA_BYTES - (MAX_WAV_DATA_BYTES % BYTES_PER_FRAME));
    const header = buildWavHeader(sampleRate, dataBytes);
    await handle.write(header, 0, header.length, 0);
    await handle.truncate(WAV_HEADER_BYTES + dataBytes);
    await handle.datasync();
    return {
      bytesBefore,
      dataBytes,
      droppedBytes: Math.max(0, bytesBefore - WAV_HEADER_BYTES - dataBytes),
    };
  } finally {
    await handle.close();
  }
}

/**
 * Writes a copy of any WAV file whose header states the real data size, streaming the samples
 * (bounded memory). For recordings whose header was never fixed (size 0 or 0xFFFFFFFF), which
 * whisper-cli refuses to read.
 */
export async function writeRepairedWav(
  source: string,
  info: WavInfo,
  destination: string,
): Promise<void> {
  const out = createWriteStream(destination);
  out.write(wavHeaderFor(info.fmt, info.dataBytes));
  await pipeline(
    createReadStream(source, { start: info.dataOffset, end: info.dataOffset + info.dataBytes - 1 }),
    out,
  );
}
