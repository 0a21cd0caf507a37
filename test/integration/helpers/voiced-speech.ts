import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { AUDIO_CACHE, sox } from './audio';

const run = promisify(execFile);

/** Where Debian's espeak-ng keeps its voices. */
const ESPEAK_DATA = '/usr/lib/x86_64-linux-gnu/espeak-ng-data';

/**
 * An espeak-ng data folder that adds the variant `flat` (`pitch 110 111`: F0 held within one
 * hertz, so the voice speaks without intonation). Every other entry links to the system's data,
 * so nothing is copied and the system folder is left alone.
 */
async function flatVoiceData(): Promise<string> {
  const root = path.join(AUDIO_CACHE, 'espeak-flat');
  const data = path.join(root, 'espeak-ng-data');
  if (existsSync(path.join(data, 'voices', '!v', 'flat'))) return root;
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(data, 'voices', '!v'), { recursive: true });
  for (const entry of await readdir(ESPEAK_DATA))
    if (entry !== 'voices') await symlink(path.join(ESPEAK_DATA, entry), path.join(data, entry));
  for (const entry of await readdir(path.join(ESPEAK_DATA, 'voices')))
    if (entry !== '!v')
      await symlink(path.join(ESPEAK_DATA, 'voices', entry), path.join(data, 'voices', entry));
  for (const entry of await readdir(path.join(ESPEAK_DATA, 'voices', '!v')))
    await symlink(
      path.join(ESPEAK_DATA, 'voices', '!v', entry),
      path.join(data, 'voices', '!v', entry),
    );
  await writeFile(path.join(data, 'voices', '!v', 'flat'), 'name flat\npitch 110 111\n');
  return root;
}

/** How espeak-ng should voice the text: its pitch setting (-p, 0 to 99) or the flat variant. */
export type Voicing = { pitch?: number; flat?: boolean };

/** Text spoken by espeak-ng with a set pitch, as 16 kHz mono 16-bit WAV with the silence before
 * and after the speech trimmed (so times of inserted silences are known exactly). Cached. */
export function voicedSpeech(text: string, voicing: Voicing = {}): Promise<string> {
  const key = JSON.stringify([text, voicing]);
  // One build per file even when a test asks for the same sentence twice at once.
  let pending = building.get(key);
  if (!pending) {
    pending = build(text, voicing);
    building.set(key, pending);
  }
  return pending;
}

const building = new Map<string, Promise<string>>();

async function build(text: string, voicing: Voicing): Promise<string> {
  const id = createHash('sha1')
    .update(JSON.stringify([text, voicing]))
    .digest('hex')
    .slice(0, 12);
  const file = path.join(AUDIO_CACHE, `voiced-${id}.wav`);
  if (existsSync(file)) return file;
  await mkdir(AUDIO_CACHE, { recursive: true });
  const raw = path.join(AUDIO_CACHE, `tmp-${process.pid}-${id}.raw.wav`);
  const temp = path.join(AUDIO_CACHE, `tmp-${process.pid}-${id}.wav`);
  const voice = voicing.flat
    ? ['--path', await flatVoiceData(), '-v', 'en-us+flat']
    : ['-v', 'en-us', '-p', String(voicing.pitch ?? 50)];
  try {
    await run('espeak-ng', [...voice, '-s', '160', '-w', raw, text], { maxBuffer: 1 << 20 });
    const trim = ['silence', '1', '0.01', '0.1%'];
    await sox([
      raw,
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      temp,
      ...trim,
      'reverse',
      ...trim,
      'reverse',
    ]);
    await rename(temp, file);
  } finally {
    await rm(raw, { force: true });
    await rm(temp, { force: true });
  }
  return file;
}
