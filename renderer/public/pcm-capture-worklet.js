/* global AudioWorkletProcessor, registerProcessor */
// AudioWorklet processor: turns the microphone's float samples (the AudioContext runs at 16 kHz,
// so the browser resamples for us) into 16-bit PCM chunks of `chunkSamples`, and reports the
// input level about 30 times a second. Plain JS because the worklet is loaded by URL.
class PcmCaptureProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this.chunkSamples = options.processorOptions.chunkSamples;
    this.buffer = new Int16Array(this.chunkSamples);
    this.filled = 0;
    this.peak = 0;
    this.sumSquares = 0;
    this.levelSamples = 0;
    this.port.onmessage = (event) => {
      if (event.data === 'flush') this.flush(true);
    };
  }

  flush(final) {
    if (this.filled > 0 || final) {
      const pcm = this.buffer.slice(0, this.filled);
      this.port.postMessage({ type: 'chunk', pcm, final }, [pcm.buffer]);
      this.filled = 0;
    }
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      const s = Math.max(-1, Math.min(1, channel[i]));
      this.buffer[this.filled++] = s < 0 ? s * 0x8000 : s * 0x7fff;
      if (this.filled === this.chunkSamples) this.flush(false);
      const a = Math.abs(s);
      if (a > this.peak) this.peak = a;
      this.sumSquares += s * s;
    }
    this.levelSamples += channel.length;
    if (this.levelSamples >= 512) {
      const rms = Math.sqrt(this.sumSquares / this.levelSamples);
      this.port.postMessage({ type: 'level', rms, peak: this.peak });
      this.peak = 0;
      this.sumSquares = 0;
      this.levelSamples = 0;
    }
    return true;
  }
}

registerProcessor('pcm-capture', PcmCaptureProcessor);
