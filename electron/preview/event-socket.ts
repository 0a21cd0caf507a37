import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventHub } from '../services/bridge/event-hub';

/** Largest frame the event socket accepts; the page never sends anything meaningful on it. */
const MAX_FRAME_BYTES = 64 * 1024;

/** The one-way event channel: every service event goes to each connected page as JSON. Protocol
 * errors (an oversized or unmasked frame, a reset connection) end that one socket, never the
 * server: every socket and the raw stream under it has an error listener. */
export function createEventSockets(events: EventHub) {
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  wss.on('error', () => undefined);
  const unsubscribe = events.subscribe((name, payload) => {
    const message = JSON.stringify({ event: name, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(message);
  });
  return {
    /** Completes an upgrade the caller has already admitted. */
    accept(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => socket.destroy());
      wss.handleUpgrade(req, socket, head, (ws) => {
        sockets.add(ws);
        ws.on('error', () => ws.terminate());
        ws.on('close', () => sockets.delete(ws));
        // The event socket is one-way: anything the page sends is ignored.
      });
    },
    /** Stops forwarding events and ends every socket. */
    close(): void {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
    },
  };
}
