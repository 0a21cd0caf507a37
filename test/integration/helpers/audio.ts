import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../../electron/services/transcription/engine-paths';

const run = promisify(execFile);

/** Generated audio lives here between runs (git-ignored); it is rebuilt when missing. */
export const AUDIO_CACHE = path.join(REPO_ROOT, '.cache', 'test-audio');

/** JFK's inaugural sentence as shipped (MP3) with whisper.cpp inside nodejs-whisper. */
export const JFK_MP3 = path.join(
  REPO_ROOT,
  'node_modules',
  'nodejs-whisper',
  'cpp',
  'whisper.cpp',
  'samples',
  'jfk.mp3',
);

/** What JFK says in the sample. */
export const JFK_TEXT =
  'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';

/** Runs sox with an argument array; explains the missing-package case. */
export async function sox(args: string[]): Promise<void> {
  try {
    // -R: repeatable mode (fixed dither seed), so the same text gives the same samples on every
    // run and machine, and whisper's output on it does not vary between runs.
    await run('sox', ['-R', ...args], { maxBuffer: 1 << 20 });
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? error);
    const hint = /no handler for file extension .mp3|mp3/i.test(text)
      ? ' (sox needs MP3 support: apt-get install libsox-fmt-mp3)'
      : '';
    throw new Error(`sox ${args.join(' ')} failed${hint}: ${text}`, { cause: error });
  }
}

/** Builds a cached file once: `make` writes to a temp path that is renamed into place. */
async function cached(name: string, make: (out: string) => Promise<void>): Promise<string> {
  const file = path.join(AUDIO_CACHE, name);
  if (existsSync(file)) return file;
  await mkdir(AUDIO_CACHE, { recursive: true });
  const temp = path.join(AUDIO_CACHE, `tmp-${process.pid}-${name}`);
  try {
    await make(temp);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return file;
}

const key = (...parts: string[]) =>
  createHash('sha1').update(parts.join('\n')).digest('hex').slice(0, 12);

/** jfk.mp3 decoded to 16 kHz mono 16-bit WAV. */
export function jfkWav(): Promise<string> {
  return cached('jfk-16k.wav', (out) => sox([JFK_MP3, '-r', '16000', '-c', '1', '-b', '16', out]));
}

/** Converts audio with sox into a cached file `<name>.wav`; `outputOptions` go before the output. */
export function soxConvert(input: string, name: string, outputOptions: string[]): Promise<string> {
  return cached(`${name}.wav`, (out) => sox([input, ...outputOptions, out]));
}

/** Text spoken with espeak-ng (US English, `wpm` words a minute), as 16 kHz mono 16-bit WAV. */
export function speak(text: string, wpm = 160): Promise<string> {
  return cached(`espeak-${key(text, String(wpm))}.wav`, async (out) => {
    const raw = `${out}.raw.wav`;
    try {
      await run('espeak-ng', ['-v', 'en-us', '-s', String(wpm), '-w', raw, text], {
        maxBuffer: 1 << 20,
      });
      await sox([raw, '-r', '16000', '-c', '1', '-b', '16', out]);
    } finally {
      await rm(raw, { force: true });
    }
  });
}

/** Synthesised audio from sox's `-n` source, e.g. ['synth', '30', 'whitenoise', 'vol', '0.3']. */
export function synth(name: string, seconds: number, effects: string[] = []): Promise<string> {
  return cached(`${name}.wav`, (out) =>
    sox([
      '-n',
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      out,
      'trim',
      '0',
      String(seconds),
      ...effects,
    ]),
  );
}

/** Concatenates WAV files of the same format. */
export function concat(name: string, inputs: string[]): Promise<string> {
  return cached(`${name}.wav`, (out) => sox([...inputs, out]));
}

/** A canonical 44-byte header of 16 kHz mono 16-bit PCM declaring `dataBytes` of samples. */
export function wavHeader(dataBytes: number, sampleRate = 16000, channels = 1, bits = 16): Buffer {
  const header = Buffer.alloc(44);
  const blockAlign = (channels * bits) / 8;
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(Math.min(0xffffffff, 36 + dataBytes), 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(Math.min(0xffffffff, dataBytes), 40);
  return header;
}

/** A long silent WAV written sparsely (header + truncate), so making it costs no time or memory. */
export async function sparseWav(file: string, seconds: number): Promise<void> {
  const dataBytes = Math.round(seconds * 16000) * 2;
  const handle = await open(file, 'w');
  try {
    await handle.write(wavHeader(dataBytes), 0, 44, 0);
    await handle.truncate(44 + dataBytes);
  } finally {
    await handle.close();
  }
}
