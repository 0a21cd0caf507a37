/** Bytes before the first sample in every WAV Rehearse writes (RIFF + fmt + data chunk headers). */
export const WAV_HEADER_BYTES = 44;

/** Bytes per sample frame: mono, 16-bit. */
export const BYTES_PER_FRAME = 2;

/** The largest data chunk a 32-bit RIFF size field can describe (the RIFF size is 36 + data). */
export const MAX_WAV_DATA_BYTES = 0xffffffff - 36 - 1;

/** The fields of a plain PCM WAV header, as read back from a file. */
export type WavHeader = {
  riffSize: number;
  formatTag: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  dataSize: number;
};

/** The 44-byte header of a mono 16-bit PCM WAV whose data chunk holds `dataBytes` bytes. */
export function buildWavHeader(sampleRate: number, dataBytes: number): Buffer {
  if (!Number.isInteger(dataBytes) || dataBytes < 0 || dataBytes > MAX_WAV_DATA_BYTES) {
    throw new RangeError(`A WAV data chunk cannot hold ${dataBytes} bytes.`);
  }
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // WAVE_FORMAT_PCM
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * BYTES_PER_FRAME, 28);
  header.writeUInt16LE(BYTES_PER_FRAME, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** Reads the 44-byte header Rehearse writes; returns a sentence saying what is wrong otherwise.
 * Only our own layout is accepted: these files are never produced by anything else. */
export function parseWavHeader(head: Buffer): WavHeader | { problem: string } {
  if (head.length < WAV_HEADER_BYTES) return { problem: 'it is shorter than a WAV header' };
  const tag = (at: number) => head.toString('latin1', at, at + 4);
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    return { problem: 'it does not start with RIFF/WAVE' };
  if (tag(12) !== 'fmt ' || head.readUInt32LE(16) !== 16 || tag(36) !== 'data') {
    return { problem: 'its header is not the layout Rehearse writes' };
  }
  const header: WavHeader = {
    riffSize: head.readUInt32LE(4),
    formatTag: head.readUInt16LE(20),
    channels: head.readUInt16LE(22),
    sampleRate: head.readUInt32LE(24),
    byteRate: head.readUInt32LE(28),
    blockAlign: head.readUInt16LE(32),
    bitsPerSample: head.readUInt16LE(34),
    dataSize: head.readUInt32LE(40),
  };
  if (header.formatTag !== 1 || header.channels !== 1 || header.bitsPerSample !== 16) {
    return { problem: 'it is not mono 16-bit PCM' };
  }
  return header;
}

/** Seconds of audio in `dataBytes` bytes of mono 16-bit PCM. */
export function pcmDurationSec(dataBytes: number, sampleRate: number): number {
  return Math.floor(dataBytes / BYTES_PER_FRAME) / sampleRate;
}
