import { createReadStream } from 'node:fs';
import type { WavInfo } from './probe';

/** Frame length of the level analysis: 30 ms, about one syllable's attack. */
export const LEVEL_FRAME_SEC = 0.03;

/** Reads one sample at a byte offset as a number in [-1, 1]. */
export type SampleReader = (buffer: Buffer, offset: number) => number;

/** The reader of one sample of this WAV's encoding, or null for codecs we cannot read. */
export function sampleReader(info: WavInfo): SampleReader | null {
  const bytes = info.blockAlign / info.channels;
  if (info.encoding === 'float') {
    if (bytes === 4) return (b, o) => b.readFloatLE(o);
    if (bytes === 8) return (b, o) => b.readDoubleLE(o);
    return null;
  }
  if (info.encoding !== 'pcm') return null;
  if (bytes === 1) return (b, o) => (b[o]! - 128) / 128;
  if (bytes === 2) return (b, o) => b.readInt16LE(o) / 32768;
  if (bytes === 3) return (b, o) => b.readIntLE(o, 3) / 8388608;
  if (bytes === 4) return (b, o) => b.readInt32LE(o) / 2147483648;
  return null;
}

/** True when analyseLevels can read this WAV's samples (integer PCM or float). */
export function canReadLevels(info: WavInfo): boolean {
  return sampleReader(info) !== null;
}

/**
 * The RMS level of each 30 ms frame in dBFS (all channels together), streamed from disk in
 * 64 KiB reads so memory stays bounded by the frame count (about 130 KiB for 20 minutes).
 * Digital silence gives -Infinity.
 */
export async function readLevels(filePath: string, info: WavInfo): Promise<Float32Array> {
  const read = sampleReader(info);
  if (!read) throw new Error(`cannot read ${info.encoding} samples of ${info.bitsPerSample} bits`);
  const sampleBytes = info.blockAlign / info.channels;
  const framesPerLevel = Math.max(1, Math.round(info.sampleRate * LEVEL_FRAME_SEC));
  const samplesPerLevel = framesPerLevel * info.channels;
  const totalSamples = (info.dataBytes / info.blockAlign) * info.channels;
  const levels = new Float32Array(Math.ceil(totalSamples / samplesPerLevel));
  let level = 0;
  let sum = 0;
  let count = 0;
  let carry = Buffer.alloc(0);
  const stream = createReadStream(filePath, {
    start: info.dataOffset,
    end: info.dataOffset + info.dataBytes - 1,
    highWaterMark: 64 * 1024,
  });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const usable = buffer.length - (buffer.length % sampleBytes);
    for (let o = 0; o < usable; o += sampleBytes) {
      const v = read(buffer, o);
      sum += v * v;
      if (++count === samplesPerLevel) {
        levels[level++] = 10 * Math.log10(sum / count);
        sum = 0;
        count = 0;
      }
    }
    carry = Buffer.from(buffer.subarray(usable));
  }
  if (count > 0) levels[level++] = 10 * Math.log10(sum / count);
  return levels.subarray(0, level);
}
