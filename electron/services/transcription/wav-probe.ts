import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { TranscriptionError } from './errors';

/** What a WAV header says, checked against the file's real size. */
export type WavInfo = {
  /** 'pcm' (integer) or 'float'; 'other' for compressed codecs whisper-cli may still decode. */
  encoding: 'pcm' | 'float' | 'other';
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Bytes per frame (one sample of every channel). */
  blockAlign: number;
  /** Where the samples start in the file. */
  dataOffset: number;
  /** Bytes of samples really present (a truncated file has fewer than its header claims). */
  dataBytes: number;
  /** True when the header claims more samples than the file holds. */
  truncated: boolean;
  /** True when the header's data size is 0 or 0xFFFFFFFF (a recorder stopped before fixing it):
   * whisper-cli then reads nothing, so it is given a repaired copy. */
  sizeUnknown: boolean;
  durationSec: number;
  /** The raw format chunk, to write a repaired header. */
  fmt: Buffer;
};

/** The first bytes say RIFF/WAVE (or RF64, which is WAV for files over 4 GiB). */
export function looksLikeWav(head: Buffer): boolean {
  const tag = head.toString('latin1', 0, 4);
  return (tag === 'RIFF' || tag === 'RF64') && head.toString('latin1', 8, 12) === 'WAVE';
}

const MAX_CHUNKS = 64;

/**
 * Reads a WAV file's header without reading its samples (a 30-minute file costs a few reads
 * of a few bytes each). Throws a TranscriptionError a person can act on when it is not a usable
 * WAV file.
 */
export async function probeWav(filePath: string): Promise<WavInfo> {
  const name = path.basename(filePath);
  const bad = (why: string) =>
    new TranscriptionError(
      'audio-unreadable',
      `${name} is not a readable WAV file (${why}). Record again, or convert it to 16 kHz mono WAV, ` +
        'e.g. `sox in.wav -r 16000 -c 1 -b 16 out.wav`.',
    );
  const handle = await open(filePath, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size === 0) {
      throw new TranscriptionError(
        'audio-empty',
        `${name} is empty (0 bytes): there is nothing to transcribe.`,
      );
    }
    const riff = await readAt(handle, 0, 12);
    if (riff.length < 12 || !looksLikeWav(riff)) throw bad('no RIFF/WAVE header');
    let offset = 12;
    let fmt: Buffer | null = null;
    for (let i = 0; i < MAX_CHUNKS && offset + 8 <= size; i++) {
      const header = await readAt(handle, offset, 8);
      const id = header.toString('latin1', 0, 4);
      const chunkSize = header.readUInt32LE(4);
      if (id === 'fmt ') fmt = await readAt(handle, offset + 8, Math.min(chunkSize, 64));
      if (id === 'data') {
        if (!fmt || fmt.length < 16) throw bad('the format chunk is missing before the samples');
        return describe(fmt, offset + 8, chunkSize, size, bad, name);
      }
      offset += 8 + chunkSize + (chunkSize % 2);
    }
    throw bad(fmt ? 'no data chunk' : 'the header is cut off or damaged');
  } finally {
    await handle.close();
  }
}

function describe(
  fmt: Buffer,
  dataOffset: number,
  declared: number,
  fileSize: number,
  bad: (why: string) => TranscriptionError,
  name: string,
): WavInfo {
  let formatTag = fmt.readUInt16LE(0);
  const channels = fmt.readUInt16LE(2);
  const sampleRate = fmt.readUInt32LE(4);
  const blockAlign = fmt.readUInt16LE(12);
  const bitsPerSample = fmt.readUInt16LE(14);
  if (formatTag === 0xfffe && fmt.length >= 26) formatTag = fmt.readUInt16LE(24);
  if (channels === 0 || sampleRate === 0 || blockAlign === 0)
    throw bad('its format chunk is zeroed');
  const encoding = formatTag === 1 ? 'pcm' : formatTag === 3 ? 'float' : 'other';
  const present = Math.max(0, fileSize - dataOffset);
  // 0 and 0xFFFFFFFF are what recorders leave when they stop before fixing the header.
  const unknownSize = declared === 0 || declared === 0xffffffff;
  const available = unknownSize ? present : Math.min(declared, present);
  const dataBytes = available - (available % blockAlign);
  if (dataBytes === 0) {
    throw new TranscriptionError('audio-empty', `${name} holds a WAV header but no audio samples.`);
  }
  return {
    encoding,
    sampleRate,
    channels,
    bitsPerSample,
    blockAlign,
    dataOffset,
    dataBytes,
    truncated: !unknownSize && declared > present,
    sizeUnknown: unknownSize,
    durationSec: dataBytes / blockAlign / sampleRate,
    fmt,
  };
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
