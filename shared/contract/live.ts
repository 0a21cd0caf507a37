import { z } from 'zod';
import { attemptIdSchema } from './attempts';
import { defineEvent } from './define';

/** The running transcript of a recording in progress, a few seconds behind the voice. */
const liveUpdateSchema = z.object({
  attemptId: attemptIdSchema,
  /** 'live' while segments are being transcribed; 'stopped' when the engine failed (the review
   * then transcribes the whole file), with `notice` saying so. */
  state: z.enum(['live', 'stopped']),
  text: z.string(),
  /** Seconds of the recording transcribed so far, and recorded so far. */
  doneSec: z.number().nonnegative(),
  recordedSec: z.number().nonnegative(),
  /** Words per minute over the last 20 s transcribed; null until there are enough words. */
  wpm: z.number().nonnegative().nullable(),
  fillers: z.number().int().nonnegative(),
  hedges: z.number().int().nonnegative(),
  notice: z.string().nullable(),
});

/** One live transcription update. */
export type LiveUpdate = z.infer<typeof liveUpdateSchema>;

/** Events of the live namespace (transcription while recording). */
export const liveEvents = {
  'live/update': defineEvent(liveUpdateSchema),
};
