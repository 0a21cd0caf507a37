import { envelope, readSamples } from './answer-audio';

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
    const n = Math.min(r.length, s.length - lag);
    if (n < 100) break;
    let sr = 0;
    let ss = 0;
    let srr = 0;
    let sss = 0;
    let srs = 0;
    for (let i = 0; i < n; i++) {
      const a = r[i]!;
      const b = s[i + lag]!;
      sr += a;
      ss += b;
      srr += a * a;
      sss += b * b;
      srs += a * b;
    }
    const cov = srs - (sr * ss) / n;
    const denom = Math.sqrt((srr - (sr * sr) / n) * (sss - (ss * ss) / n));
    const correlation = denom > 0 ? cov / denom : 0;
    if (correlation > best.correlation) best = { offsetSec: lag / 100, correlation };
  }
  return best;
}
