/** What the capture worklet posts to the page: a PCM chunk, or the input level for the meter. */
export type WorkletMessage =
  { type: 'chunk'; pcm: Int16Array; final: boolean } | { type: 'level'; rms: number; peak: number };

/** What the page posts to the capture worklet: write out what is buffered, as the last chunk. */
export type WorkletCommand = { type: 'flush' };

/** Options the page gives the worklet node when it creates it. */
export type WorkletOptions = { chunkSamples: number };

/** Name the worklet registers its processor under. */
export const CAPTURE_PROCESSOR = 'pcm-capture';
