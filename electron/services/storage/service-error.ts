import type { SERVICE_ERROR_CODES } from '../../../shared/contract/error-codes';
import { CodedError } from './coded-error';

/** Why a stories, questions, history or data call failed (the contract lists the codes). */
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/** A failed call: `code` for programs, `message` for the person; the bridge passes both on as they are. */
export class ServiceError extends CodedError<ServiceErrorCode> {
  override readonly name = 'ServiceError';
}
