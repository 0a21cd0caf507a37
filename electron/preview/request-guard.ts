import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Who may talk to the preview: only pages served by itself, on loopback, holding the run's token. */
export type GuardConfig = { port: number; token: string };

/** What the guard decided about one request: its parsed target, or the status and reason to refuse. */
export type Admission = { ok: true; url: URL } | { ok: false; status: 400 | 403; message: string };

/** Host header values that name this server. Anything else may be a DNS-rebinding attack. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names us and the Origin (when a browser sends one) is our own page. */
function isSameSiteRequest(req: IncomingMessage, config: GuardConfig): boolean {
  const host = req.headers.host;
  if (!host || !allowedHosts(config.port).includes(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(config.port).some((h) => origin === `http://${h}`);
}

/** The request target as a URL, or null when it is not an origin-form path (`/…`) a URL parser
 * accepts. Absolute and authority forms (`http://[`, `example.com:80`) are never what a page sends. */
function parseTarget(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${target}`);
  } catch {
    return null;
  }
}

/** The one gate every request passes, plain HTTP and WebSocket upgrades alike: Host and Origin
 * first (so a foreign page learns nothing), then the target is parsed; nothing here throws. */
export function admit(req: IncomingMessage, config: GuardConfig): Admission {
  if (!isSameSiteRequest(req, config)) {
    return { ok: false, status: 403, message: 'Foreign Host or Origin refused.' };
  }
  const url = parseTarget(req.url);
  if (!url) return { ok: false, status: 400, message: 'The request target is not a valid path.' };
  return { ok: true, url };
}

/** Compares tokens in constant time, so the token cannot be guessed byte by byte from timings. */
export function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token of a request, from `Authorization: Bearer <token>`. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}
