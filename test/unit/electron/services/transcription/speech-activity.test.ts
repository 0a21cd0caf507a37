import { describe, expect, it } from 'vitest';
import {
  activeSecondsBetween,
  analyseActivity,
  isSilentOrSteadyNoise,
  segmentHasSpeech,
} from '../../../../../electron/services/transcription/speech-activity';

const FRAME = 0.03;

/** Frame levels from [seconds, level or level function] pieces. */
function levels(...pieces: [number, number | ((i: number) => number)][]): Float32Array {
  const out: number[] = [];
  for (const [seconds, level] of pieces) {
    const n = Math.round(seconds / FRAME);
    for (let i = 0; i < n; i++) out.push(typeof level === 'number' ? level : level(i));
  }
  return Float32Array.from(out);
}

// Speech-like: syllables at -18 dBFS separated by dips 25 dB lower, about 4 syllables a second.
const speech = (i: number) => (i % 8 < 5 ? -18 : -43);
// Steady noise: a level that wanders by a fraction of a dB.
const steady = (base: number) => (i: number) => base + 0.3 * Math.sin(i);

describe('speech activity', () => {
  it('finds no speech in digital silence or in a quiet room', () => {
    expect(isSilentOrSteadyNoise(analyseActivity(levels([30, -Infinity]), FRAME))).toBe(true);
    expect(isSilentOrSteadyNoise(analyseActivity(levels([30, steady(-65)]), FRAME))).toBe(true);
  });

  it('finds no speech in steady noise, however loud', () => {
    for (const base of [-40, -15, -3]) {
      expect(isSilentOrSteadyNoise(analyseActivity(levels([30, steady(base)]), FRAME))).toBe(true);
    }
  });

  it('finds speech, alone or over moderate noise', () => {
    expect(isSilentOrSteadyNoise(analyseActivity(levels([5, speech]), FRAME))).toBe(false);
    const noisy = (i: number) => Math.max(speech(i), -35 + 0.3 * Math.sin(i));
    const activity = analyseActivity(
      levels([10, steady(-35)], [5, noisy], [10, steady(-35)]),
      FRAME,
    );
    expect(activeSecondsBetween(activity, 10, 15)).toBeGreaterThan(2);
    expect(activeSecondsBetween(activity, 0, 9)).toBe(0);
    expect(activeSecondsBetween(activity, 16, 25)).toBe(0);
  });

  it('does not let a loud noisy stretch hide quieter speech elsewhere', () => {
    const quietSpeech = (i: number) => speech(i) - 12;
    const activity = analyseActivity(levels([10, quietSpeech], [30, steady(-20)]), FRAME);
    expect(activeSecondsBetween(activity, 0, 10)).toBeGreaterThan(4);
    expect(activeSecondsBetween(activity, 16, 40)).toBe(0);
  });

  it('keeps whisper segments over speech and drops those over silence', () => {
    const activity = analyseActivity(levels([3, speech], [20, -Infinity], [3, speech]), FRAME);
    expect(segmentHasSpeech(activity, 0, 3)).toBe(true);
    expect(segmentHasSpeech(activity, 23.2, 26)).toBe(true);
    expect(segmentHasSpeech(activity, 8, 18)).toBe(false);
    // Whisper's segment edges may be a little late or early: a segment just after speech counts.
    expect(segmentHasSpeech(activity, 3.3, 5)).toBe(true);
  });

  it('handles empty input', () => {
    const activity = analyseActivity(new Float32Array(0), FRAME);
    expect(isSilentOrSteadyNoise(activity)).toBe(true);
    expect(activeSecondsBetween(activity, 0, 10)).toBe(0);
  });
});
