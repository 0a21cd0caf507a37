// AudioWorklet processor: turns the microphone's float samples (the AudioContext runs at 16 kHz,
// so the browser resamples for us) into 16-bit PCM chunks of `chunkSamples`, and reports the
// input level about 30 times a second. Vite bundles it on its own (`?worker&url`), so it may import
// types only: an AudioWorklet has no module loader for the page's chunks.
import {
  CAPTURE_PROCESSOR,
  type WorkletCommand,
  type WorkletMessage,
  type WorkletOptions,
} from './worklet-messages';

// The AudioWorkletGlobalScope's own names, which TypeScript's DOM library does not declare.
declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options: { processorOptions: WorkletOptions });
}
declare function registerProcessor(
  name: string,
  processor: new (options: { processorOptions: WorkletOptions }) => AudioWorkletProcessor,
): void;

/** How many samples pass between two level reports (about 32 ms at 16 kHz). */
const LEVEL_EVERY_SAMPLES = 512;

class PcmCaptureProcessor extends AudioWorkletProcessor {
  private readonly chunkSamples: number;
  private buffer: Int16Array;
  private filled = 0;
  private peak = 0;
  private sumSquares = 0;
  private levelSamples = 0;

  constructor(options: { processorOptions: WorkletOptions }) {
    super(options);
    this.chunkSamples = options.processorOptions.chunkSamples;
    this.buffer = new Int16Array(this.chunkSamples);
    this.port.onmessage = (event: MessageEvent<WorkletCommand>) => {
      if (event.data.type === 'flush') this.flush(true);
    };
  }

  private post(message: WorkletMessage, transfer: Transferable[] = []): void {
    this.port.postMessage(message, transfer);
  }

  private flush(final: boolean): void {
    if (this.filled > 0 || final) {
      const pcm = this.buffer.slice(0, this.filled);
      this.post({ type: 'chunk', pcm, final }, [pcm.buffer]);
      this.filled = 0;
    }
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      const s = Math.max(-1, Math.min(1, channel[i]!));
      this.buffer[this.filled++] = s < 0 ? s * 0x8000 : s * 0x7fff;
      if (this.filled === this.chunkSamples) this.flush(false);
      const a = Math.abs(s);
      if (a > this.peak) this.peak = a;
      this.sumSquares += s * s;
    }
    this.levelSamples += channel.length;
    if (this.levelSamples >= LEVEL_EVERY_SAMPLES) {
      const rms = Math.sqrt(this.sumSquares / this.levelSamples);
      this.post({ type: 'level', rms, peak: this.peak });
      this.peak = 0;
      this.sumSquares = 0;
      this.levelSamples = 0;
    }
    return true;
  }
}

registerProcessor(CAPTURE_PROCESSOR, PcmCaptureProcessor);
