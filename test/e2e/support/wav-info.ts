import fs from 'node:fs';

/** Duration and loudness of a 16-bit PCM WAV, read from its header and samples. */
export function wavInfo(file: string): {
  durationSec: number;
  rms: number;
  dataBytes: number;
  headerDataBytes: number;
} {
  const buf = fs.readFileSync(file);
  const sampleRate = buf.readUInt32LE(24);
  const channels = buf.readUInt16LE(22);
  const headerDataBytes = buf.readUInt32LE(40);
  const data = buf.subarray(44);
  let sum = 0;
  const samples = Math.floor(data.length / 2);
  for (let i = 0; i < samples; i++) {
    const s = data.readInt16LE(i * 2) / 32768;
    sum += s * s;
  }
  return {
    durationSec: headerDataBytes / (sampleRate * channels * 2),
    rms: Math.sqrt(sum / Math.max(1, samples)),
    dataBytes: data.length,
    headerDataBytes,
  };
}
