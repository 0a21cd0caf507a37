import { z } from 'zod';
import { STAR_PARTS } from './schema-kinds';

const seconds = z.number().nonnegative();
const stretch = { startSec: seconds, endSec: seconds };

/** Words per minute in one 10 s window of the recording. */
const paceWindowSchema = z.object({
  ...stretch,
  wordsPerMinute: z.number().nonnegative(),
  band: z.enum(['too-slow', 'comfortable', 'too-fast']),
});

/** Pace over time: per-window rate and the stretches outside the comfortable band. */
const paceOverTimeSchema = z.object({
  windowSec: seconds,
  minWordsPerMinute: z.number(),
  maxWordsPerMinute: z.number(),
  windows: z.array(paceWindowSchema),
  /** Runs of adjacent windows out of the band. */
  stretches: z.array(z.object({ ...stretch, band: z.enum(['too-slow', 'too-fast']) })),
});

/** A silence in the recording longer than the pause threshold, and what it comes before. */
const audioPauseSchema = z.object({
  ...stretch,
  durationSec: seconds,
  /** End offset (in the transcript) of the word before the pause; null before the first word. */
  afterOffset: z.number().int().nonnegative().nullable(),
  /** The STAR-L part the next word belongs to. */
  beforePart: z.enum(STAR_PARTS).nullable(),
  /** True when that part starts at the pause; false when the pause falls inside it. */
  opensPart: z.boolean().default(true), // takes saved before it was measured read as before
  /** True for a pause before the result or the learning: the ones that cost the most. */
  toFix: z.boolean(),
});

/** Long silences measured from the audio's loudness. */
const pausesSignalSchema = z.object({
  thresholdSec: seconds,
  pauses: z.array(audioPauseSchema),
});

/** Loudness of the speech: too quiet, clipping, trailing off at sentence ends. */
const volumeSignalSchema = z.object({
  /** Median RMS of the speech frames, in dBFS; null when nothing louder than silence was heard. */
  speechLevelDb: z.number().nullable(),
  quietBelowDb: z.number(),
  tooQuiet: z.boolean(),
  /** Share of speech frames (10 ms) holding samples at full scale. */
  clippedShare: z.number().min(0).max(1),
  clipping: z.boolean(),
  /** Sentences whose last word is quieter than the sentence by at least `trailingDropDb`. */
  trailingDropDb: z.number(),
  sentencesJudged: z.number().int().nonnegative(),
  trailingSentences: z.array(z.object({ ...stretch, dropDb: z.number(), end: z.number().int() })),
  trailingOff: z.boolean(),
});

/** Pitch (fundamental frequency) over the voiced frames, and where it stays flat. */
const pitchSignalSchema = z.object({
  voicedFrames: z.number().int().nonnegative(),
  medianHz: z.number().nullable(),
  /** 10th to 90th percentile of F0, in semitones; null with too few voiced frames. */
  spreadSemitones: z.number().nullable(),
  monotoneBelowSemitones: z.number(),
  /** True when flat stretches cover at least half of the voiced time. */
  monotone: z.boolean(),
  monotoneStretches: z.array(z.object({ ...stretch, spreadSemitones: z.number() })),
  /** F0 every 0.1 s of voiced speech (Hz), for drawing. */
  contour: z.array(z.object({ t: seconds, hz: z.number() })),
});

/** Everything heard in the recording itself, beyond the words. */
export const deliverySignalSchema = z.object({
  durationSec: seconds,
  pace: paceOverTimeSchema,
  pauses: pausesSignalSchema,
  volume: volumeSignalSchema,
  pitch: pitchSignalSchema,
});

/** Delivery signals computed from the recording. */
export type DeliverySignal = z.infer<typeof deliverySignalSchema>;
/** Pace over time. */
export type PaceOverTime = z.infer<typeof paceOverTimeSchema>;
/** A long pause heard in the audio. */
export type AudioPause = z.infer<typeof audioPauseSchema>;
/** Volume signal. */
export type VolumeSignal = z.infer<typeof volumeSignalSchema>;
/** Pitch signal. */
export type PitchSignal = z.infer<typeof pitchSignalSchema>;
