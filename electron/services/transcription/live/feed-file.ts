import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Transcript } from '../../../../shared/transcript';
import { isWavProblem, probeWavFile } from '../../wav/probe';
import { TranscriptionError } from '../errors';
import type { LiveTranscriber } from './live-transcriber';

/** The recorder's chunk: 250 ms of 16 kHz samples. */
const CHUNK_BYTES = 4000 * 2;
/** An attempt-like id for a file fed from the command line or a test. */
const FILE_SESSION_ID = 'file-feed-0001';

/**
 * Feeds a 16 kHz mono 16-bit WAV file through the live path as if it were being recorded, in
 * the recorder's 250 ms chunks but as fast as the engine keeps up (faster than real time), then
 * finishes it like a Stop: the same segmenter, engine and joining as a recording in the app.
 * Resolves to the transcript, where the segments were cut and how much audio Stop left to decode.
 * `onChunk` runs after each chunk (tests use it to kill the engine mid-file); `realTime` feeds
 * one chunk every 250 ms with the live view's decodes on, exactly as a recording arrives.
 */
export async function transcribeFileLive(
  live: LiveTranscriber,
  audioPath: string,
  onChunk?: (sec: number) => void | Promise<void>,
  options: { realTime?: boolean } = {},
): Promise<{ transcript: Transcript; cutsSec: number[]; tailDecodedAtStopSec: number }> {
  const info = await probeWavFile(audioPath);
  const name = path.basename(audioPath);
  if (isWavProblem(info) || info.encoding !== 'pcm' || info.sampleRate !== 16_000) {
    throw new TranscriptionError(
      'audio-unreadable',
      `--live reads 16 kHz mono 16-bit WAV, the format Rehearse records; ${name} is not. ` +
        `Convert it first, e.g. \`sox ${name} -r 16000 -c 1 -b 16 answer.wav\`, or leave out --live.`,
    );
  }
  if (info.channels !== 1 || info.bitsPerSample !== 16) {
    throw new TranscriptionError(
      'audio-unreadable',
      `--live reads mono 16-bit WAV; ${name} has ${info.channels} channel(s) of ${info.bitsPerSample} bits. ` +
        `Convert it with \`sox ${name} -r 16000 -c 1 -b 16 answer.wav\`, or leave out --live.`,
    );
  }
  live.begin(FILE_SESSION_ID, { provisional: options.realTime === true });
  const started = performance.now();
  const handle = await open(audioPath, 'r');
  try {
    let seq = 0;
    for (let at = 0; at < info.dataBytes; at += CHUNK_BYTES) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, info.dataBytes - at));
      await handle.read(chunk, 0, chunk.length, info.dataOffset + at);
      live.push(FILE_SESSION_ID, seq++, chunk);
      await onChunk?.((at + chunk.length) / 2 / 16_000);
      if (options.realTime) {
        const due = started + ((seq * CHUNK_BYTES) / 2 / 16_000) * 1000;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      } else {
        // Let segment transcriptions run between chunks, as they do between a recording's chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    await handle.close();
  }
  live.end(FILE_SESSION_ID);
  const session = live.take(FILE_SESSION_ID)!;
  const transcript = await session.finish();
  return {
    transcript,
    cutsSec: session.cutsSec,
    tailDecodedAtStopSec: session.tailDecodedAtStopSec ?? 0,
  };
}
