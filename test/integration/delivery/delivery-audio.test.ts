import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMonoSamples } from '../../../electron/services/wav/samples';
import { analyzeDelivery } from '../../../shared/delivery';
import { AUDIO_CACHE, concat, sox, synth } from '../helpers/audio';
import { voicedSpeech } from '../helpers/voiced-speech';

const SENTENCES = [
  'I owned the migration of the billing service to a new queue.',
  'The latency dropped from eight hundred to one hundred milliseconds.',
  'Next time I would write the runbook before the rollout.',
  'I paired with the database team on the cutover plan.',
];
const ANSWER = SENTENCES.join(' ');

async function deliveryOf(file: string) {
  const { samples, sampleRate } = await readMonoSamples(file);
  return analyzeDelivery({ samples, sampleRate, text: '', words: [], segments: [] });
}

/** Seconds of audio in a WAV file. */
async function seconds(file: string) {
  const { samples, sampleRate } = await readMonoSamples(file);
  return samples.length / sampleRate;
}

const within = (value: number | null, truth: number, share: number) =>
  value !== null && Math.abs(value - truth) <= truth * share;

describe('pitch from the recording (YIN)', () => {
  it.each([110, 150, 220])(
    'finds a %i Hz tone within 5 percent and calls it monotone',
    async (hz) => {
      const file = await synth(`tone-${hz}`, 3, ['synth', '3', 'sine', String(hz), 'vol', '0.5']);
      const { pitch } = await deliveryOf(file);
      expect(within(pitch.medianHz, hz, 0.05)).toBe(true);
      expect(pitch.spreadSemitones).toBeLessThan(0.5);
      expect(pitch.monotone).toBe(true);
    },
  );

  // Reference medians measured with Praat (praat-parselmouth 0.4.6, to_pitch 65 to 400 Hz) on
  // the same espeak-ng files: espeak's -p setting is not in hertz, so Praat gives the truth.
  it.each([
    { name: 'espeak-ng -p 20', voicing: { pitch: 20 }, praat: 79.3 },
    { name: 'espeak-ng -p 80', voicing: { pitch: 80 }, praat: 139.1 },
    { name: 'the flat voice', voicing: { flat: true }, praat: 101.8 },
  ])('finds the median F0 of $name within 5% of Praat ($praat Hz)', async ({ voicing, praat }) => {
    const { pitch } = await deliveryOf(await voicedSpeech(ANSWER, voicing));
    expect(within(pitch.medianHz, praat, 0.05)).toBe(true);
  });

  it('orders voices by their pitch setting', async () => {
    const low = await deliveryOf(await voicedSpeech(ANSWER, { pitch: 20 }));
    const high = await deliveryOf(await voicedSpeech(ANSWER, { pitch: 80 }));
    expect(high.pitch.medianHz! / low.pitch.medianHz!).toBeGreaterThan(1.3);
  });

  it('flags a flat voice as monotone over the whole answer', async () => {
    const file = await voicedSpeech(`${ANSWER} ${ANSWER}`, { flat: true });
    const { pitch } = await deliveryOf(file);
    expect(pitch.spreadSemitones).toBeLessThan(pitch.monotoneBelowSemitones);
    expect(pitch.monotone).toBe(true);
    const covered = pitch.monotoneStretches.reduce((s, m) => s + m.endSec - m.startSec, 0);
    expect(covered).toBeGreaterThan((await seconds(file)) * 0.8);
  });

  it('does not flag sentences that alternate between a low and a high voice', async () => {
    const parts = await Promise.all(
      [...SENTENCES, ...SENTENCES].map((s, i) => voicedSpeech(s, { pitch: i % 2 ? 85 : 15 })),
    );
    const { pitch } = await deliveryOf(await concat('alternating-pitch', parts));
    expect(pitch.spreadSemitones).toBeGreaterThan(6);
    expect(pitch.monotone).toBe(false);
    expect(pitch.monotoneStretches).toEqual([]);
  });
});

describe('pauses from the recording', () => {
  it('finds each inserted 2.5 s silence within 0.2 s, and nothing else', async () => {
    const parts = await Promise.all(SENTENCES.map((s) => voicedSpeech(s)));
    const gap = await synth('silence-2.5', 2.5);
    const file = await concat('pauses-2.5', [parts[0], gap, parts[1], parts[2], gap, parts[3]]);
    const first = await seconds(parts[0]);
    const second = first + 2.5 + (await seconds(parts[1])) + (await seconds(parts[2]));
    const { pauses } = await deliveryOf(file);
    expect(pauses.pauses).toHaveLength(2);
    for (const [found, start] of pauses.pauses.map((p, i) => [p, [first, second][i]] as const)) {
      expect(Math.abs(found.startSec - start)).toBeLessThanOrEqual(0.2);
      expect(Math.abs(found.endSec - (start + 2.5))).toBeLessThanOrEqual(0.2);
    }
  });
});

describe('volume from the recording', () => {
  it('calls plain speech neither quiet nor clipped', async () => {
    const { volume } = await deliveryOf(await voicedSpeech(ANSWER));
    expect(volume.tooQuiet).toBe(false);
    expect(volume.clipping).toBe(false);
  });

  it('flags an answer attenuated by 30 dB as too quiet', async () => {
    const out = path.join(AUDIO_CACHE, 'answer-quiet.wav');
    await sox([await voicedSpeech(ANSWER), out, 'gain', '-30']);
    const { volume, pitch } = await deliveryOf(out);
    expect(volume.tooQuiet).toBe(true);
    expect(volume.speechLevelDb).toBeLessThan(volume.quietBelowDb);
    // Quiet is not silent: the pitch is still tracked.
    expect(pitch.medianHz).not.toBeNull();
  });

  it('flags an answer amplified 20 dB into clipping', async () => {
    const out = path.join(AUDIO_CACHE, 'answer-clipped.wav');
    await sox([await voicedSpeech(ANSWER), out, 'gain', '20']);
    const { volume } = await deliveryOf(out);
    expect(volume.clipping).toBe(true);
    expect(volume.tooQuiet).toBe(false);
  });
});
