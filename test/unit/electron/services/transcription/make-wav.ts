/** Builds WAV files in memory for tests: any channel count, rate, integer or float samples. */
export type MakeWavOptions = {
  sampleRate?: number;
  channels?: number;
  bits?: 8 | 16 | 24 | 32 | 64;
  float?: boolean;
  /** Write WAVE_FORMAT_EXTENSIBLE instead of a plain format tag. */
  extensible?: boolean;
  /** Override the data chunk's declared size (e.g. 0 as a crashed recorder leaves it). */
  declaredDataBytes?: number;
  /** Extra chunk before the data chunk (e.g. LIST metadata). */
  extraChunk?: boolean;
};

/** A WAV file whose every channel carries `samples` (values in -1..1). */
export function makeWav(samples: ArrayLike<number>, options: MakeWavOptions = {}): Buffer {
  const {
    sampleRate = 16000,
    channels = 1,
    bits = 16,
    float = false,
    extensible = false,
  } = options;
  const bytes = bits / 8;
  const data = Buffer.alloc(samples.length * channels * bytes);
  let o = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    for (let c = 0; c < channels; c++, o += bytes) {
      if (float && bits === 32) data.writeFloatLE(v, o);
      else if (float && bits === 64) data.writeDoubleLE(v, o);
      else if (bits === 8) data[o] = Math.round(v * 127 + 128);
      else if (bits === 16) data.writeInt16LE(Math.round(v * 32767), o);
      else if (bits === 24) data.writeIntLE(Math.round(v * 8388607), o, 3);
      else data.writeInt32LE(Math.round(v * 2147483647), o);
    }
  }
  const fmt = Buffer.alloc(extensible ? 40 : 16);
  const tag = float ? 3 : 1;
  fmt.writeUInt16LE(extensible ? 0xfffe : tag, 0);
  fmt.writeUInt16LE(channels, 2);
  fmt.writeUInt32LE(sampleRate, 4);
  fmt.writeUInt32LE(sampleRate * channels * bytes, 8);
  fmt.writeUInt16LE(channels * bytes, 12);
  fmt.writeUInt16LE(bits, 14);
  if (extensible) {
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(bits, 18);
    fmt.writeUInt16LE(tag, 24);
  }
  const chunk = (id: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(id, 0, 'latin1');
    head.writeUInt32LE(body.length, 4);
    return Buffer.concat([head, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const dataHead = Buffer.alloc(8);
  dataHead.write('data', 0, 'latin1');
  dataHead.writeUInt32LE(options.declaredDataBytes ?? data.length, 4);
  const body = Buffer.concat([
    Buffer.from('WAVE', 'latin1'),
    chunk('fmt ', fmt),
    options.extraChunk
      ? chunk('LIST', Buffer.from('INFOISFT\x05\x00\x00\x00test\x00', 'latin1'))
      : Buffer.alloc(0),
    dataHead,
    data,
  ]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

/** A sine wave of `seconds` at `amplitude` (0..1). */
export function sine(
  seconds: number,
  amplitude: number,
  sampleRate = 16000,
  hz = 440,
): Float64Array {
  const out = new Float64Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++)
    out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}
