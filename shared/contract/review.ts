import { z } from 'zod';
import { answerAnalysisSchema } from '../analysis/schema';
import { transcriptSchema } from '../transcript';
import { attemptIdSchema } from './attempts';
import { bridgeErrorSchema } from './result';
import { defineCall, defineEvent } from './define';

/** Where an attempt's review (transcription, then analysis) stands. */
const reviewJobSchema = z.object({
  attemptId: attemptIdSchema,
  stage: z.enum(['queued', 'transcribing', 'analyzing', 'done', 'failed', 'cancelled']),
  /** Transcription progress, 0 to 100. */
  percent: z.number().min(0).max(100),
  /** Why it failed, in words the user can act on; null unless stage is 'failed'. */
  error: bridgeErrorSchema.nullable(),
  /** Seconds of audio transcribed so far and the recording's length, for "transcribed 1:40 of
   * 1:43"; absent until known. */
  doneSec: z.number().nonnegative().optional(),
  totalSec: z.number().nonnegative().optional(),
  /** Seconds the running stage has taken so far; it ticks every second, so the work never looks
   * hung between two pieces of audio. */
  elapsedSec: z.number().nonnegative().optional(),
  /** Something the user should know about how the transcript was made (e.g. live transcription
   * failed and the whole file was transcribed instead). */
  notice: z.string().optional(),
});

/** The state of one review job. */
export type ReviewJob = z.infer<typeof reviewJobSchema>;

const byId = z.object({ id: attemptIdSchema }).strict();

/** Calls of the review namespace: transcribe and analyse an attempt, read the results. */
export const reviewCalls = {
  /** The stored transcript and analysis (null until made) and any running job. */
  'review/get': defineCall(
    byId,
    z.object({
      transcript: transcriptSchema.nullable(),
      analysis: answerAnalysisSchema.nullable(),
      job: reviewJobSchema.nullable(),
    }),
  ),
  /** Starts transcription then analysis; `force` redoes both even if stored, transcribing the
   * whole file ("Transcribe again, whole file"). */
  'review/start': defineCall(
    z.object({ id: attemptIdSchema, force: z.boolean().default(false) }).strict(),
    reviewJobSchema,
  ),
  /** Cancels a queued or running review (kills whisper-cli). */
  'review/cancel': defineCall(byId, z.object({ cancelled: z.boolean() })),
  /** The speech model transcription would use now and what chose it (null path: none). */
  'review/model': defineCall(
    z.object({}).strict(),
    z.object({
      path: z.string().nullable(),
      source: z.enum(['settings', 'environment', 'installed']).nullable(),
    }),
  ),
};

/** Events of the review namespace. */
export const reviewEvents = {
  'review/progress': defineEvent(reviewJobSchema),
};
