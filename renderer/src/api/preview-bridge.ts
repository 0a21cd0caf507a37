import type { BridgeResult, CallName, EventName } from '../../../shared/contract';
import type { Bridge } from './bridge';

const TOKEN_KEY = 'rehearse.previewToken';

/** Takes the per-run token from the URL fragment (the preview prints it), keeps it for this tab
 * and removes it from the address bar so it is not bookmarked or shared by accident. */
export function takePreviewToken(): string {
  const match = window.location.hash.match(/token=([\w-]+)/);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The browser-preview transport: `POST /api/<call>` and one WebSocket for events. */
export function createPreviewBridge(token: string): Bridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let retryMs = 500;

  const connect = () => {
    const url = `ws://${window.location.host}/api/events?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(url);
    socket.onopen = () => (retryMs = 500);
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as {
        event: string;
        payload: unknown;
      };
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
    // The preview server may restart; reconnect with backoff rather than lose events for good.
    socket.onclose = () => {
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  };
  connect();

  return {
    async invoke(name: CallName, payload: unknown): Promise<BridgeResult<unknown>> {
      let response: Response;
      try {
        response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(payload ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'offline',
            message:
              'The Rehearse preview server is not answering. Start it again with `npm run web`.',
          },
        };
      }
      if (response.status === 403) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'This page is not authorised. Open the exact address `npm run web` printed.',
          },
        };
      }
      return (await response.json()) as BridgeResult<unknown>;
    },
    audioUrl(attemptId: string): string {
      // An <audio> element cannot send a bearer header: the token goes in the query, as for events.
      return `/media/attempts/${encodeURIComponent(attemptId)}/audio.wav?token=${encodeURIComponent(token)}`;
    },
    on(name: EventName, listener: (payload: unknown) => void): () => void {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}
