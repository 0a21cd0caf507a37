import type {
  BridgeError,
  CallName,
  CallRequest,
  CallResponse,
  EventName,
  EventPayload,
} from '../../../shared/contract';
import type { BridgeErrorCode } from '../../../shared/contract/error-codes';
import type { Bridge } from './bridge';
import { createPreviewBridge, takePreviewToken } from './preview-bridge';

/** A failed call, carrying the bridge's code and a message written for the user. */
export class ApiError extends Error {
  readonly code: BridgeErrorCode;
  constructor(error: BridgeError) {
    super(error.message);
    this.code = error.code;
  }
}

/** The renderer's only way to the other side: typed calls and events over whichever transport. */
export type Api = {
  call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  /** The URL an attempt's recording streams from, for the replay player. */
  audioUrl(attemptId: string): string;
};

function pickBridge(): Bridge {
  if (window.rehearse) return window.rehearse;
  return createPreviewBridge(takePreviewToken());
}

/** Wraps a transport into the typed api (exported for tests and for the app's single instance). */
function createApi(bridge: Bridge): Api {
  return {
    async call(name, request) {
      const result = await bridge.invoke(name, request);
      if (!result.ok) throw new ApiError(result.error);
      return result.data as never;
    },
    on(name, listener) {
      return bridge.on(name, listener as (payload: unknown) => void);
    },
    audioUrl: (attemptId) => bridge.audioUrl(attemptId),
  };
}

/** The app's api instance. */
export const api: Api = createApi(pickBridge());
