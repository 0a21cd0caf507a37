import { YIN } from 'pitchfinder';
import type { PitchSignal } from '../analysis/schema-delivery';
import { quantile } from './levels';

/** Pitch is tracked at 4 kHz: speaking F0 is under 400 Hz (10 samples a period at 4 kHz, refined
 * by YIN's parabolic interpolation), and YIN's cost grows with the square of the window, so a
 * quarter of the rate makes it sixteen times cheaper than at 16 kHz. */
const PITCH_RATE = 4000;
/** Samples handed to YIN: pitchfinder uses the largest power of two below the length (128, 32 ms)
 * and searches lags up to half of that, so the lowest F0 it can see is 4000 / 64 = 62.5 Hz. */
const WINDOW = 256;
/** One F0 estimate every 40 ms: 25 a second is plenty for a spread over seconds, and it halves
 * the cost (a 2-minute answer in well under 300 ms). */
const HOP = 160;
/** Speaking F0 lies between these (Hz); outside is an octave error or noise. */
const MIN_HZ = 65;
const MAX_HZ = 400;
/** YIN's aperiodicity threshold: 0.3 accepts breathy and creaky voicing that 0.1 would drop. */
const YIN_THRESHOLD = 0.3;
/** A frame more than 5 semitones from the median of its neighbours (+-100 ms) is an octave error. */
const JUMP_SEMITONES = 5;
/** A 10 to 90 percentile F0 range under 2 semitones over 10 s is heard as flat. Lively speech
 * spans 5 to 10 (an F0 standard deviation of 2 to 4 semitones); espeak-ng's default, rather
 * flat intonation measures 3 to 5 (Praat agrees); its voice held at 110 to 111 Hz measures 0.4. */
const MONOTONE_SEMITONES = 2;
/** Flatness is judged over 10 s stretches, stepped by 2.5 s. */
const STRETCH_SEC = 10;
const STRETCH_STEP_SEC = 2.5;

type Track = { t: Float64Array; st: Float64Array; hz: Float64Array };

const semitones = (hz: number) => 12 * Math.log2(hz / 100);

/** Decimates to about 4 kHz: the mean of each block of samples (nulls at the new rate's
 * multiples), then a [1 2 1] smoother (a null at the new Nyquist): enough against aliasing for F0,
 * in two passes over the samples. */
function downsample(samples: Float32Array, rate: number): { x: Float32Array; rate: number } {
  const factor = Math.max(1, Math.floor(rate / PITCH_RATE));
  if (factor === 1) return { x: samples, rate };
  const box = new Float32Array(Math.floor(samples.length / factor));
  for (let i = 0; i < box.length; i++) {
    let sum = 0;
    for (let k = 0; k < factor; k++) sum += samples[i * factor + k];
    box[i] = sum / factor;
  }
  const x = new Float32Array(box.length);
  for (let i = 0; i < x.length; i++)
    x[i] = (box[Math.max(0, i - 1)] + 2 * box[i] + box[Math.min(x.length - 1, i + 1)]) / 4;
  return { x, rate: rate / factor };
}

/** Copies a frame scaled to unit RMS: pitchfinder's YIN seeds its running sum with a constant 1,
 * so unscaled quiet speech would read as unvoiced. */
function unitRms(x: Float32Array, start: number, out: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += x[start + i] * x[start + i];
  const scale = sum > 0 ? 1 / Math.sqrt(sum / out.length) : 0;
  for (let i = 0; i < out.length; i++) out[i] = x[start + i] * scale;
  return out;
}

/** F0 per voiced frame (YIN from pitchfinder), only where the 10 ms level says there is speech. */
function track(samples: Float32Array, sampleRate: number, speech: (sec: number) => boolean): Track {
  const { x, rate } = downsample(samples, sampleRate);
  const detect = YIN({ sampleRate: rate, threshold: YIN_THRESHOLD });
  const window = Math.round((WINDOW * rate) / PITCH_RATE);
  const hop = Math.round((HOP * rate) / PITCH_RATE);
  const frame = new Float32Array(window);
  const t: number[] = [];
  const hz: number[] = [];
  for (let start = 0; start + window <= x.length; start += hop) {
    const centre = (start + window / 2) / rate;
    if (!speech(centre)) continue;
    const f0 = detect(unitRms(x, start, frame));
    if (f0 !== null && f0 >= MIN_HZ && f0 <= MAX_HZ) {
      t.push(centre);
      hz.push(f0);
    }
  }
  // Octave jumps (a frame read at half or double the voice's pitch) stand out from their neighbours.
  const st = hz.map(semitones);
  const keep = st.map((s, i) => {
    let a = i;
    let b = i;
    while (a > 0 && t[i] - t[a - 1] <= 0.1) a--;
    while (b + 1 < t.length && t[b + 1] - t[i] <= 0.1) b++;
    const near = st.slice(a, b + 1);
    return Math.abs(s - quantile(near, 0.5)) <= JUMP_SEMITONES;
  });
  const pick = (xs: number[]) => Float64Array.from(xs.filter((_, i) => keep[i]));
  const kept = pick(hz);
  return { t: pick(t), hz: kept, st: kept.map(semitones) };
}

const spread = (st: ArrayLike<number>) => quantile(st, 0.9) - quantile(st, 0.1);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Flat stretches: 10 s windows whose F0 spread is under the monotone threshold, merged. */
function flatStretches(tr: Track): PitchSignal['monotoneStretches'] {
  const out: PitchSignal['monotoneStretches'] = [];
  if (!tr.t.length) return out;
  const last = tr.t[tr.t.length - 1];
  let lo = 0;
  for (let from = tr.t[0]; from < last; from += STRETCH_STEP_SEC) {
    const to = Math.min(last, from + STRETCH_SEC);
    while (lo < tr.t.length && tr.t[lo] < from) lo++;
    let hi = lo;
    while (hi < tr.t.length && tr.t[hi] <= to) hi++;
    // At least 2 s of voiced frames, so a short phrase is not judged on its own.
    if (hi - lo < 2 / (HOP / PITCH_RATE)) continue;
    const s = spread(tr.st.subarray(lo, hi));
    if (s >= MONOTONE_SEMITONES) continue;
    const prev = out[out.length - 1];
    if (prev && tr.t[lo] <= prev.endSec) {
      prev.endSec = round(tr.t[hi - 1], 2);
      prev.spreadSemitones = round(Math.max(prev.spreadSemitones, s));
    } else
      out.push({
        startSec: round(tr.t[lo], 2),
        endSec: round(tr.t[hi - 1], 2),
        spreadSemitones: round(s),
      });
  }
  return out;
}

/** Pitch over the answer: median F0, its spread in semitones, and the stretches that stay flat.
 * `speech(sec)` says whether the loudness at that time is speech (YIN runs only there). */
export function pitchSignal(
  samples: Float32Array,
  sampleRate: number,
  speech: (sec: number) => boolean,
): PitchSignal {
  const tr = track(samples, sampleRate, speech);
  const enough = tr.t.length >= 25; // a second of voiced frames
  const monotoneStretches = enough ? flatStretches(tr) : [];
  const flatSec = monotoneStretches.reduce((s, m) => s + (m.endSec - m.startSec), 0);
  const voicedSpan = enough ? tr.t[tr.t.length - 1] - tr.t[0] : 0;
  const contour: PitchSignal['contour'] = [];
  let next = 0;
  for (let i = 0; i < tr.t.length; i++)
    if (tr.t[i] >= next) {
      contour.push({ t: round(tr.t[i], 2), hz: round(tr.hz[i]) });
      next = tr.t[i] + 0.1;
    }
  return {
    voicedFrames: tr.t.length,
    medianHz: enough ? round(quantile(tr.hz, 0.5)) : null,
    spreadSemitones: enough ? round(spread(tr.st)) : null,
    monotoneBelowSemitones: MONOTONE_SEMITONES,
    monotone: enough && voicedSpan > 0 && flatSec >= voicedSpan / 2,
    monotoneStretches,
    contour,
  };
}
