import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import type { BridgeResult } from '../../shared/contract';
import type { AppServices } from '../services/app-services';
import { dispatchCall } from '../services/bridge/dispatch';
import { attemptAudioResponse } from '../services/attempts/audio-stream';
import { boundedResult } from './bounded-error';
import { createEventSockets } from './event-socket';
import { BodyBudget, BodyError, readJsonBody } from './read-json-body';
import { admit, bearerToken, tokenMatches, type GuardConfig } from './request-guard';
import { securityHeaders } from './security-headers';
import { serveStatic } from './static-files';
import type { BridgeErrorCode } from '../../shared/contract/error-codes';

/** Options of the browser-preview server. */
export type PreviewServerOptions = {
  services: AppServices;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
  /** The memory request bodies may share (tests use a small one). */
  bodyBudget?: BodyBudget;
};

/** A running preview server. */
export type PreviewServer = {
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
};

const API_PREFIX = '/api/';
/** `GET /media/attempts/<id>/audio.wav?token=` streams a recording (an <audio> element cannot send
 * an Authorization header, so the token travels in the query, as for the event socket). */
const AUDIO_PATH = /^\/media\/attempts\/([^/]+)\/audio\.wav$/;

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

const failure = (code: BridgeErrorCode, message: string) => ({
  ok: false,
  error: { code, message },
});

/** Serves the renderer and the app's services on 127.0.0.1: `POST /api/<call>` with the bearer
 * token for calls, one WebSocket at `/api/events?token=` for events, recordings as byte streams.
 * Requests without the token, or naming a foreign Host or Origin, get 403; a target that does not
 * parse gets 400; no request, body or frame can end the process. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const guard: GuardConfig = { port: 0, token };
  const budget = options.bodyBudget ?? new BodyBudget();
  const sockets = createEventSockets(options.services.events);

  const server = http.createServer((req, res) => {
    req.on('error', () => undefined); // a reset mid-body is handled where the body is read
    res.on('error', () => undefined);
    handleRequest(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const message = `Something went wrong inside the preview: ${String(error).slice(0, 300)}`;
      sendJson(res, 500, failure('internal', message), {});
    });
  });
  // Malformed HTTP (bad headers, oversized head): answer 400 when the socket can still take it.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = securityHeaders(req.headers.host ?? '');
    const admission = admit(req, guard);
    if (!admission.ok) {
      const code = admission.status === 403 ? 'forbidden' : 'bad-target';
      return sendJson(res, admission.status, failure(code, admission.message), {});
    }
    const { url } = admission;
    const audio = AUDIO_PATH.exec(url.pathname);
    if (audio) return serveAudio(req, res, url, audio[1]!, headers);
    if (!url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      return serveStatic(options.staticDir, url.pathname, res);
    }
    if (!tokenMatches(bearerToken(req), token)) {
      return sendJson(res, 403, failure('forbidden', 'Missing or wrong token.'), {});
    }
    if (req.method !== 'POST') return sendJson(res, 405, failure('method', 'Use POST.'), headers);
    const lease = budget.lease();
    res.once('close', () => lease.release());
    let payload: unknown;
    try {
      payload = await readJsonBody(req, lease, budget.perRequest);
    } catch (error) {
      const e = error instanceof BodyError ? error : new BodyError(400, 'bad-body', String(error));
      // The rest of a body over the limit is never read: close the connection after the answer.
      const close = e.status === 413 ? { Connection: 'close' } : {};
      const retry = e.status === 503 ? { 'Retry-After': '1' } : {};
      return sendJson(res, e.status, failure(e.code, e.message), {
        ...headers,
        ...close,
        ...retry,
      });
    }
    const name = url.pathname.slice(API_PREFIX.length);
    const result = boundedResult(await dispatchCall(options.services.handlers, name, payload));
    sendJson(res, statusOf(result), result, headers);
  }

  async function serveAudio(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    id: string,
    headers: Record<string, string>,
  ): Promise<void> {
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      return sendJson(res, 403, failure('forbidden', 'Missing or wrong token.'), {});
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const answer = await attemptAudioResponse(
      () => options.services.attemptAudio(id), // ids are plain ASCII: an encoded one is no id
      req.headers.range,
    );
    res.writeHead(answer.status, { ...headers, ...answer.headers });
    if (req.method === 'HEAD') return void (answer.body.destroy(), res.end());
    pipeline(answer.body, res, () => undefined); // a listener that leaves just ends the stream
  }

  server.on('upgrade', (req: IncomingMessage, socket, head) => {
    socket.on('error', () => socket.destroy());
    const admission = admit(req, guard);
    const allowed =
      admission.ok &&
      admission.url.pathname === '/api/events' &&
      tokenMatches(admission.url.searchParams.get('token'), token);
    if (!allowed) {
      const status = admission.ok ? '403 Forbidden' : `${admission.status} Refused`;
      return void socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    }
    sockets.accept(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined); // after listening, an accept error must not end the preview
  guard.port = (server.address() as AddressInfo).port;
  return {
    port: guard.port,
    token,
    url: `http://127.0.0.1:${guard.port}/#token=${token}`,
    close: async () => {
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
