import { z } from 'zod';
import { calls, isCallName, type BridgeError, type BridgeResult } from '../../../shared/contract';
import { isBridgeErrorCode } from '../../../shared/contract/error-codes';
import type { HandlerTable } from './handler-table';

/** Turns any thrown value into an error a person can read; errors with a code the contract
 * declares are meant for the user as they are, anything else is a bug and says so. */
export function toBridgeError(error: unknown): BridgeError {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const { code, message } = error as { code: unknown; message: unknown };
    if (isBridgeErrorCode(code) && typeof message === 'string') return { code, message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    message: `Something went wrong inside Rehearse: ${detail}. Try again; if it keeps happening, restart the app.`,
  };
}

/** Validates and runs one call from either transport. Unknown names and payloads that do not match
 * the call's schema are refused before any handler runs; responses are checked against the
 * contract too, so a service bug never leaks malformed data to the renderer. */
export async function dispatchCall(
  handlers: HandlerTable,
  name: unknown,
  payload: unknown,
): Promise<BridgeResult<unknown>> {
  if (!isCallName(name)) {
    return {
      ok: false,
      error: { code: 'unknown-call', message: `Unknown call "${String(name)}".` },
    };
  }
  const spec = calls[name];
  const parsed = spec.request.safeParse(payload ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-payload',
        message: `The request for "${name}" was malformed: ${z.prettifyError(parsed.error)}`,
      },
    };
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown;
    const result = await handler(parsed.data);
    const checked = spec.response.safeParse(result);
    if (!checked.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-response',
          message: `Rehearse produced a malformed answer to "${name}" (a bug): ${z.prettifyError(checked.error)}`,
        },
      };
    }
    return { ok: true, data: checked.data };
  } catch (error) {
    return { ok: false, error: toBridgeError(error) };
  }
}
