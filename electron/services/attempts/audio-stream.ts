import fs from 'node:fs';
import { Readable } from 'node:stream';
import parseRange from 'range-parser';
import { buildWavHeader, WAV_HEADER_BYTES } from '../wav/format';
import type { AttemptAudioFile } from './attempt-store';

/** A byte response both transports send as is: the preview pipes `body` into its HTTP response,
 * Electron's protocol handler (electron/main/audio-protocol.ts) wraps it in a web Response. */
export type ByteResponse = { status: number; headers: Record<string, string>; body: Readable };

const HEADER_BYTES = WAV_HEADER_BYTES;

const text = (status: number, message: string): ByteResponse => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  body: Readable.from([message]),
});

async function* bytes(
  handle: fs.promises.FileHandle,
  header: Buffer | null,
  from: number,
  to: number,
) {
  if (header && from < HEADER_BYTES) yield header.subarray(from, Math.min(to + 1, HEADER_BYTES));
  const start = header ? Math.max(from, HEADER_BYTES) : from;
  if (start <= to) yield* handle.createReadStream({ start, end: to, autoClose: false });
}

/** Streams an attempt's WAV, or the one byte range a `Range` header asks for (206), without ever
 * holding the file in memory. A range past the end is 416; a malformed or multi-part Range is
 * answered with the whole file, as HTTP allows. Never throws: problems become 404 or 500. */
export async function attemptAudioResponse(
  lookup: () => Promise<AttemptAudioFile>,
  range: string | undefined,
): Promise<ByteResponse> {
  let file: AttemptAudioFile;
  try {
    file = await lookup();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return text(404, `No recording to play: ${message.slice(0, 300)}`);
  }
  let handle: fs.promises.FileHandle;
  try {
    // O_NONBLOCK so a FIFO in place of audio.wav cannot hang the file-I/O pool.
    handle = await fs.promises.open(file.path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    return text(404, 'The audio file of this attempt is missing, so it cannot be replayed.');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error('not a regular file');
    const size = file.recording ? stat.size - ((stat.size - HEADER_BYTES) % 2) : stat.size;
    // While recording, the file's own header still says "no data": give one for the audio so far.
    const header =
      file.recording && size >= HEADER_BYTES
        ? buildWavHeader(file.sampleRate, size - HEADER_BYTES)
        : null;
    const parsed = range ? parseRange(size, range, { combine: true }) : -2;
    if (parsed === -1) {
      await handle.close();
      return {
        ...text(416, 'The requested range is outside the recording.'),
        headers: { 'Content-Range': `bytes */${size}` },
      };
    }
    const whole = parsed === -2 || parsed.type !== 'bytes' || parsed.length !== 1;
    const [from, to] = whole ? [0, size - 1] : [parsed[0]!.start, parsed[0]!.end];
    const body = Readable.from(bytes(handle, header, from, to));
    body.once('close', () => void handle.close().catch(() => undefined));
    const headers: Record<string, string> = {
      'Content-Type': 'audio/wav',
      'Content-Length': String(Math.max(0, to - from + 1)),
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-store',
    };
    if (!whole) headers['Content-Range'] = `bytes ${from}-${to}/${size}`;
    return { status: whole ? 200 : 206, headers, body };
  } catch {
    await handle.close().catch(() => undefined);
    return text(404, 'The audio of this attempt is not a readable file, so it cannot be replayed.');
  }
}
