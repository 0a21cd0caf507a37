import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Who may talk to the preview: only pages served by itself, on loopback, holding the run's token. */
export type GuardConfig = { port: number; token: string };

/** Host header values that name this server. Anything else may be a DNS-rebinding attack. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names us and the Origin (when a browser sends one) is our own page. */
export function isSameSiteRequest(req: IncomingMessage, config: GuardConfig): boolean {
  const host = req.headers.host;
  if (!host || !allowedHosts(config.port).includes(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(config.port).some((h) => origin === `http://${h}`);
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
