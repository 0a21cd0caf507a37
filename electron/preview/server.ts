import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { BridgeResult } from '../../shared/contract';
import type { AppServices } from '../services/app-services';
import { dispatchCall } from '../services/bridge/dispatch';
import { BodyError, readJsonBody } from './read-json-body';
import { bearerToken, isSameSiteRequest, tokenMatches, type GuardConfig } from './request-guard';
import { securityHeaders } from './security-headers';
import { serveStatic } from './static-files';

/** Options of the browser-preview server. */
export type PreviewServerOptions = {
  services: AppServices;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
};

/** A running preview server. */
export type PreviewServer = {
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
};

const API_PREFIX = '/api/';

/** The HTTP status that best describes a bridge result, for scripts and curl users. */
function statusOf(result: BridgeResult<unknown>): number {
  if (result.ok) return 200;
  const byCode: Record<string, number> = { 'unknown-call': 404, 'invalid-payload': 400 };
  return byCode[result.error.code] ?? (result.error.code === 'internal' ? 500 : 422);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: object): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Serves the renderer and the app's services on 127.0.0.1: `POST /api/<call>` with the bearer
 * token for calls, one WebSocket at `/api/events?token=` for events. Requests without the token,
 * or naming a foreign Host or Origin, get 403. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const guard: GuardConfig = { port: 0, token };
  const forbidden = (res: ServerResponse, why: string) =>
    sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: why } }, {});

  const server = http.createServer((req, res) => {
    void handleRequest(req, res);
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = securityHeaders(guard.port);
    if (!isSameSiteRequest(req, guard)) return forbidden(res, 'Foreign Host or Origin refused.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${guard.port}`);
    if (!url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      return serveStatic(options.staticDir, url.pathname, res);
    }
    if (!tokenMatches(bearerToken(req), token)) return forbidden(res, 'Missing or wrong token.');
    if (req.method !== 'POST') {
      return sendJson(
        res,
        405,
        { ok: false, error: { code: 'method', message: 'Use POST.' } },
        headers,
      );
    }
    try {
      const payload = await readJsonBody(req);
      const result = await dispatchCall(
        options.services.handlers,
        url.pathname.slice(API_PREFIX.length),
        payload,
      );
      sendJson(res, statusOf(result), result, headers);
    } catch (error) {
      const e = error instanceof BodyError ? error : new BodyError(500, 'internal', String(error));
      sendJson(res, e.status, { ok: false, error: { code: e.code, message: e.message } }, headers);
    }
  }

  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${guard.port}`);
    const allowed =
      url.pathname === '/api/events' &&
      isSameSiteRequest(req, guard) &&
      tokenMatches(url.searchParams.get('token'), token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      // The event socket is one-way: anything the page sends is ignored.
    });
  });
  const unsubscribe = options.services.events.subscribe((name, payload) => {
    const message = JSON.stringify({ event: name, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  guard.port = (server.address() as AddressInfo).port;
  return {
    port: guard.port,
    token,
    url: `http://127.0.0.1:${guard.port}/#token=${token}`,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
