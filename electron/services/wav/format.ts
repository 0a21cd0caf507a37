/** Bytes before the first sample in every WAV Rehearse writes (RIFF + fmt + data chunk headers). */
export const WAV_HEADER_BYTES = 44;

/** Bytes per sample frame: mono, 16-bit. */
export const BYTES_PER_FRAME = 2;

/** The largest data chunk our header can describe (the RIFF size is 36 + data, at most 0xFFFFFFFE). */
export const MAX_WAV_DATA_BYTES = 0xffffffff - 36 - 1;

/** The 16-byte format chunk of mono 16-bit PCM at `sampleRate`, as Rehearse records it. */
function pcmFormatChunk(sampleRate: number): Buffer {
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0); // WAVE_FORMAT_PCM
  fmt.writeUInt16LE(1, 2);
  fmt.writeUInt32LE(sampleRate, 4);
  fmt.writeUInt32LE(sampleRate * BYTES_PER_FRAME, 8);
  fmt.writeUInt16LE(BYTES_PER_FRAME, 12);
  fmt.writeUInt16LE(16, 14);
  return fmt;
}

/**
 * The one WAV header writer: RIFF, the given format chunk (copied as it is, padded to an even
 * length) and a data chunk header declaring `dataBytes`. Throws when a 32-bit RIFF header cannot
 * describe that many bytes.
 */
export function wavHeaderFor(fmt: Buffer, dataBytes: number): Buffer {
  const padded = fmt.length % 2 ? Buffer.concat([fmt, Buffer.alloc(1)]) : fmt;
  const fixed = 4 + 8 + padded.length + 8;
  // A RIFF size of 0xFFFFFFFF means "unknown" to readers, so the largest real size is one less.
  if (!Number.isInteger(dataBytes) || dataBytes < 0 || dataBytes > 0xffffffff - fixed - 1) {
    throw new RangeError(`A WAV data chunk cannot hold ${dataBytes} bytes.`);
  }
  const header = Buffer.alloc(8 + fixed);
  const dataAt = 20 + padded.length;
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(fixed + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(fmt.length, 16);
  padded.copy(header, 20);
  header.write('data', dataAt, 'latin1');
  header.writeUInt32LE(dataBytes, dataAt + 4);
  return header;
}

/** The 44-byte header of a mono 16-bit PCM WAV whose data chunk holds `dataBytes` bytes. */
export function buildWavHeader(sampleRate: number, dataBytes: number): Buffer {
  return wavHeaderFor(pcmFormatChunk(sampleRate), dataBytes);
}

/** Seconds of audio in `dataBytes` bytes of mono 16-bit PCM. */
export function pcmDurationSec(dataBytes: number, sampleRate: number): number {
  return Math.floor(dataBytes / BYTES_PER_FRAME) / sampleRate;
}
