import type { BridgeResult, CallName, EventName } from '../../../shared/contract';

/** The untyped transport under the renderer's api: Electron's preload or the preview client. */
export interface Bridge {
  /** Sends one call; resolves to the transport's result envelope. */
  invoke(name: CallName, payload: unknown): Promise<BridgeResult<unknown>>;
  /** Subscribes to one event; returns the unsubscribe function. */
  on(name: EventName, listener: (payload: unknown) => void): () => void;
  /** Where the player streams an attempt's recording from (byte ranges, never base64 JSON). */
  audioUrl(attemptId: string): string;
}

/** What the Electron preload exposes as `window.rehearse` (and nothing else). */
type PreloadApi = Bridge & { readonly transport: 'electron' };

declare global {
  interface Window {
    /** Present only inside the Electron app. */
    rehearse?: PreloadApi;
  }
}
