import { open } from 'node:fs/promises';
import type { Attempt } from '../../../shared/contract/attempts';
import { formatSeconds, systemCode } from './attempt-errors';
import { WAV_HEADER_BYTES, parseWavHeader, pcmDurationSec } from './wav-format';

const DELETE_HINT = 'Delete the attempt to remove it from the list.';

/**
 * Checks an attempt's audio.wav without reading its samples: present, readable, our WAV layout, the
 * attempt's format, and as long as its header says. Returns what is wrong in words a person can act
 * on, or null when the file is fine. A recording still in progress is not held to its header, which
 * says "no data" until the recording finishes.
 */
export async function checkAudio(file: string, attempt: Attempt): Promise<string | null> {
  let head: Buffer;
  let size: number;
  try {
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      head = Buffer.alloc(WAV_HEADER_BYTES);
      const { bytesRead } = await handle.read(head, 0, WAV_HEADER_BYTES, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (systemCode(error) === 'ENOENT') {
      return `The audio file (audio.wav) is missing, so this recording cannot be replayed or transcribed. ${DELETE_HINT}`;
    }
    return `The audio file (audio.wav) cannot be read (${systemCode(error) ?? 'unknown error'}). Check that the data folder is readable, then reopen Rehearse.`;
  }
  const header = parseWavHeader(head);
  if ('problem' in header) {
    return `The audio file (audio.wav) is damaged: ${header.problem}. It cannot be replayed. ${DELETE_HINT}`;
  }
  if (header.sampleRate !== attempt.sampleRate) {
    return `The audio file (audio.wav) is at ${header.sampleRate} Hz but the attempt was recorded at ${attempt.sampleRate} Hz; the file was probably replaced. ${DELETE_HINT}`;
  }
  const present = size - WAV_HEADER_BYTES;
  if (attempt.status !== 'recording' && header.dataSize > present) {
    const has = formatSeconds(pcmDurationSec(present, header.sampleRate));
    const had = formatSeconds(pcmDurationSec(header.dataSize, header.sampleRate));
    return `The audio file (audio.wav) was cut short: it holds ${has} of the ${had} recorded, perhaps after a copy that did not finish. ${DELETE_HINT}`;
  }
  return null;
}
