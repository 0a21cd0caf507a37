import type { BridgeErrorCode } from '../../../shared/contract/error-codes';

/** A failure meant for the person: `code` (from the contract's list) for programs, `message` for
 * the person (what happened, what to do); the bridge passes both on as they are. Each service
 * narrows the code to its own family by subclassing. */
export class CodedError<Code extends BridgeErrorCode = BridgeErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** The system error (or the engine's last stderr lines) behind it, for logs and bug reports. */
    readonly details?: string,
  ) {
    super(message);
  }
}
