import { envelope, readSamples } from './answer-audio';

/** Normalised cross-correlation of `a` against `b` starting at `b[at]`, over `a`'s length. */
function correlationAt(a: Float32Array, b: Float32Array, at: number): number {
  const n = Math.min(a.length, b.length - at);
  if (n < 100) return -1;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i + at]!;
    sa += x;
    sb += y;
    saa += x * x;
    sbb += y * y;
    sab += x * y;
  }
  const cov = sab - (sa * sb) / n;
  const denom = Math.sqrt((saa - (sa * sa) / n) * (sbb - (sb * sb) / n));
  return denom > 0 ? cov / denom : 0;
}

/** Where in `source` the recording `recorded` begins, in seconds: the lag that best lines up
 * their 10 ms loudness envelopes (normalised cross-correlation, searched up to `maxLagSec`).
 * Chromium's fake microphone plays its file from the moment capture opens, while the recorder
 * keeps audio only from when its worklet runs: this measures that gap from the audio itself. */
export function recordingOffsetInSource(
  recorded: string,
  source: string,
  maxLagSec = 5,
): { offsetSec: number; correlation: number } {
  const r = envelope(readSamples(recorded));
  const s = envelope(readSamples(source));
  let best = { offsetSec: 0, correlation: -1 };
  for (let lag = 0; lag <= maxLagSec * 100 && lag < s.length; lag++) {
    const correlation = correlationAt(r, s, lag);
    if (correlation > best.correlation) best = { offsetSec: lag / 100, correlation };
  }
  return best;
}

/** When the moment `sourceSec` of `source` was captured in `recorded`, in seconds: a 4 s window of
 * the source from just before that moment, lined up against the recording near where the whole-file
 * offset puts it. Aligning locally keeps the answer right when a loaded machine drops capture
 * frames partway through, which shifts later speech against the start and blurs a global match. */
export function recordedTimeOf(
  recorded: string,
  source: string,
  sourceSec: number,
  options: { offsetSec: number; searchSec?: number },
): { recordedSec: number; correlation: number } {
  const r = envelope(readSamples(recorded));
  const s = envelope(readSamples(source));
  const leadFrames = 50;
  const from = Math.max(0, Math.round(sourceSec * 100) - leadFrames);
  const window = s.subarray(from, from + 400);
  const expected = from - Math.round(options.offsetSec * 100);
  const search = Math.round((options.searchSec ?? 2) * 100);
  let best = { recordedSec: sourceSec - options.offsetSec, correlation: -1 };
  for (let at = Math.max(0, expected - search); at <= expected + search; at++) {
    const correlation = correlationAt(window, r, at);
    const recordedSec = (at + (Math.round(sourceSec * 100) - from)) / 100;
    if (correlation > best.correlation) best = { recordedSec, correlation };
  }
  return best;
}
