import { formatBytes } from '../../../shared/models/format-bytes';
import { ModelError, USE_EXISTING_HINT } from './model-error';
import { proxyFor } from './proxy-env';

/** What a message needs to name: the server, the folder, the size. */
export type ErrorContext = {
  url: string;
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Bytes still to be written, when known. */
  bytesNeeded?: number;
};

const OFFLINE = new Set([
  'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN',
  'EADDRNOTAVAIL', 'ERR_INTERNET_DISCONNECTED', 'ERR_NAME_NOT_RESOLVED', 'ERR_NAME_RESOLUTION_FAILED',
  'ERR_CONNECTION_REFUSED', 'ERR_ADDRESS_UNREACHABLE', 'ERR_NETWORK_IO_SUSPENDED',
]); // prettier-ignore
const INTERRUPTED = new Set([
  'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_CLOSED', 'ERR_CONNECTION_ABORTED', 'ERR_NETWORK_CHANGED', 'ERR_EMPTY_RESPONSE',
  'ERR_CONTENT_LENGTH_MISMATCH', 'ERR_INCOMPLETE_CHUNKED_ENCODING', 'ERR_HTTP2_PROTOCOL_ERROR',
]); // prettier-ignore
const TIMEOUT = new Set([
  'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT',
  'ERR_TIMED_OUT', 'ERR_CONNECTION_TIMED_OUT',
]); // prettier-ignore
const TLS = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'HOSTNAME_MISMATCH',
  'ERR_BAD_SSL_CLIENT_AUTH_CERT',
]); // prettier-ignore
const isTls = (code: string) => TLS.has(code) || /^(CERT_|ERR_TLS_|ERR_SSL_|ERR_CERT_)/.test(code);
const isProxy = (code: string) => /^ERR_(PROXY_|TUNNEL_|PAC_|MANDATORY_PROXY)/.test(code);

/** Every error code found on the error, its causes and aggregated errors (Node's fetch wraps the
 * socket error in `cause`; Electron's net.fetch puts `net::ERR_...` in the message). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return;
    seen.add(value);
    const { code, message, cause, errors } = value as Record<string, unknown>;
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string') {
      for (const match of message.matchAll(/net::(ERR_[A-Z0-9_]+)/g)) codes.push(match[1]!);
      if (message === 'terminated') codes.push('UND_ERR_SOCKET');
    }
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

// Node's fetch turns an HTTP 407 into a network error with an empty cause (the fetch standard
// says so when there is no window to ask for credentials); for a plain GET, no other failure
// looks like that. Electron's net.fetch reports net::ERR_PROXY_AUTH_* instead.
function isBareFetchFailure(error: unknown): boolean {
  if (!(error instanceof TypeError) || error.message !== 'fetch failed') return false;
  const cause = error.cause;
  return cause instanceof Error && cause.message === '' && !('code' in cause);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the download server';
  }
}

/** The disk-full error: how much is needed and, when known, how much is free. */
export function diskFullError(dir: string, needed: number | undefined, free?: number): ModelError {
  const need = needed === undefined ? '' : ` The model needs about ${formatBytes(needed)}`;
  const has = free === undefined ? '.' : `; ${formatBytes(free)} is free.`;
  return new ModelError(
    'disk-full',
    `There is not enough disk space in ${dir}.${need}${need ? has : ''} Free up space and try again.`,
  );
}

/** Maps any failure of a download (network, TLS, file system) to a message a person can act on. */
export function classifyDownloadError(error: unknown, ctx: ErrorContext): ModelError {
  if (error instanceof ModelError) return error;
  const codes = errorCodes(error);
  const has = (test: (code: string) => boolean) => codes.find(test);
  const host = hostOf(ctx.url);
  const detail = error instanceof Error ? error.message : String(error);
  if (has((c) => c === 'ENOSPC' || c === 'EDQUOT')) return diskFullError(ctx.dir, ctx.bytesNeeded);
  const denied = has((c) => c === 'EACCES' || c === 'EPERM' || c === 'EROFS');
  if (denied) {
    return new ModelError(
      'permission-denied',
      `Rehearse can't write to ${ctx.dir} (${denied}). Check that you may write to that folder, or choose another data folder.`,
    );
  }
  const tls = has(isTls);
  if (tls) {
    return new ModelError(
      'tls',
      `The secure connection to ${host} could not be verified (${tls}). This usually means a corporate proxy or antivirus is inspecting HTTPS traffic. Ask IT to allow ${host}, or ${USE_EXISTING_HINT}. (Command line: point NODE_EXTRA_CA_CERTS at your company's root certificate.)`,
    );
  }
  const proxy = proxyFor(ctx.url, ctx.env);
  const proxyCode = has(isProxy);
  const offline = has((c) => OFFLINE.has(c));
  if (proxyCode || (offline && proxy)) {
    const setting = proxy ? ` A proxy is set (${proxy.variable}=${proxy.display}).` : '';
    return new ModelError(
      'proxy',
      `Can't reach ${host} through the proxy (${proxyCode ?? offline}).${setting} Check the proxy address and that the proxy is running, or ${USE_EXISTING_HINT}.`,
    );
  }
  if (offline) {
    return new ModelError(
      'offline',
      `Can't reach ${host}. Check your internet connection, or use a model file you already have.`,
    );
  }
  const timeout = has((c) => TIMEOUT.has(c));
  if (timeout) {
    return new ModelError('timeout', `${host} stopped responding (${timeout}).`, true);
  }
  const cut = has((c) => INTERRUPTED.has(c));
  if (cut) {
    return new ModelError(
      'network-interrupted',
      `The connection to ${host} dropped (${cut}).`,
      true,
    );
  }
  if (isBareFetchFailure(error)) return httpStatusError(407, ctx.url);
  return new ModelError(
    'unknown',
    `The download from ${host} failed: ${detail}. Try again; if it keeps failing, ${USE_EXISTING_HINT}.`,
  );
}

/** Maps an HTTP status that is not a success to a message (5xx may be retried). */
export function httpStatusError(status: number, url: string): ModelError {
  const host = hostOf(url);
  if (status === 407) {
    return new ModelError(
      'proxy',
      `The proxy asked for a login (HTTP 407). Add your credentials to the proxy setting (http://user:password@proxy:port) or ask IT to allow ${host}; or ${USE_EXISTING_HINT}.`,
    );
  }
  if (status === 404 || status === 410) {
    return new ModelError(
      'not-found',
      `The model file is no longer at ${url} (HTTP ${status}). Update Rehearse for a current catalog, or ${USE_EXISTING_HINT}.`,
    );
  }
  if (status >= 500) {
    return new ModelError(
      'server-error',
      `${host} had a problem (HTTP ${status}). Try again in a few minutes, or use a model file you already have.`,
      true,
    );
  }
  return new ModelError(
    'http-error',
    `${host} refused the download (HTTP ${status}). Try again later, or ${USE_EXISTING_HINT}.`,
  );
}
