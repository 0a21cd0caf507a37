import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';

/** How the server answers one request (by default: the file, honouring Range). */
export type Plan = {
  /** Answer with this status and an empty body. */
  status?: number;
  /** Answer 302 to /cdn/<path>, as huggingface.co sends downloads to its CDN. */
  redirect?: boolean;
  /** Answer 200 with the whole file even when a Range was asked for. */
  ignoreRange?: boolean;
  /** Send this many body bytes, then drop the connection. */
  cutAfterBytes?: number;
  /** Send this many body bytes, then go silent (connection left open). */
  hangAfterBytes?: number;
  /** Pace the body: chunks of this size with a pause between them. */
  chunkBytes?: number;
  chunkDelayMs?: number;
};

/** A request the server saw. */
type SeenRequest = { path: string; range: string | undefined; status: number };

/** A loopback server (127.0.0.1, random port) serving one file at any path. */
export type FixtureServer = {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(res: http.ServerResponse, body: Buffer, plan: Plan): Promise<void> {
  const limit = Math.min(body.length, plan.cutAfterBytes ?? plan.hangAfterBytes ?? body.length);
  const step = plan.chunkBytes ?? 256 * 1024;
  for (let at = 0; at < limit && !res.destroyed; at += step) {
    const chunk = body.subarray(at, Math.min(at + step, limit));
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    if (plan.chunkDelayMs) await pause(plan.chunkDelayMs);
  }
  if (plan.cutAfterBytes !== undefined) {
    // Give the client time to read what was sent before the connection drops.
    await pause(50);
    res.socket?.destroy();
  } else if (plan.hangAfterBytes === undefined) {
    res.end();
  }
}

function handler(data: Buffer, requests: SeenRequest[], planFor: (index: number) => Plan) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const plan = planFor(requests.length);
    const seen: SeenRequest = { path: req.url ?? '', range: req.headers.range, status: 200 };
    requests.push(seen);
    if (plan.redirect) {
      seen.status = 302;
      res.writeHead(302, { location: `/cdn${req.url}` }).end();
      return;
    }
    if (plan.status) {
      seen.status = plan.status;
      res.writeHead(plan.status, { 'content-type': 'text/plain' }).end();
      return;
    }
    const match = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const start = match && !plan.ignoreRange ? Number(match[1]) : 0;
    if (start >= data.length && start > 0) {
      seen.status = 416;
      res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
      return;
    }
    const body = data.subarray(start);
    seen.status = start > 0 ? 206 : 200;
    const headers: http.OutgoingHttpHeaders = {
      'content-length': body.length,
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
    };
    if (start > 0) headers['content-range'] = `bytes ${start}-${data.length - 1}/${data.length}`;
    res.writeHead(seen.status, headers);
    void send(res, body, plan);
  };
}

/** Starts the server; `planFor(i)` decides how request number i (from 0) is answered. With
 * `tls`, it speaks HTTPS with that (self-signed) certificate. */
export async function startFixtureServer(
  data: Buffer,
  planFor: (index: number) => Plan = () => ({}),
  tls?: { key: string; cert: string },
): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  const onRequest = handler(data, requests, planFor);
  const server = tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
