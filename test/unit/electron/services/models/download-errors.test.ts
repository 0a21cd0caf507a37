import { describe, expect, it } from 'vitest';
import {
  classifyDownloadError,
  errorCodes,
  httpStatusError,
} from '../../../../../electron/services/models/download-errors';
import { proxyFor } from '../../../../../electron/services/models/proxy-env';

const url = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.en.bin';
const ctx = { url, dir: '/data/models', env: {}, bytesNeeded: 147_964_211 };

/** An error shaped like Node's: a code on the error or on the `cause` of fetch's TypeError. */
function sysError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

describe('classifyDownloadError', () => {
  // Disk full cannot be produced on a normal test disk without root; this checks the mapping of
  // the error Node raises (ENOSPC on write). download-failures.test.ts also gets a real ENOSPC
  // from /dev/full and a real pre-download space check.
  it('maps ENOSPC and EDQUOT to disk-full with the size needed', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const error = classifyDownloadError(sysError(code, `${code}: no space left, write`), ctx);
      expect(error.code).toBe('disk-full');
      expect(error.message).toBe(
        'There is not enough disk space in /data/models. The model needs about 148 MB. Free up space and try again.',
      );
      expect(error.retryable).toBe(false);
    }
  });

  it('maps the offline family to one message naming the host', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH']) {
      expect(classifyDownloadError(fetchFailed(sysError(code)), ctx).toInfo()).toEqual({
        code: 'offline',
        message:
          "Can't reach huggingface.co. Check your internet connection, or use a model file you already have.",
      });
    }
  });

  it('finds codes inside AggregateError (several addresses tried) and Electron messages', () => {
    const aggregate = fetchFailed(
      new AggregateError([sysError('ECONNREFUSED'), sysError('ENETUNREACH')], 'connect'),
    );
    expect(errorCodes(aggregate)).toEqual(['ECONNREFUSED', 'ENETUNREACH']);
    expect(classifyDownloadError(aggregate, ctx).code).toBe('offline');
    const electron = new Error('net::ERR_INTERNET_DISCONNECTED');
    expect(classifyDownloadError(electron, ctx).code).toBe('offline');
    expect(classifyDownloadError(new Error('net::ERR_CERT_AUTHORITY_INVALID'), ctx).code).toBe(
      'tls',
    );
    expect(classifyDownloadError(new Error('net::ERR_PROXY_CONNECTION_FAILED'), ctx).code).toBe(
      'proxy',
    );
    expect(classifyDownloadError(new Error('net::ERR_NETWORK_CHANGED'), ctx)).toMatchObject({
      code: 'network-interrupted',
      retryable: true,
    });
  });

  it('maps certificate errors to tls, mentioning interception and the CA variable', () => {
    for (const code of [
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'CERT_HAS_EXPIRED',
      'ERR_TLS_CERT_ALTNAME_INVALID',
    ]) {
      const error = classifyDownloadError(fetchFailed(sysError(code)), ctx);
      expect(error.code).toBe('tls');
      expect(error.message).toContain(`(${code})`);
      expect(error.message).toContain('corporate proxy or antivirus');
      expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    }
  });

  it('blames the proxy when one is set, unless NO_PROXY exempts the host', () => {
    const refused = fetchFailed(sysError('ECONNREFUSED'));
    const env = { HTTPS_PROXY: 'http://bob:pw@10.1.2.3:8080' };
    const error = classifyDownloadError(refused, { ...ctx, env });
    expect(error.code).toBe('proxy');
    expect(error.message).toContain('HTTPS_PROXY=http://***@10.1.2.3:8080');
    expect(error.message).not.toContain('pw@');
    const exempt = { ...env, NO_PROXY: 'localhost,.huggingface.co' };
    expect(classifyDownloadError(refused, { ...ctx, env: exempt }).code).toBe('offline');
    expect(proxyFor('http://127.0.0.1:3000/x', env)).toBeNull();
  });

  it('marks dropped connections and timeouts as retryable, other failures not', () => {
    const cut = fetchFailed(
      Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    );
    expect(classifyDownloadError(cut, ctx)).toMatchObject({
      code: 'network-interrupted',
      retryable: true,
    });
    expect(classifyDownloadError(new TypeError('terminated'), ctx).code).toBe(
      'network-interrupted',
    );
    expect(classifyDownloadError(sysError('ETIMEDOUT'), ctx)).toMatchObject({
      code: 'timeout',
      retryable: true,
    });
    expect(classifyDownloadError(sysError('EACCES'), ctx)).toMatchObject({
      code: 'permission-denied',
      retryable: false,
    });
    const odd = classifyDownloadError(new Error('something odd'), ctx);
    expect(odd.code).toBe('unknown');
    expect(odd.message).toContain('something odd');
  });
});

describe('httpStatusError', () => {
  it('gives each status family its own code', () => {
    expect(httpStatusError(404, url).code).toBe('not-found');
    expect(httpStatusError(407, url).code).toBe('proxy');
    expect(httpStatusError(403, url).code).toBe('http-error');
    expect(httpStatusError(503, url)).toMatchObject({ code: 'server-error', retryable: true });
    expect(httpStatusError(403, url).message).toContain(
      'huggingface.co refused the download (HTTP 403)',
    );
  });
});
