import { z } from 'zod';
import { modelErrorCodeSchema } from '../models/schemas';

/** Failures of the transports themselves (IPC and the preview's HTTP), before any service runs. */
export const TRANSPORT_ERROR_CODES = [
  'unknown-call',
  'invalid-payload',
  'invalid-response',
  'internal',
  'forbidden',
  'bad-target',
  'method',
  'aborted',
  'bad-body',
  'invalid-json',
  'payload-too-large',
  'busy',
] as const;

/** Why an attempts call (recording, listing, replay) failed. */
export const ATTEMPT_ERROR_CODES = [
  'not-found',
  'damaged',
  'audio-missing',
  'not-recording',
  'not-recovered',
  'chunk-gap',
  'chunk-out-of-order',
  'bad-chunk',
  'too-long',
  'disk-full',
  'write-failed',
  'still-recording',
] as const;

/** Why a stories, questions, history or data call failed. */
export const SERVICE_ERROR_CODES = [
  'not-found',
  'invalid',
  'duplicate',
  'read-only',
  'write-failed',
  'different-questions',
  'not-a-folder',
  'not-an-export',
] as const;

/** Why a transcription failed. "No speech" is not among them: it is a transcript with noSpeech. */
export const TRANSCRIPTION_ERROR_CODES = [
  'engine-missing',
  'model-missing',
  'model-invalid',
  'audio-missing',
  'audio-empty',
  'audio-unreadable',
  'audio-too-long',
  'engine-failed',
  'engine-crashed',
  'timeout',
  'cancelled',
  'output-invalid',
  'write-failed',
] as const;

/** Why a review could not start. */
const REVIEW_ERROR_CODES = ['no-model'] as const;

/** Every code an error crossing the bridge may carry: code branches on these, people read the
 * message. A service that throws a code outside this list reaches the renderer as `internal`. */
export const bridgeErrorCodeSchema = z.enum([
  ...new Set([
    ...TRANSPORT_ERROR_CODES,
    ...ATTEMPT_ERROR_CODES,
    ...SERVICE_ERROR_CODES,
    ...TRANSCRIPTION_ERROR_CODES,
    ...REVIEW_ERROR_CODES,
    ...modelErrorCodeSchema.options,
  ]),
] as [string, ...string[]]) as z.ZodEnum<{ [K in BridgeErrorCode]: K }>;

/** A code an error crossing the bridge may carry. */
export type BridgeErrorCode =
  | (typeof TRANSPORT_ERROR_CODES)[number]
  | (typeof ATTEMPT_ERROR_CODES)[number]
  | (typeof SERVICE_ERROR_CODES)[number]
  | (typeof TRANSCRIPTION_ERROR_CODES)[number]
  | (typeof REVIEW_ERROR_CODES)[number]
  | z.infer<typeof modelErrorCodeSchema>;

/** True when `code` is one the contract declares. */
export function isBridgeErrorCode(code: unknown): code is BridgeErrorCode {
  return bridgeErrorCodeSchema.safeParse(code).success;
}
