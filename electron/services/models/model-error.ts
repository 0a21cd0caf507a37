import type { ModelErrorCode, ModelErrorInfo } from '../../../shared/models/schemas';

/** A failure meant for the person: a stable code and a message saying what happened and what to
 * do. The bridge passes errors with a string `code` through as they are. */
export class ModelError extends Error {
  override readonly name = 'ModelError';

  constructor(
    readonly code: ModelErrorCode,
    message: string,
    /** True when trying again soon may work (a dropped connection, a busy server). */
    readonly retryable = false,
  ) {
    super(message);
  }

  /** The plain object that crosses the bridge. */
  toInfo(): ModelErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** Where a model file can come from when the download cannot work. */
export const USE_EXISTING_HINT =
  'download the model in a browser and use "Use a model file I already have"';
