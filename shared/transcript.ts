import { z } from 'zod';

/** One recognised word: times in seconds from the start of the audio, `p` its probability (0..1),
 * `charStart`/`charEnd` its UTF-16 span in the transcript's `text` (what String.slice uses). */
const transcriptWordSchema = z.object({
  text: z.string(),
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  p: z.number().min(0).max(1),
  charStart: z.number().int().nonnegative(),
  charEnd: z.number().int().nonnegative(),
});

/** One whisper segment (roughly a sentence or a breath group). */
const transcriptSegmentSchema = z.object({
  text: z.string(),
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  /** Whisper's no-speech probability for the segment, when the engine reports it. */
  noSpeechProb: z.number().min(0).max(1).optional(),
});

/** A stored transcript (transcript.json beside an attempt's audio.wav). */
export const transcriptSchema = z.object({
  version: z.literal(1),
  /** The whole transcript; every word's charStart/charEnd index into it. */
  text: z.string(),
  words: z.array(transcriptWordSchema),
  segments: z.array(transcriptSegmentSchema),
  /** Length of the audio that was transcribed, in seconds. */
  audioDurationSec: z.number().nonnegative(),
  /** True when the audio held no speech; then text is '' and words is empty. */
  noSpeech: z.boolean(),
  language: z.string(),
  /** File name of the model used, e.g. ggml-tiny.en.bin. */
  model: z.string(),
  /** ISO time the transcript was made. */
  createdAt: z.string(),
});

/** A word with its timing and its place in the transcript text. */
export type TranscriptWord = z.infer<typeof transcriptWordSchema>;
/** A segment of a transcript. */
export type TranscriptSegment = z.infer<typeof transcriptSegmentSchema>;
/** A stored transcript. */
export type Transcript = z.infer<typeof transcriptSchema>;
