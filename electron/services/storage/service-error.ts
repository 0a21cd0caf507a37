/** Why a stories, questions, history or data call failed. */
export type ServiceErrorCode =
  | 'not-found'
  | 'invalid'
  | 'duplicate'
  | 'read-only'
  | 'write-failed'
  | 'different-questions'
  | 'not-a-folder'
  | 'not-an-export';

/** A failed call: `code` for programs, `message` for the person; the bridge passes both on as they are. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    /** The system error behind it, for logs and bug reports. */
    readonly details?: string,
  ) {
    super(message);
  }
}
