import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { WAV_HEADER_BYTES } from './format';

/** What a WAV header says, checked against the file's real size. */
export type WavInfo = {
  /** 'pcm' (integer) or 'float'; 'other' for compressed codecs whisper-cli may still decode. */
  encoding: 'pcm' | 'float' | 'other';
  /** The format tag (WAVE_FORMAT_EXTENSIBLE resolved to its sub-format). */
  formatTag: number;
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  byteRate: number;
  /** Bytes per frame (one sample of every channel). */
  blockAlign: number;
  /** The RIFF size field as written. */
  riffSize: number;
  /** Where the samples start in the file. */
  dataOffset: number;
  /** The data chunk's size field as written. */
  dataSize: number;
  /** Bytes of whole frames really present (a truncated file has fewer than its header claims). */
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

/** Why a file is not a usable WAV file: `empty` (0 bytes), `not-wav`, or (for parseWavHeader)
 * `not-ours`, a WAV file but not the layout Rehearse records; `why` says it in words. */
export type WavProblem = { problem: 'empty' | 'not-wav' | 'not-ours'; why: string };

/** The first bytes say RIFF/WAVE (or RF64, which is WAV for files over 4 GiB). */
export function looksLikeWav(head: Buffer): boolean {
  const tag = head.toString('latin1', 0, 4);
  return (tag === 'RIFF' || tag === 'RF64') && head.toString('latin1', 8, 12) === 'WAVE';
}

const MAX_CHUNKS = 64;
type Read = { position: number; length: number };

/** Walks the chunks up to the data chunk, asking its driver for each few bytes it needs, so one
 * parser serves a file (a few small reads, never the samples) and a buffer alike. */
function* walk(size: number): Generator<Read, WavInfo | WavProblem, Buffer> {
  if (size === 0) return { problem: 'empty', why: 'it is empty (0 bytes)' };
  const riff = yield { position: 0, length: 12 };
  if (riff.length < 12 || !looksLikeWav(riff)) return notWav('no RIFF/WAVE header');
  let offset = 12;
  let fmt: Buffer | null = null;
  for (let i = 0; i < MAX_CHUNKS && offset + 8 <= size; i++) {
    const header = yield { position: offset, length: 8 };
    if (header.length < 8) break;
    const id = header.toString('latin1', 0, 4);
    const chunkSize = header.readUInt32LE(4);
    if (id === 'fmt ') fmt = yield { position: offset + 8, length: Math.min(chunkSize, 64) };
    if (id === 'data') {
      if (!fmt || fmt.length < 16) return notWav('the format chunk is missing before the samples');
      return describe(fmt, riff.readUInt32LE(4), offset + 8, chunkSize, size);
    }
    offset += 8 + chunkSize + (chunkSize % 2);
  }
  return notWav(fmt ? 'no data chunk' : 'the header is cut off or damaged');
}

function notWav(why: string): WavProblem {
  return { problem: 'not-wav', why };
}

function describe(
  fmt: Buffer,
  riffSize: number,
  dataOffset: number,
  declared: number,
  fileSize: number,
): WavInfo | WavProblem {
  let formatTag = fmt.readUInt16LE(0);
  const channels = fmt.readUInt16LE(2);
  const sampleRate = fmt.readUInt32LE(4);
  const blockAlign = fmt.readUInt16LE(12);
  if (formatTag === 0xfffe && fmt.length >= 26) formatTag = fmt.readUInt16LE(24);
  if (channels === 0 || sampleRate === 0 || blockAlign === 0) {
    return notWav('its format chunk is zeroed');
  }
  const present = Math.max(0, fileSize - dataOffset);
  // 0 and 0xFFFFFFFF are what recorders leave when they stop before fixing the header.
  const sizeUnknown = declared === 0 || declared === 0xffffffff;
  const available = sizeUnknown ? present : Math.min(declared, present);
  const dataBytes = available - (available % blockAlign);
  return {
    encoding: formatTag === 1 ? 'pcm' : formatTag === 3 ? 'float' : 'other',
    formatTag,
    sampleRate,
    channels,
    bitsPerSample: fmt.readUInt16LE(14),
    byteRate: fmt.readUInt32LE(8),
    blockAlign,
    riffSize,
    dataOffset,
    dataSize: declared,
    dataBytes,
    truncated: !sizeUnknown && declared > present,
    sizeUnknown,
    durationSec: dataBytes / blockAlign / sampleRate,
    fmt,
  };
}

/** Reads a WAV header held in memory; `fileSize` is the size of the whole file when `bytes` is only
 * its start. */
function readWavBytes(bytes: Buffer, fileSize = bytes.length): WavInfo | WavProblem {
  const steps = walk(fileSize);
  let step = steps.next(Buffer.alloc(0));
  while (!step.done) {
    const { position, length } = step.value;
    step = steps.next(bytes.subarray(position, position + length));
  }
  return step.value;
}

/**
 * Reads a WAV file's header without reading its samples (a 30-minute file costs a few reads of a
 * few bytes each). Opened non-blocking, so a named pipe cannot hold a file-I/O thread; system
 * errors (ENOENT, EACCES) are thrown as they are.
 */
export async function probeWavFile(file: string): Promise<WavInfo | WavProblem> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return notWav('it is not a regular file');
    const steps = walk(stat.size);
    let step = steps.next(Buffer.alloc(0));
    while (!step.done) {
      const buffer = Buffer.alloc(step.value.length);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, step.value.position);
      step = steps.next(buffer.subarray(0, bytesRead));
    }
    return step.value;
  } finally {
    await handle.close();
  }
}

/** True when a probe found a problem rather than a header. */
export function isWavProblem(result: WavInfo | WavProblem): result is WavProblem {
  return 'problem' in result;
}

/** Reads the 44-byte header Rehearse writes (mono 16-bit PCM, samples at byte 44); anything else
 * is a problem: these files are never produced by anything else, and recovery rewrites the header
 * in place assuming that layout. */
export function parseWavHeader(head: Buffer, fileSize = head.length): WavInfo | WavProblem {
  const notOurs = (why: string): WavProblem => ({ problem: 'not-ours', why });
  if (head.length < WAV_HEADER_BYTES) return notOurs('it is shorter than a WAV header');
  const info = readWavBytes(
    head.subarray(0, WAV_HEADER_BYTES),
    Math.max(fileSize, WAV_HEADER_BYTES),
  );
  if (isWavProblem(info)) {
    const noRiff = info.why === 'no RIFF/WAVE header';
    return notOurs(
      noRiff ? 'it does not start with RIFF/WAVE' : 'its header is not the layout Rehearse writes',
    );
  }
  if (info.dataOffset !== WAV_HEADER_BYTES || info.fmt.length !== 16) {
    return notOurs('its header is not the layout Rehearse writes');
  }
  if (info.formatTag !== 1 || info.channels !== 1 || info.bitsPerSample !== 16) {
    return notOurs('it is not mono 16-bit PCM');
  }
  return info;
}
