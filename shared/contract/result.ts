import { z } from 'zod';
import { bridgeErrorCodeSchema } from './error-codes';

/** An error as it crosses the bridge: a stable code for code, a message for the person. */
export const bridgeErrorSchema = z.object({
  code: bridgeErrorCodeSchema,
  message: z.string(),
});

/** An error carried across the bridge. */
export type BridgeError = z.infer<typeof bridgeErrorSchema>;

/** What every call returns across either transport: data, or an error that says what to do. */
export type BridgeResult<T> = { ok: true; data: T } | { ok: false; error: BridgeError };
