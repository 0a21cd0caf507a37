import type { BridgeResult } from '../../shared/contract';

/** The longest error message the preview sends back: enough to say what is wrong, never an echo
 * of a huge payload (a schema error on a body with a million unknown keys lists every key). */
const MAX_ERROR_MESSAGE_CHARS = 2000;

/** The result with its error message cut to MAX_ERROR_MESSAGE_CHARS, saying how much was left out. */
export function boundedResult<T>(result: BridgeResult<T>): BridgeResult<T> {
  if (result.ok || result.error.message.length <= MAX_ERROR_MESSAGE_CHARS) return result;
  const { message } = result.error;
  const omitted = message.length - MAX_ERROR_MESSAGE_CHARS;
  return {
    ok: false,
    error: {
      ...result.error,
      message: `${message.slice(0, MAX_ERROR_MESSAGE_CHARS)}… (${omitted} more characters left out)`,
    },
  };
}
