import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { WavInfo } from './wav-probe';

/**
 * Writes a copy of a WAV file whose header states the real data size, streaming the samples
 * (bounded memory). For recordings whose header was never fixed (size 0 or 0xFFFFFFFF), which
 * whisper-cli refuses to read.
 */
export async function writeRepairedWav(
  source: string,
  info: WavInfo,
  destination: string,
): Promise<void> {
  const fmtPadded = info.fmt.length % 2 ? Buffer.concat([info.fmt, Buffer.alloc(1)]) : info.fmt;
  const header = Buffer.alloc(12 + 8 + fmtPadded.length + 8);
  const fmtEnd = 20 + fmtPadded.length;
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + 8 + fmtPadded.length + 8 + info.dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(info.fmt.length, 16);
  fmtPadded.copy(header, 20);
  header.write('data', fmtEnd, 'latin1');
  header.writeUInt32LE(info.dataBytes, fmtEnd + 4);
  const out = createWriteStream(destination);
  out.write(header);
  await pipeline(
    createReadStream(source, { start: info.dataOffset, end: info.dataOffset + info.dataBytes - 1 }),
    out,
  );
}
