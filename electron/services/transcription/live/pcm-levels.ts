import { LEVEL_FRAME_SEC } from '../../wav/levels';

/** Samples per level frame at 16 kHz (30 ms). */
export const FRAME_SAMPLES = Math.round(16_000 * LEVEL_FRAME_SEC);

/**
 * The 30 ms frame levels (dBFS) of 16-bit mono PCM as it arrives in chunks of any length: the
 * same measure wav-levels.ts reads from a file, so the live segmenter sees what the whole-file
 * speech checks see. Memory: 4 bytes per 30 ms (about 80 KiB for 10 minutes).
 */
export class PcmLevels {
  private levels = new Float32Array(1024);
  private count = 0;
  private sum = 0;
  private inFrame = 0;

  /** Adds a chunk of little-endian 16-bit samples. */
  push(pcm: Buffer): void {
    for (let o = 0; o + 1 < pcm.length; o += 2) {
      const v = pcm.readInt16LE(o) / 32768;
      this.sum += v * v;
      if (++this.inFrame === FRAME_SAMPLES) {
        this.add(10 * Math.log10(this.sum / FRAME_SAMPLES));
        this.sum = 0;
        this.inFrame = 0;
      }
    }
  }

  /** The levels of every whole frame so far (a view: copy it to keep it). */
  get frames(): Float32Array {
    return this.levels.subarray(0, this.count);
  }

  private add(level: number): void {
    if (this.count === this.levels.length) {
      const grown = new Float32Array(this.levels.length * 2);
      grown.set(this.levels);
      this.levels = grown;
    }
    this.levels[this.count++] = level;
  }
}
