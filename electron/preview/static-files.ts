import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
};

// The page's own <meta> CSP is the desktop app's (no WebSocket at all); the preview sends its
// policy as a header instead, and both would apply if the meta stayed.
const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

const notFound = (res: ServerResponse) =>
  void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');

/** Serves one file of the built renderer, streamed; refuses anything that resolves outside
 * `root`, any path the file system would reject (a NUL byte) and anything not a regular file. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse) {
  const decoded = safeDecode(urlPath);
  if (decoded === null || decoded.includes('\0')) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad path');
    return;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return notFound(res);
  let handle: fs.promises.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO planted in the folder must not hang the file-I/O pool.
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    return notFound(res);
  }
  let streaming = false;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return notFound(res);
    const headers = {
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    if (path.extname(file) === '.html') {
      const html = (await handle.readFile('utf8')).replace(META_CSP, '');
      res.writeHead(200, headers).end(html);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    streaming = true; // the stream closes the handle when it ends or fails
    // A client that goes away only ends the stream; pipeline reports it here, not as a crash.
    pipeline(handle.createReadStream({ autoClose: true }), res, () => undefined);
  } catch {
    if (!res.headersSent) notFound(res);
    else res.destroy();
  } finally {
    if (!streaming) await handle.close().catch(() => undefined);
  }
}

function safeDecode(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}
